/**
 * A change to a prerendered page's <head> that the client build knows how to make (vite.config.ts records
 * it in islands-head.json, src/hooks.server.ts applies it): an embed page links only its own chart's
 * stylesheets, not every chart's, and carries them in one <style> instead of links when the page stays
 * small; a page that still links several (the notebook's 14, the map embed's 5) links one file of them
 * all instead. Each linked stylesheet blocks the first paint until it has arrived: under Lighthouse's slow
 * 4G an embed's five to seven of them put its first paint at 1.2–1.6 s, which costs the page its last point,
 * and the notebook's 14 held its first paint until the last of them came in (two rounds of six requests).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** What the client build recorded: the file names (under _app/) each page's head is changed with. */
export interface IslandsHead {
	/** By chart: the stylesheets of the other charts' views, which its embed page does not use. */
	embedUnused: Record<string, string[]>;
	/** Every stylesheet of the client build, by file name (under _app/): its text. */
	css: Record<string, string>;
}

/**
 * An embed page whose HTML would be larger than this, gzipped, with its styles in it keeps its links:
 * the map's page (12.6 KB; its budget 15 KB) would be 15.8 KB, of which 3.9 KB is the dataset its cards read.
 */
export const INLINE_LIMIT = 14 * 1024;

/** A stylesheet file the build writes for one page, named from _app/ on. */
export interface PageStylesheet {
	name: string;
	text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LINK = /[ \t]*<link href="([^"]*)" rel="stylesheet">\n?/g;

/** The page without its <link rel="stylesheet"> tags of these files (named from _app/ on). */
export function unlinkStylesheets(html: string, files: readonly string[]): string {
	if (!files.length) return html;
	const names = new RegExp(`[ \\t]*<link href="[^"]*(?:${files.map(escape).join('|')})" rel="stylesheet">\\n?`, 'g');
	return html.replace(names, '');
}

/**
 * The page with its linked stylesheets (named from _app/ on, texts in `css`) in one <style> where the
 * first link was, in the links' order; as it was if one is not known, or if the page would then be larger
 * than `limit` bytes gzipped. Stylesheets with a url() are not moved (it is relative to the file).
 * Each link stays, `disabled` (not fetched, not applied): Vite's preload of the chart's view looks for
 * its stylesheets' links, and would fetch and apply each again, a second restyle, if it found none.
 */
export function inlineStylesheets(html: string, css: Readonly<Record<string, string>>, limit = INLINE_LIMIT): string {
	const links = [...html.matchAll(LINK)];
	if (!links.length) return html;
	const texts = linkedTexts(links, css);
	if (texts.some((t) => t === undefined || /url\(|<\//i.test(t))) return html;
	const indent = /^[ \t]*/.exec(links[0][0])![0];
	let first = true;
	const out = html.replace(LINK, (_, href: string) => {
		const link = `${indent}<link href="${href}" rel="stylesheet" disabled>\n`;
		return first ? ((first = false), `${indent}<style>${texts.join('\n')}</style>\n${link}`) : link;
	});
	return gzipSync(out, { level: 9 }).length <= limit ? out : html;
}

/** The text of each linked stylesheet (named from _app/ on), or undefined for one not in `css`. */
function linkedTexts(links: readonly RegExpMatchArray[], css: Readonly<Record<string, string>>): (string | undefined)[] {
	return links.map(([, href]) => {
		const at = href.indexOf('_app/');
		return at < 0 ? undefined : css[href.slice(at)];
	});
}

/**
 * The page with its linked stylesheets (named from _app/ on, texts in `css`) as one linked file where the
 * first link was: their texts in the links' order (the same cascade), in the same folder as they are (so
 * a url() in one still resolves), named by a hash of the text, which `file` gives for the build to write.
 * As it was, and no file, when fewer than two are linked or one is not known. Each link stays, `disabled`,
 * as inlineStylesheets says why. The name's form (page.<8 hex>.css) is the one svelte.config.js lets the
 * prerenderer find only once written: change both together.
 */
export function combineStylesheets(html: string, css: Readonly<Record<string, string>>): { html: string; file: PageStylesheet | null } {
	const links = [...html.matchAll(LINK)];
	const texts = linkedTexts(links, css);
	if (links.length < 2 || texts.some((t) => t === undefined)) return { html, file: null };
	const text = texts.join('\n');
	const first = links[0][1];
	const folder = first.slice(first.indexOf('_app/'), first.lastIndexOf('/') + 1);
	const name = `${folder}page.${createHash('sha256').update(text).digest('hex').slice(0, 8)}.css`;
	const href = first.slice(0, first.indexOf('_app/')) + name;
	const indent = /^[ \t]*/.exec(links[0][0])![0];
	let at = 0;
	const out = html.replace(LINK, (_, linked: string) => {
		const disabled = `${indent}<link href="${linked}" rel="stylesheet" disabled>\n`;
		return at++ ? disabled : `${indent}<link href="${href}" rel="stylesheet">\n${disabled}`;
	});
	return { html: out, file: { name, text } };
}
