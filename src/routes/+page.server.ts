import { CHARTS } from '$lib/charts/registry';
import { chartData } from '$lib/server/chart-data';

export async function load({ parent }) {
	const { dataset } = await parent();
	return { chartData: chartData(CHARTS.map((c) => c.id), dataset) };
}
