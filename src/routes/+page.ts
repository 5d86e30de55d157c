import { browser } from '$app/environment';
import { yieldToBrowser } from '$lib/charts/idle';
import { CHARTS } from '$lib/charts/registry';

export async function load({ data }) {
	const [components, parts] = await Promise.all([Promise.all(CHARTS.map((c) => c.load())), Promise.all(CHARTS.map((c) => c.parts()))]);
	// In the browser this runs before hydration: the router's start and the hydration of the cells run as two tasks.
	if (browser) await yieldToBrowser();
	return {
		...data,
		cells: CHARTS.map(({ id, title, description, figure }, i) => ({ id, title, description, figure, takeaway: parts[i].takeaway, component: components[i] }))
	};
}
