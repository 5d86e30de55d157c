/**
 * The one list of charts: a chart is its folder (charts/<id>/index.ts, see chart.ts for what it
 * supplies) and one line here. The notebook, the embed pages, the exporters and the build script read
 * only this module.
 */
import type { Component } from 'svelte';
import type { Chart, ChartProps } from './chart';
import { map } from './map';
import { matrix } from './matrix';
import { network } from './network';
import { table } from './table';
import { timeline } from './timeline';

export type { ChartParts, ChartProps, FigureKey, TakeawayInput } from './chart';
export type { RegisteredChart as Chart };
export type { KeyColors, LegendItem } from './legend-item';
export type { Palette } from './plot/palette';

const LIST = [map, network, timeline, matrix, table] as const;

type Listed = (typeof LIST)[number];
export type ChartId = Listed['id'];
/** What a chart's view reads as `prepared`: the type its folder declares (`satisfies Chart<P>`). */
type PreparedOf<C> = C extends { load: () => Promise<Component<infer Props>> } ? (Props extends ChartProps<infer P> ? P : never) : never;
/** What the build prepared for the charts of a page, by chart (server/chart-data.ts fills it, a view reads its own, typed). */
export type PreparedData = { [C in Listed as C['id']]?: PreparedOf<C> };
/** What any chart prepares. */
export type AnyPrepared = NonNullable<PreparedData[ChartId]>;

/**
 * The list, for code that goes over every chart. A loop cannot pair each view with its own data's type,
 * so the list is typed with what any chart prepares: each entry's pairing is checked in its folder
 * (`satisfies Chart<P>`) and by PreparedData, and a page hands each view `chartData[chart.id]`.
 */
export const CHARTS: readonly RegisteredChart[] = LIST as readonly RegisteredChart[];
export type RegisteredChart = Chart<AnyPrepared> & { id: ChartId };

export function chartById(id: string): RegisteredChart | undefined {
	return CHARTS.find((c) => c.id === id);
}
