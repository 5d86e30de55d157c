/**
 * At build time: the map's projected base map, with the default view's arc geometry. The page's data
 * carries only the dataset's states; the rest of the map is the static file /map/base.svg.
 */
import { indexDataset } from '$lib/data/queries';
import type { Dataset } from '$lib/data/types';
import { interactivePart } from '$lib/geo/page-country';
import type { BaseMap } from '$lib/geo/basemap';
import { baseMapFor } from '$lib/server/basemap';
import { arcGeometryOf } from './model';

/**
 * `narrow` (an embed page): without the arcs' geometry. Their paths are in the page's markup already, and
 * the island computes the default view's few arcs as it hydrates (well under a millisecond for the
 * built-in dataset's); carried, they were about 0.9 KB of the page's 13.4 KB gzipped, against its 15 KB budget.
 */
export function prepare(dataset: Dataset, { narrow = false }: { narrow?: boolean } = {}): BaseMap {
	const base = baseMapFor(dataset);
	const page = interactivePart(base, dataset.actors);
	return narrow ? page : { ...page, arcs: arcGeometryOf(base, dataset, indexDataset(dataset), dataset.statements) };
}
