/**
 * An embed page's own entry (one per chart, made by vite.config.ts): hydrates its one island (EmbedView)
 * with Svelte's hydrate(), without SvelteKit's client router. The data is read from the island's
 * attribute, the figures and map states it names from the page's markup (charts/page-data.ts). The chart's
 * view comes with the entry (vite.config.ts imports it as the chart's index.ts loads it, without preloading its files).
 */
import { hydrate, tick, type Component } from 'svelte';
import { decodePageData } from '$lib/charts/page-data';
import type { AnyPrepared, ChartProps } from '$lib/charts/registry';
import EmbedView, { type EmbedProps } from '$lib/components/EmbedView.svelte';
import { ISLAND_ID } from './island-id';
import { nextTask } from '$lib/state/sliced-passes';

/** A chart's view module: its component and, if it has one, the step that computes its first drawing ahead (speed/ahead.ts). */
export interface ViewModule {
	default: Component<ChartProps<AnyPrepared>>;
	warmUp?: (props: Pick<EmbedProps, 'dataset' | 'prepared'>) => Promise<void>;
}

export async function startIsland({ default: component, warmUp }: ViewModule): Promise<void> {
	const target = document.getElementById(ISLAND_ID);
	if (!target) return;
	// The view's modules evaluate in one task, the hydration in the next (after the view's warm-up, in tasks of its own).
	await nextTask();
	const props = decodePageData(target.dataset.island ?? '{}') as Omit<EmbedProps, 'component'>;
	await warmUp?.(props);
	hydrate(EmbedView, { target, props: { ...props, component } });
	await tick();
	// The page is live from here on; browser tests wait for this mark before they point, focus or press.
	document.documentElement.setAttribute('data-hydrated', '');
}
