/** At build time: the map's projected base map, with the default view's arc geometry. */
import { indexDataset } from '$lib/data/queries';
import type { Dataset } from '$lib/data/types';
import type { BaseMap } from '$lib/geo/basemap';
import { baseMapFor } from '$lib/server/basemap';
import { arcGeometryOf } from './model';

export function prepare(dataset: Dataset): BaseMap {
	const base = baseMapFor(dataset);
	return { ...base, arcs: arcGeometryOf(base, dataset, indexDataset(dataset), dataset.statements) };
}
