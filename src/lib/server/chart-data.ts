/**
 * Data a chart needs that is computed at build time rather than in the browser (the map's projected base
 * map), keyed by chart id. Only the charts on a page get theirs, so /embed/table carries no map paths.
 */
import type { ChartId } from '$lib/charts/registry';
import type { Dataset } from '$lib/data/types';
import { baseMapFor } from './basemap';

export function chartData(ids: readonly string[], dataset: Dataset): Partial<Record<ChartId, unknown>> {
	const out: Partial<Record<ChartId, unknown>> = {};
	if (ids.includes('map')) out.map = baseMapFor(dataset);
	return out;
}
