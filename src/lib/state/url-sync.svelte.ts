/**
 * The notebook's address bar: syncWithAddress (address-sync.svelte.ts) with the History API. The page has
 * no client router (its islands hydrate on their own): an entry is written with history.pushState, and
 * Back or Forward to one of them comes as a popstate, which syncWithAddress applies.
 */
import { syncWithAddress } from './address-sync.svelte';
import type { Dashboard } from './dashboard.svelte';

export { knownIds } from './address-sync.svelte';

/**
 * history: 'push' (the notebook: Back steps through changes) or 'replace' (an embed: a page that embeds
 * it keeps its own Back button, since an iframe's entries join the host page's history).
 */
export function syncWithUrl(dash: Dashboard, history: 'push' | 'replace' = 'push') {
	syncWithAddress(dash, history, {
		write: (url, mode) => (mode === 'push' ? window.history.pushState(null, '', url) : window.history.replaceState(window.history.state, '', url))
	});
}
