/**
 * A change to a prerendered page's <head> that the client build knows how to make (vite.config.ts records
 * it in islands-head.json, src/hooks.server.ts applies it): an embed page links only its own chart's
 * stylesheets, not every chart's (render-blocking, each a request before the first paint).
 */

/** What the client build recorded: the file names (under _app/) each page's head is changed with. */
export interface IslandsHead {
	/** By chart: the stylesheets of the other charts' views, which its embed page does not use. */
	embedUnused: Record<string, string[]>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The page without its <link rel="stylesheet"> tags of these files (named from _app/ on). */
export function unlinkStylesheets(html: string, files: readonly string[]): string {
	if (!files.length) return html;
	const names = new RegExp(`[ \\t]*<link href="[^"]*(?:${files.map(escape).join('|')})" rel="stylesheet">\\n?`, 'g');
	return html.replace(names, '');
}
