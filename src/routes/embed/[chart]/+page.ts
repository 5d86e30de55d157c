import { error } from '@sveltejs/kit';
import { CHARTS, chartById } from '$lib/charts/registry';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => CHARTS.map((c) => ({ chart: c.id }));

export async function load({ params, data }) {
	const chart = chartById(params.chart);
	if (!chart) error(404, `No chart called "${params.chart}"`);
	return { ...data, chart: { id: chart.id, title: chart.title, description: chart.description }, component: await chart.load() };
}
