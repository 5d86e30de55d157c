/**
 * The address bar of the pages without a client router (the notebook and the embeds, whose islands hydrate
 * on their own): syncWithAddress (address-sync.svelte.ts) with the History API. An entry is written with
 * history.pushState (the embeds replace theirs), and Back or Forward to one comes as a popstate, which
 * syncWithAddress applies.
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
