/**
 * Changes to a prerendered page's <head> that the client build knows how to make (vite.config.ts records
 * them in islands-head.json, src/hooks.server.ts applies them): an embed page links only its own chart's
 * stylesheets, and the notebook starts downloading its islands' code from the <head>.
 */

/** What the client build recorded: the file names (under _app/) each page's head is changed with. */
export interface IslandsHead {
	/** By chart: the stylesheets of the other charts' views, which its embed page does not use. */
	embedUnused: Record<string, string[]>;
	/** The notebook islands' first chunks: its entry and the shared page-core. */
	notebookPreload: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The page without its <link rel="stylesheet"> tags of these files (named from _app/ on). */
export function unlinkStylesheets(html: string, files: readonly string[]): string {
	if (!files.length) return html;
	const names = new RegExp(`[ \\t]*<link href="[^"]*(?:${files.map(escape).join('|')})" rel="stylesheet">\\n?`, 'g');
	return html.replace(names, '');
}

/**
 * The page with a <link rel="modulepreload"> for each file (named from _app/ on) at the end of its head,
 * at the path the page's own module script (`script`, named from _app/ on) is linked with.
 */
export function preloadModules(html: string, script: string, files: readonly string[]): string {
	const prefix = new RegExp(`<script type="module" src="([^"]*)${escape(script)}"`).exec(html)?.[1];
	if (prefix === undefined || !files.length) return html;
	const links = files.map((f) => `<link rel="modulepreload" href="${prefix}${f}">`).join('');
	return html.replace('</head>', `${links}\n\t</head>`);
}
