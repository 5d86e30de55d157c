/**
 * The prerendered pages' heads, changed as the client build recorded (vite.config.ts, islandsHead): an
 * embed page links only the stylesheets it uses, and the notebook preloads its islands' first chunks.
 * Only while building: in development the pages load their code from the source.
 */
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { readFileSync } from 'node:fs';
import { preloadModules, unlinkStylesheets, type IslandsHead } from '$lib/speed/page-head';

let head: IslandsHead | undefined;
const islandsHead = () => (head ??= JSON.parse(readFileSync('.svelte-kit/islands-head.json', 'utf8')) as IslandsHead);

export const handle: Handle = ({ event, resolve }) => {
	if (!building) return resolve(event);
	const { id } = event.route;
	if (id === '/embed/[chart]') {
		const unused = islandsHead().embedUnused[event.params.chart ?? ''] ?? [];
		return resolve(event, { transformPageChunk: ({ html }) => unlinkStylesheets(html, unused) });
	}
	if (id === '/') return resolve(event, { transformPageChunk: ({ html }) => preloadModules(html, '_app/islands/notebook.js', islandsHead().notebookPreload) });
	return resolve(event);
};
