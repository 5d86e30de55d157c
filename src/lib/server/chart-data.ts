/**
 * Data a chart needs that is computed at build time rather than in the browser: each chart's
 * prepare.server.ts beside its index.ts (the map's projected base map, the network's seeded layout,
 * the Plot figures of the default view). Only the charts on a page get theirs, so /embed/table
 * carries none.
 */
import type { AnyPrepared, PreparedData } from '$lib/charts/registry';
import type { Dataset } from '$lib/data/types';

/** A chart folder's prepare.server.ts, found by name: its chart's index.ts types its view with what it returns (PreparedBy). */
type Prepare = { prepare: (dataset: Dataset, options?: PrepareOptions) => AnyPrepared };
/** `narrow`: for an embed page, which a phone may show alone: a fluid figure is also drawn at a phone's width. */
export interface PrepareOptions {
	narrow?: boolean;
}
const PREPARES = import.meta.glob<Prepare>('../charts/*/prepare.server.ts', { eager: true });

export function chartData(ids: readonly string[], dataset: Dataset, options: PrepareOptions = {}): PreparedData {
	const out: Partial<Record<string, AnyPrepared>> = {};
	for (const id of ids) {
		const prepare = PREPARES[`../charts/${id}/prepare.server.ts`]?.prepare;
		if (prepare) out[id] = prepare(dataset, options);
	}
	return out;
}
