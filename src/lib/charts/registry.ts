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
		id: 'network',
		title: 'Who addressed whom',
		description: 'Actors as nodes, stated positions as directed edges: width by number of statements, colour and arrow by PLOVER class, dashed for the outlet’s own voice.',
		load: () => import('./network/NetworkChart.svelte').then((m) => m.default)
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
