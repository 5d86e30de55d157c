import { CHARTS } from '$lib/charts/registry';

export async function load() {
	const components = await Promise.all(CHARTS.map((c) => c.load()));
	return {
		cells: CHARTS.map(({ id, title, description }, i) => ({ id, title, description, component: components[i] }))
	};
}
