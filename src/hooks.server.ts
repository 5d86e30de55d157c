/**
 * The prerendered pages' heads, changed as the client build recorded (vite.config.ts, islandsHead):
 * an embed page links only the stylesheets it uses, and carries them in one <style> when it stays small;
 * every other page, and an embed page that keeps its links, links one file of them all (speed/page-head.ts),
 * written here beside the client build's files before the adapter copies them. Only while building: in
 * development the pages load their styles from the source.
 */
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { combineStylesheets, inlineStylesheets, unlinkStylesheets, type IslandsHead } from '$lib/speed/page-head';

let head: IslandsHead | undefined;
const islandsHead = () => (head ??= JSON.parse(readFileSync('.svelte-kit/islands-head.json', 'utf8')) as IslandsHead);
/** Where the client build's files are until the adapter copies them (SvelteKit's outDir, .svelte-kit). */
const CLIENT_OUTPUT = '.svelte-kit/output/client/';

/** The page linking one stylesheet of its linked ones, that file written with the client's. */
function oneStylesheet(html: string): string {
	const { html: out, file } = combineStylesheets(html, islandsHead().css);
	if (file) {
		mkdirSync(dirname(CLIENT_OUTPUT + file.name), { recursive: true });
		writeFileSync(CLIENT_OUTPUT + file.name, file.text);
	}
	return out;
}

export const handle: Handle = ({ event, resolve }) => {
	if (!building) return resolve(event);
	if (event.route.id !== '/embed/[chart]') return resolve(event, { transformPageChunk: ({ html }) => oneStylesheet(html) });
	const { embedUnused, css } = islandsHead();
	const unused = embedUnused[event.params.chart ?? ''] ?? [];
	return resolve(event, { transformPageChunk: ({ html }) => oneStylesheet(inlineStylesheets(unlinkStylesheets(html, unused), css)) });
};
