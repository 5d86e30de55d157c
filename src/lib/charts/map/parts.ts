/** The map's takeaway, its key in an exported figure, and its warm-up step. */
import { mostAddressed } from '$lib/data/narrative';
import { indexDataset } from '$lib/data/queries';
import type { BaseMap } from '$lib/geo/basemap';
import { unlessEmpty, type ChartParts } from '../chart';
import { MAP_KEY_TEXT, mapKey, type MapKey } from './key';
import { mapLegend } from './legend';
import { MAP_MAX_ARCS, mapModel } from './model';

export const parts: ChartParts<MapKey, BaseMap> = {
	takeaway: unlessEmpty(({ index, statements }) => mostAddressed(index, statements)),
	figure: {
		legend: mapLegend,
		notes: () => [MAP_KEY_TEXT.arcs],
		defaultView: (dataset, base) => (base ? mapKey(mapModel(base, dataset, indexDataset(dataset), dataset.statements, MAP_MAX_ARCS)) : null)
	},
	warmUp: (dataset, index, base) => base && mapModel(base, dataset, index, dataset.statements, MAP_MAX_ARCS)
};
