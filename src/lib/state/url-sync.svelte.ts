/**
 * The notebook's address bar: syncWithAddress (address-sync.svelte.ts) with SvelteKit's shallow entries
 * (pushState): the page stays, no load function runs and nothing announces a navigation.
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { syncWithAddress } from './address-sync.svelte';
import type { Dashboard } from './dashboard.svelte';

export { knownIds } from './address-sync.svelte';

/**
 * history: 'push' (the notebook: Back steps through changes) or 'replace' (an embed: a page that embeds
 * it keeps its own Back button, since an iframe's entries join the host page's history).
 */
export function syncWithUrl(dash: Dashboard, history: 'push' | 'replace' = 'push') {
	syncWithAddress(dash, history, {
		write: (url, mode) => (mode === 'push' ? pushState : replaceState)(url, {}),
		watch: () => page.url
	});
}
