import { CHARTS } from '$lib/charts/registry';

export async function load({ data }) {
	const components = await Promise.all(CHARTS.map((c) => c.load()));
	return {
		...data,
		cells: CHARTS.map(({ id, title, description }, i) => ({ id, title, description, component: components[i] }))
	};
}
