/**
 * Keeps a Dashboard and the address bar in step: user changes push a history entry (so Back and
 * Forward step through them), and any change of the URL (Back, Forward, a pasted link) is applied.
 * How an entry is written is the page's (the notebook and the embeds, which have no client router: the
 * History API, url-sync.svelte.ts; /code: SvelteKit's shallow entries). Call from a component's
 * initialisation; browser-only work happens in effects.
 */
import { untrack } from 'svelte';
import type { Dashboard } from './dashboard.svelte';
import { sameFocus } from './focus';
import { decodeUrlState, encodeUrlState, withUrlState, type KnownIds } from './url';

/** The ids a URL may name in this dashboard's dataset (others are ignored when decoding). */
export function knownIds(dash: Dashboard): KnownIds {
	// The index's maps answer `has` as a set does: no copy of every id (a large dataset has 100,000s). The
	// index is read when an id is asked about, not before: an address that names none (the usual one when a
	// file is opened) leaves a large dataset's index to be built in a task of its own (Dashboard.shows).
	return {
		actors: { has: (id) => dash.index.actors.has(id) },
		topics: { has: (id) => dash.index.topics.has(id) },
		statements: { has: (id) => dash.index.statements.has(id) }
	};
}

function applyTheme(theme: string) {
	const root = document.documentElement;
	if (theme === 'auto') delete root.dataset.theme;
	else root.dataset.theme = theme;
}

/**
 * history: 'push' (the notebook: Back steps through changes) or 'replace' (an embed: a page that embeds
 * it keeps its own Back button, since an iframe's entries join the host page's history).
 */
export interface AddressBar {
	/** Write the search part (or the path, for none) as a new entry or over the current one. */
	write(url: string, history: 'push' | 'replace'): void;
	/** Read what tells of a navigation to this page with other parameters (an effect re-applies the address then). */
	watch?(): unknown;
}

export function syncWithAddress(dash: Dashboard, history: 'push' | 'replace', address: AddressBar) {
	/** A change made here that the address bar does not show yet (it is written after the next frame). */
	let queued = false;
	/**
	 * Apply the address bar's state (read from the location: SvelteKit's shallow entries are not in
	 * page.url). While a change made here waits to be written, the address is older than the page: it is
	 * not applied over the change.
	 */
	function applyAddress() {
		if (queued) return;
		const state = decodeUrlState(new URL(location.href).searchParams, knownIds(dash));
		if (encodeUrlState({ ...state, pinned: null }).toString() !== encodeUrlState({ filters: dash.filters, pinned: null, theme: dash.theme }).toString()) {
			dash.filters = state.filters;
			dash.theme = state.theme;
		}
		if (!sameFocus(state.pinned, dash.pinned)) dash.restorePin(state.pinned);
		dash.dropSelectionOutOfView();
	}
	$effect(() => {
		address.watch?.(); // a navigation to this page with other parameters
		void dash.dataset; // a newly opened dataset may know ids the first decode dropped
		untrack(applyAddress);
	});
	$effect(() => {
		// Back and Forward through the shallow entries: the entry chosen wins over a change not yet written.
		const stepped = () => {
			queued = false;
			applyAddress();
		};
		addEventListener('popstate', stepped);
		return () => removeEventListener('popstate', stepped);
	});
	$effect(() => applyTheme(dash.theme));
	// Record the change after the next frame has painted it: pushing history reads the scroll position
	// (a forced layout), which would otherwise delay every cell's update by that much.
	dash.onchange = () => {
		if (queued) return;
		queued = true;
		requestAnimationFrame(() =>
			setTimeout(() => {
				if (!queued) return; // Back or Forward came first
				queued = false;
				const here = new URL(location.href);
				const search = withUrlState(here.searchParams, { filters: dash.filters, pinned: dash.pinned, theme: dash.theme });
				if (search !== here.search) address.write(search || here.pathname, history);
			})
		);
	};
}
