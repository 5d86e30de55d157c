import { CHARTS } from '$lib/charts/registry';

/** No SvelteKit client: the page hydrates in islands from its own entry (notebook-islands/entry.svelte.ts). */
export const csr = false;

export async function load({ data }) {
	const [components, parts] = await Promise.all([Promise.all(CHARTS.map((c) => c.load())), Promise.all(CHARTS.map((c) => c.parts()))]);
	return {
		...data,
		cells: CHARTS.map(({ id, title, description, figure }, i) => ({ id, title, description, figure, takeaway: parts[i].takeaway, component: components[i] }))
	};
}
