/** The seeded d3-force layout (graph/layout.ts), loaded on first use: a page with a built layout never needs it. */
export type Layout = typeof import('$lib/graph/layout');

let loading: Promise<Layout> | undefined;
let loaded: Layout | undefined;
export const forceLayout = {
	/** Load it (once; again after a failure). */
	load: (): Promise<Layout> =>
		(loading ??= import('$lib/graph/layout').then(
			(m) => (loaded = m),
			(error) => {
				loading = undefined;
				throw error;
			}
		)),
	/** Its exports once loaded, at hand in the same task. */
	get loaded(): Layout | undefined {
		return loaded;
	}
};
