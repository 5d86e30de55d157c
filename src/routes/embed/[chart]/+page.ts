import { error } from '@sveltejs/kit';
import { CHARTS, chartById } from '$lib/charts/registry';
import type { EntryGenerator } from './$types';

/** No SvelteKit client: the page hydrates its one island from its own entry (island.ts). */
export const csr = false;

export const entries: EntryGenerator = () => CHARTS.map((c) => ({ chart: c.id }));

export async function load({ params, data }) {
	const chart = chartById(params.chart);
	if (!chart) error(404, `No chart called "${params.chart}"`);
	const component = await chart.load();
	return { ...data, chart: { id: chart.id, title: chart.title, description: chart.description, figure: chart.figure }, component };
}
