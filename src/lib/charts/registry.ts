/**
 * The one list of charts: a chart is its folder (charts/<id>/index.ts, see chart.ts for what it
 * supplies) and one line here. The notebook, the embed pages, the exporters and the build script read
 * only this module.
 */
import type { Chart } from './chart';
import { map } from './map';
import { matrix } from './matrix';
import { network } from './network';
import { table } from './table';
import { timeline } from './timeline';

export type { Chart, ChartId, ChartParts, ChartProps, FigureKey, TakeawayInput } from './chart';
export type { KeyColors, LegendItem } from './legend-item';
export { paletteOf, type Palette } from './plot/palette';

export const CHARTS: readonly Chart[] = [map, network, timeline, matrix, table];

export function chartById(id: string): Chart | undefined {
	return CHARTS.find((c) => c.id === id);
}
