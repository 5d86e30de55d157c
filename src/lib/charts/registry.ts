/**
 * The one list of charts. The notebook, the embed pages and the exporters all read it, so a chart is
 * written once. Each chart is a Svelte component that reads the shared Dashboard from context; it is
 * loaded on demand so an embed page ships only its own chart.
 */
import type { Component } from 'svelte';
import type { BaseMap } from '$lib/geo/basemap';
import { matrixSpec, timelineSpec } from './plot/specs';
import { warmth } from './plot/warm.svelte';

export type ChartId = 'map' | 'network' | 'timeline' | 'matrix' | 'table';

export interface ChartProps {
	/** True on /embed/* pages: the chart is alone and should size to its frame. */
	embedded?: boolean;
	/** What the chart's build-time step prepared for this page (see $lib/server/chart-data.ts), if any. */
	prepared?: unknown;
}

export interface ChartDefinition {
	id: ChartId;
	title: string;
	/** One sentence for the embed page, the export and screen readers. */
	description: string;
	/** The chart draws an svg[data-chart-figure], exported from its cell as SVG and PNG. */
	figure: boolean;
	load: () => Promise<Component<ChartProps>>;
	/**
	 * For a chart that shows the build's drawing and loads its drawing code only when the view changes:
	 * load that code ahead, when a change looks likely (the reader reaches for the filters).
	 */
	warm?: () => Promise<unknown>;
}

export const CHARTS: ChartDefinition[] = [
	{
		id: 'map',
		title: 'Map: who addressed whom',
		description:
			'The parties on a world map, shaded by role, with an arc from each speaker to each recipient, coloured by PLOVER event class (dashed: the outlet’s own voice).',
		figure: true,
		load: () => import('./map/MapChart.svelte').then((m) => m.default)
	},
	{
		id: 'network',
		title: 'Who addressed whom',
		description: 'Actors as nodes, stated positions as directed edges: width by number of statements, colour and arrow by PLOVER class, dashed for the outlet’s own voice.',
		figure: true,
		load: () => import('./network/NetworkChart.svelte').then((m) => m.default)
	},
	{
		id: 'timeline',
		title: 'Timeline',
		description: 'Statements by day and speaking party, with the announcement, the call and the scheduled talks marked.',
		figure: true,
		load: () => import('./timeline/TimelineChart.svelte').then((m) => m.default),
		warm: () => timelineSpec.load()
	},
	{
		id: 'matrix',
		title: 'Stance matrix',
		description: 'Who addressed whom, and how: each cell counts the cooperative and conflictual statements from one party to another.',
		figure: true,
		load: () => import('./matrix/MatrixChart.svelte').then((m) => m.default),
		warm: () => matrixSpec.load()
	},
	{
		id: 'table',
		title: 'Statements',
		description: 'Every stated position, with speaker, actor and recipients, PLOVER event type and the exact quote.',
		figure: false,
		load: () => import('./table/TableChart.svelte').then((m) => m.default)
	}
];

export function chartById(id: string): ChartDefinition | undefined {
	return CHARTS.find((c) => c.id === id);
}

/**
 * Load ahead the drawing code of every chart that has some, once. For a change of view in the same data
 * (the reader reaches for the filters), the figures also draw once unseen (plot/warm); not for a file
 * being opened, whose data replaces the view anyway.
 */
let warmed = false;
export function warmCharts(options: { drawAhead?: boolean } = {}) {
	if (options.drawAhead) warmth.wanted = true;
	if (warmed) return;
	warmed = true;
	for (const c of CHARTS) c.warm?.().catch(() => (warmed = false));
}

/**
 * A file looks likely (the pointer on the Open dataset control, a file dragged over the page): load the
 * charts' drawing code, and have their models run once over a small generated dataset while the page is
 * idle (warm-up.ts), so that the file's own run is not their first. Once per page.
 */
let warmedForNewData = false;
let fileChosen = false;
let stopWarmUp = () => {};
export function warmForNewData(mapBase: BaseMap | undefined) {
	warmCharts();
	if (warmedForNewData) return;
	warmedForNewData = true;
	import('./warm-up').then(
		(m) => {
			if (fileChosen) return;
			m.warmUpCharts(mapBase);
			stopWarmUp = m.stopWarmUp;
		},
		() => (warmedForNewData = false)
	);
}

/** A file was chosen: what is left of the warm-up is dropped (or it does not start). */
export function endWarmUp() {
	fileChosen = true;
	stopWarmUp();
}
