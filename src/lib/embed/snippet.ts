/**
 * The code a report pastes to embed a chart: an iframe (titled, loaded lazily, with its height reserved)
 * and the script that sizes it. Pure string building; every attribute value is escaped.
 */

/** A value safe inside a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SnippetInput {
	/** The embed page's absolute address, with its parameters. */
	src: string;
	/** The frame's accessible name. */
	title: string;
	/** The height to reserve until the script reports the chart's own, in px. */
	height: number;
	/** The absolute address of embed.js. */
	script: string;
}

export function embedSnippet({ src, title, height, script }: SnippetInput): string {
	return (
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" style="width:100%;height:${Math.round(height)}px;border:0"></iframe>\n` +
		`<script src="${escapeAttribute(script)}" async></` +
		`script>`
	);
}
