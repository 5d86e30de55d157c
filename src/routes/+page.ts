import { browser } from '$app/environment';
import { yieldToBrowser } from '$lib/charts/idle';
import { CHARTS } from '$lib/charts/registry';
import { TAKEAWAYS } from '$lib/charts/takeaways';

export async function load({ data }) {
	const components = await Promise.all(CHARTS.map((c) => c.load()));
	// In the browser this runs before hydration: the router's start and the hydration of the cells run as two tasks.
	if (browser) await yieldToBrowser();
	return {
		...data,
		cells: CHARTS.map(({ id, title, description, figure }, i) => ({ id, title, description, figure, takeaway: TAKEAWAYS[id], component: components[i] }))
	};
}
