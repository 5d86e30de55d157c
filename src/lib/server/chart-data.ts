/**
 * Data a chart needs that is computed at build time rather than in the browser, keyed by chart id: the
 * map's projected base map (with the default view's arc geometry), the network's seeded layout, the Plot
 * figures of the default view. Only the charts on a page get theirs, so /embed/table carries none.
 */
import type { ChartId } from '$lib/charts/registry';
import type { Dataset } from '$lib/data/types';
import { buildGraph } from '$lib/graph/build';
import { NETWORK_SEED, prepareLayout } from '$lib/graph/layout';
import { baseMapFor } from './basemap';
import { arcGeometryOf } from '$lib/charts/map/model';
import type { BaseMap } from '$lib/geo/basemap';
import { indexDataset } from '$lib/data/queries';
import { preparedMatrix, preparedTimeline } from './plot-figures';

export function chartData(ids: readonly string[], dataset: Dataset): Partial<Record<ChartId, unknown>> {
	const out: Partial<Record<ChartId, unknown>> = {};
	if (ids.includes('map')) {
		const base = baseMapFor(dataset);
		out.map = { ...base, arcs: arcGeometryOf(base, dataset, indexDataset(dataset), dataset.statements) } satisfies BaseMap;
	}
	if (ids.includes('network')) out.network = prepareLayout(buildGraph(dataset.actors, dataset.statements), NETWORK_SEED);
	if (ids.includes('timeline')) out.timeline = preparedTimeline(dataset);
	if (ids.includes('matrix')) out.matrix = preparedMatrix(dataset);
	return out;
}
