/**
 * The one list of charts. The notebook, the embed pages and the exporters all read it, so a chart is
 * written once. Each chart is a Svelte component that reads the shared Dashboard from context; it is
 * loaded on demand so an embed page ships only its own chart.
 */
import type { Component } from 'svelte';

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
	load: () => Promise<Component<ChartProps>>;
}

export const CHARTS: ChartDefinition[] = [
	{
		id: 'map',
		title: 'Map: who addressed whom',
		description:
			'The parties on a world map, shaded by role, with an arc from each speaker to each recipient, coloured by PLOVER event class (dashed: the outlet’s own voice).',
		load: () => import('./map/MapChart.svelte').then((m) => m.default)
	},
	{
		id: 'table',
		title: 'Statements',
		description: 'Every stated position, with speaker, actor and recipients, PLOVER event type and the exact quote.',
		load: () => import('./table/TableChart.svelte').then((m) => m.default)
	}
];

export function chartById(id: string): ChartDefinition | undefined {
	return CHARTS.find((c) => c.id === id);
}
