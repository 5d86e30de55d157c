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

export function prepare(dataset: Dataset): BaseMap {
	const base = baseMapFor(dataset);
	return { ...interactivePart(base, dataset.actors), arcs: arcGeometryOf(base, dataset, indexDataset(dataset), dataset.statements) };
}
