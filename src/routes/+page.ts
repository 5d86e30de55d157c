import { CHARTS } from '$lib/charts/registry';

export async function load({ data }) {
	const components = await Promise.all(CHARTS.map((c) => c.load()));
	return {
		...data,
		cells: CHARTS.map(({ id, title, description, takeaway }, i) => ({ id, title, description, takeaway, component: components[i] }))
	};
}
