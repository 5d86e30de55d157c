import { CHARTS } from '$lib/charts/registry';
import { TAKEAWAYS } from '$lib/charts/takeaways';

export async function load({ data }) {
	const components = await Promise.all(CHARTS.map((c) => c.load()));
	return {
		...data,
		cells: CHARTS.map(({ id, title, description }, i) => ({ id, title, description, takeaway: TAKEAWAYS[id], component: components[i] }))
	};
}
