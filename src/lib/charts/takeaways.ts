/**
 * Each notebook cell's takeaway: one sentence computed from the data in view, shown under the cell
 * heading. Apart from the registry so the embed pages, which show no takeaway, do not load the narrative.
 */
import { busiestLink, howAttributed, mostAddressed, NO_STATEMENTS, stanceBalance, whenSaid } from '$lib/data/narrative';
import type { DatasetIndex } from '$lib/data/queries';
import type { Dataset, Statement } from '$lib/data/types';
import type { ChartId } from './registry';

/** What a takeaway sentence is written from: the data in view. */
export interface TakeawayInput {
	dataset: Dataset;
	index: DatasetIndex;
	statements: readonly Statement[];
}

type Takeaway = (input: TakeawayInput) => string;

/** A dataset with no statement at all says so, rather than blaming filters that may not be set. */
const unlessEmpty = (write: Takeaway): Takeaway => (input) => (input.dataset.statements.length ? write(input) : NO_STATEMENTS);

export const TAKEAWAYS: Record<ChartId, Takeaway> = {
	map: unlessEmpty(({ index, statements }) => mostAddressed(index, statements)),
	network: unlessEmpty(({ index, statements }) => busiestLink(index, statements)),
	timeline: unlessEmpty(({ dataset, statements }) => whenSaid(dataset, statements)),
	matrix: unlessEmpty(({ index, statements }) => stanceBalance(index, statements)),
	table: unlessEmpty(({ statements }) => howAttributed(statements))
};
