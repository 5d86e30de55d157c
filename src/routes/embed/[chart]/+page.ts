import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import { yieldToBrowser } from '$lib/charts/idle';
import { CHARTS, chartById } from '$lib/charts/registry';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => CHARTS.map((c) => ({ chart: c.id }));

export async function load({ params, data }) {
	const chart = chartById(params.chart);
	if (!chart) error(404, `No chart called "${params.chart}"`);
	const component = await chart.load();
	// In the browser this runs before hydration: the router's start and the hydration of the chart run as two tasks.
	if (browser) await yieldToBrowser();
	return { ...data, chart: { id: chart.id, title: chart.title, description: chart.description, figure: chart.figure }, component };
}
