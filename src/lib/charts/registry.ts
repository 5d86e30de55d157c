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

export type { Chart, ChartParts, ChartProps, FigureKey, TakeawayInput } from './chart';
export type { KeyColors, LegendItem } from './legend-item';
export type { Palette } from './plot/palette';

const LIST = [map, network, timeline, matrix, table] as const satisfies readonly Chart[];

export const CHARTS: readonly Chart[] = LIST;
export type ChartId = (typeof LIST)[number]['id'];

export function chartById(id: string): Chart | undefined {
	return CHARTS.find((c) => c.id === id);
}
