/**
 * Where the site's own files are, relative to the page (the pages set it from SvelteKit's resolve('/'),
 * computed where the page is rendered): a chart links a file of the site (the map's static layer) without
 * SvelteKit's client, which an embed page does without.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('site-root');

export function setSiteRoot(root: string): void {
	setContext(KEY, root.replace(/\/+$/, '') || '.');
}

/** A file of the site (a path from its root, no leading slash) as the page links it. */
export function siteFile(path: string): string {
	return `${getContext<string | undefined>(KEY) ?? '.'}/${path}`;
}
