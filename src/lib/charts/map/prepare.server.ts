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
 * the island computes the default view's arcs as it hydrates (the built-in dataset's 15: about 0.4 ms more
 * for the map's model, warm, in Node); carried, they were 0.9 KB of the page's 13.5 KB gzipped (budget 15 KB).
 */
export function prepare(dataset: Dataset, { narrow = false }: { narrow?: boolean } = {}): BaseMap {
	const base = baseMapFor(dataset);
	const page = interactivePart(base, dataset.actors);
	return narrow ? page : { ...page, arcs: arcGeometryOf(base, dataset, indexDataset(dataset), dataset.statements) };
}
