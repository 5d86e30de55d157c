/**
 * A change to a prerendered page's <head> that the client build knows how to make (vite.config.ts records
 * it in islands-head.json, src/hooks.server.ts applies it): an embed page links only its own chart's
 * stylesheets, not every chart's, and carries them in one <style> instead of links when the page stays
 * small. Each linked stylesheet blocks the first paint until it has arrived: under Lighthouse's slow 4G an
 * embed's five to seven of them put its first paint at 1.2–1.6 s, which costs the page its last point.
 */
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
	const texts = links.map(([, href]) => {
		const at = href.indexOf('_app/');
		return at < 0 ? undefined : css[href.slice(at)];
	});
	if (texts.some((t) => t === undefined || /url\(|<\//i.test(t))) return html;
	const indent = /^[ \t]*/.exec(links[0][0])![0];
	let first = true;
	const out = html.replace(LINK, (_, href: string) => {
		const link = `${indent}<link href="${href}" rel="stylesheet" disabled>\n`;
		return first ? ((first = false), `${indent}<style>${texts.join('\n')}</style>\n${link}`) : link;
	});
	return gzipSync(out, { level: 9 }).length <= limit ? out : html;
}
