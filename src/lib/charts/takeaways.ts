/**
 * Each notebook cell's takeaway: one sentence computed from the data in view, shown under the cell
 * heading. Apart from the registry so the embed pages, which show no takeaway, do not load the narrative.
 */
import { busiestLink, howAttributed, mostAddressed, stanceBalance, whenSaid } from '$lib/data/narrative';
import type { DatasetIndex } from '$lib/data/queries';
import type { Dataset, Statement } from '$lib/data/types';
import type { ChartId } from './registry';

/** What a takeaway sentence is written from: the data in view. */
export interface TakeawayInput {
	dataset: Dataset;
	index: DatasetIndex;
	statements: readonly Statement[];
}

export const TAKEAWAYS: Record<ChartId, (input: TakeawayInput) => string> = {
	map: ({ index, statements }) => mostAddressed(index, statements),
	network: ({ index, statements }) => busiestLink(index, statements),
	timeline: ({ dataset, statements }) => whenSaid(dataset, statements),
	matrix: ({ index, statements }) => stanceBalance(index, statements),
	table: ({ statements }) => howAttributed(statements)
};
