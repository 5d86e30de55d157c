/**
 * The prerendered embed pages' heads, changed as the client build recorded (vite.config.ts, islandsHead):
 * an embed page links only the stylesheets it uses, and carries them in one <style> when it stays small
 * (speed/page-head.ts). Only while building: in development the pages load their styles from the source.
 */
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { readFileSync } from 'node:fs';
import { inlineStylesheets, unlinkStylesheets, type IslandsHead } from '$lib/speed/page-head';

let head: IslandsHead | undefined;
const islandsHead = () => (head ??= JSON.parse(readFileSync('.svelte-kit/islands-head.json', 'utf8')) as IslandsHead);

export const handle: Handle = ({ event, resolve }) => {
	if (!building || event.route.id !== '/embed/[chart]') return resolve(event);
	const { embedUnused, css } = islandsHead();
	const unused = embedUnused[event.params.chart ?? ''] ?? [];
	return resolve(event, { transformPageChunk: ({ html }) => inlineStylesheets(unlinkStylesheets(html, unused), css) });
};
