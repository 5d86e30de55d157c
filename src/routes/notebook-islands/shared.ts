/**
 * What every island of the notebook shares: one Dashboard, one card layer, one set of publishing choices,
 * and where the site's files are. The page makes one set to render the islands at build time; in the
 * browser, the entry (entry.svelte.ts) makes one and hydrates every island with it (Island.svelte).
 */
import type { Dataset } from '$lib/data/types';
import { sourceAnchorId } from '$lib/charts/source/anchor';
import { Publishing } from '$lib/components/publishing.svelte';
import { CardLayer } from '$lib/interaction/card-layer.svelte';
import { Dashboard } from '$lib/state/dashboard.svelte';

export interface Shared {
	dash: Dashboard;
	layer: CardLayer;
	publishing: Publishing;
	/** The site's root, relative to the page (SvelteKit's resolve('/') where the page is rendered). */
	root: string;
}

export function sharedState(dataset: Dataset, root: string): Shared {
	const dash = new Dashboard(dataset, { sourceHref: (id) => `#${sourceAnchorId(id)}` });
	return { dash, layer: new CardLayer(dash), publishing: new Publishing(), root };
}

/** The page's own data, read by the entry: the dataset once, and what the islands are made from. */
export interface NotebookData {
	dataset: Dataset;
	root: string;
	/** The charts, in the page's order (the Publish island lists them). */
	charts: { id: string; title: string; description: string; figure: boolean }[];
}

/** The element that carries NotebookData (data-notebook) and holds every island. */
export const NOTEBOOK_ID = 'notebook';
