import { chartData } from '$lib/server/chart-data';

export async function load({ params, parent }) {
	const { dataset } = await parent();
	return { chartData: chartData([params.chart], dataset, { narrow: true }) };
}
