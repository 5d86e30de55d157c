/**
 * Keeps a Dashboard and the address bar in step: user changes push a history entry (so Back and
 * Forward step through them), and any change of the URL (Back, Forward, a pasted link) is applied.
 * Call from a component's initialisation; browser-only work happens in effects.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { untrack } from 'svelte';
import type { Dashboard } from './dashboard.svelte';
import { sameFocus } from './focus';
import { decodeUrlState, encodeUrlState, withUrlState, type KnownIds } from './url';

function knownIds(dash: Dashboard): KnownIds {
	return {
		actors: new Set(dash.index.actors.keys()),
		topics: new Set(dash.index.topics.keys()),
		statements: new Set(dash.index.statements.keys())
	};
}

function applyTheme(theme: string) {
	const root = document.documentElement;
	if (theme === 'auto') delete root.dataset.theme;
	else root.dataset.theme = theme;
}

export function syncWithUrl(dash: Dashboard) {
	$effect(() => {
		const params = page.url.searchParams;
		void dash.dataset; // a newly opened dataset may know ids the first decode dropped
		untrack(() => {
			const state = decodeUrlState(params, knownIds(dash));
			if (encodeUrlState({ ...state, pinned: null }).toString() !== encodeUrlState({ filters: dash.filters, pinned: null, theme: dash.theme }).toString()) {
				dash.filters = state.filters;
				dash.theme = state.theme;
			}
			if (!sameFocus(state.pinned, dash.pinned)) dash.pinned = state.pinned;
		});
	});
	$effect(() => applyTheme(dash.theme));
	// Record the change after the next frame has painted it: goto() reads the scroll position (a forced
	// layout) and pushes history, which would otherwise delay every cell's update by that much.
	let queued = false;
	dash.onchange = () => {
		if (queued) return;
		queued = true;
		requestAnimationFrame(() =>
			setTimeout(() => {
				queued = false;
				const search = withUrlState(page.url.searchParams, { filters: dash.filters, pinned: dash.pinned, theme: dash.theme });
				if (search !== page.url.search) goto(search || page.url.pathname, { keepFocus: true, noScroll: true });
			})
		);
	};
}
