/**
 * A self-contained SVG figure for a report: title, active filters, the chart, a legend, and the
 * source line with the date, all in one file with no external reference. Pure string building;
 * every text comes through escapeXml.
 */
import type { LegendItem } from '$lib/charts/registry';
import { escapeXml } from './xml';

export type { LegendItem };

export interface FigureInput {
	title: string;
	/** The publication's own subtitle, over the filters line; none by default. */
	publicationSubtitle?: string;
	/** e.g. "Filters: recipient Afghanistan" or "All statements". */
	subtitle: string;
	/** The chart's own SVG markup (an <svg> element with a viewBox). */
	chartSvg: string;
	chartWidth: number;
	chartHeight: number;
	legend: LegendItem[];
	/** Lines under the legend, e.g. the key to the timeline's event letters. */
	notes?: string[];
	sourceLine: string;
	/** e.g. "Exported 27 November 2026". */
	dateLine: string;
	/** The publication's credit line, over the source line, linked when `creditUrl` is given. */
	credit?: string;
	creditUrl?: string;
	/** `background: ''` leaves the figure transparent. */
	colors: { background: string; text: string; muted: string; rule: string };
	size?: FigureSize;
	/** @font-face rules that embed FIGURE_FONT_FAMILY (figure-font.ts); without them the font is only named. */
	fontCss?: string;
}

/** The family embedded in exported figures (figure-font.ts), and the stack it heads should it be missing. */
export const FIGURE_FONT_FAMILY = 'Source Sans 3';
export const FIGURE_FONT = `'${FIGURE_FONT_FAMILY}', 'DejaVu Sans', Verdana, 'Helvetica Neue', Arial, sans-serif`;
const PAD = 16;
const CHAR = 6.6; // average advance of a 12 px sans-serif character

function legendSymbol(item: LegendItem, x: number, y: number): string {
	const c = escapeXml(item.color);
	const dash = item.dash ? ` stroke-dasharray="${escapeXml(item.dash)}"` : '';
	switch (item.kind) {
		case 'line':
			return `<line x1="${x}" y1="${y}" x2="${x + 22}" y2="${y}" stroke="${c}" stroke-width="2.5"/>`;
		case 'dashed-line':
			return `<line x1="${x}" y1="${y}" x2="${x + 22}" y2="${y}" stroke="${c}" stroke-width="2.5" stroke-dasharray="5 3"/>`;
		case 'dotted-line':
			return `<line x1="${x}" y1="${y}" x2="${x + 22}" y2="${y}" stroke="${c}" stroke-width="1.5" stroke-dasharray="1 3" stroke-linecap="round"/>`;
		case 'outline': {
			const k = item.scale ?? 1;
			return `<path transform="translate(${x + 6} ${y})${k === 1 ? '' : ` scale(${k})`}" d="${escapeXml(item.path ?? '')}" fill="${escapeXml(item.fill ?? 'none')}" stroke="${c}" stroke-width="${Math.round((1.3 / k) * 100) / 100}"${dash}/>`;
		}
		case 'circle':
			return `<circle cx="${x + 6}" cy="${y}" r="5" fill="${c}"/>`;
		case 'square':
			return `<rect x="${x + 1.5}" y="${y - 4.5}" width="9" height="9" fill="${c}"/>`;
		case 'diamond':
			return `<path d="M${x + 6} ${y - 6}L${x + 12} ${y}L${x + 6} ${y + 6}L${x} ${y}Z" fill="${c}"/>`;
		case 'hatch':
			return `<rect x="${x}" y="${y - 6}" width="12" height="12" fill="none" stroke="${c}"/><path d="M${x} ${y + 6}L${x + 12} ${y - 6}M${x} ${y}L${x + 6} ${y - 6}M${x + 6} ${y + 6}L${x + 12} ${y}" stroke="${c}"/>`;
		default:
			return `<rect x="${x}" y="${y - 6}" width="12" height="12" rx="2" fill="${c}"${item.edge ? ` stroke="${escapeXml(item.edge)}"` : ''}${dash}/>`;
	}
}

/** Lay legend items out in rows that fit the width; returns markup and the height used. */
export function layoutLegend(items: LegendItem[], width: number, top: number, color: string): { svg: string; height: number } {
	let x = PAD;
	let y = top + 8;
	const parts: string[] = [];
	for (const item of items) {
		// A line sample is wider than a square or a shape ('outline' ends in "line" too, but is a shape).
		const symbolWidth = item.kind === 'line' || item.kind.endsWith('-line') ? 26 : 16;
		const w = symbolWidth + item.label.length * CHAR + 18;
		if (x + w > width - PAD && x > PAD) {
			x = PAD;
			y += 20;
		}
		parts.push(legendSymbol(item, x, y));
		parts.push(`<text x="${x + symbolWidth}" y="${y + 4}" font-size="12" fill="${escapeXml(color)}">${escapeXml(item.label)}</text>`);
		x += w;
	}
	return { svg: parts.join(''), height: items.length ? y - top + 14 : 0 };
}

/** Wrap text into lines of at most `width` pixels at `size` px. */
export function wrapText(text: string, width: number, size: number): string[] {
	const max = Math.max(10, Math.floor(width / (size * 0.55)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && (line + ' ' + word).length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * The figure's size: `width` (px) sets the whole figure's width and scales the chart to it; `height`
 * too (a square for social media) fits the chart into what the text leaves. Neither: the chart's own size.
 */
export interface FigureSize {
	width?: number;
	height?: number;
}

function textLines(lines: string[], x: number, size: number, step: number, fill: string, start: number, weight = '') {
	let y = start;
	const parts = lines.map((line) => {
		y += step;
		return `<text x="${x}" y="${y}" font-size="${size}"${weight} fill="${escapeXml(fill)}">${escapeXml(line)}</text>`;
	});
	return { svg: parts.join(''), height: y - start };
}

export function composeFigure(input: FigureInput): { svg: string; width: number; height: number } {
	const size = input.size ?? {};
	const width = Math.round(size.width ?? Math.max(input.chartWidth + 2 * PAD, 480));
	const inner = width - 2 * PAD;
	const { text, muted, rule } = input.colors;
	// What the chart's size does not change, laid out first: a fixed height leaves the rest to the chart.
	const title = textLines(wrapText(input.title, inner, 20), PAD, 20, 24, text, 0, ' font-weight="700"');
	const subtitle = textLines(input.publicationSubtitle ? wrapText(input.publicationSubtitle, inner, 15) : [], PAD, 15, 20, text, 0);
	const filters = textLines(wrapText(input.subtitle, inner, 13), PAD, 13, 18, muted, 0);
	const legend = layoutLegend(input.legend, width, 0, text);
	const notes = textLines((input.notes ?? []).flatMap((note) => wrapText(note, inner, 12)), PAD, 12, 17, text, 0);
	const credit = textLines(input.credit ? wrapText(input.credit, inner, 11) : [], PAD, 11, 16, muted, 0);
	const source = textLines(wrapText(`${input.sourceLine} · ${input.dateLine}`, inner, 11), PAD, 11, 16, muted, 0);
	const around =
		PAD + title.height + subtitle.height + filters.height + 12 + 10 + legend.height + 8 + notes.height + (notes.height ? 8 : 0) + credit.height + source.height + PAD;
	let chartWidth = input.chartWidth;
	let chartHeight = input.chartHeight;
	if (size.width) {
		const k = Math.min(inner / input.chartWidth, size.height ? Math.max(0.1, size.height - around) / input.chartHeight : Infinity);
		chartWidth = Math.round(input.chartWidth * k);
		chartHeight = Math.round(input.chartHeight * k);
	}
	const parts: string[] = [];
	let y = PAD;
	const place = (block: { svg: string; height: number }) => {
		if (block.svg) parts.push(`<g transform="translate(0 ${y})">${block.svg}</g>`);
		y += block.height;
	};
	place(title);
	place(subtitle);
	place(filters);
	y += 12;
	const chartX = Math.round((width - chartWidth) / 2);
	parts.push(input.chartSvg.replace(/^<svg\b/, `<svg x="${chartX}" y="${y}" width="${chartWidth}" height="${chartHeight}"`));
	y += chartHeight + 10;
	place(legend);
	y += 8;
	place(notes);
	if (notes.height) y += 8;
	parts.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" stroke="${escapeXml(rule)}"/>`);
	const link = input.creditUrl && credit.svg ? escapeXml(input.creditUrl) : '';
	if (link) parts.push(`<a href="${link}" xlink:href="${link}">`);
	place(credit);
	if (link) parts.push('</a>');
	place(source);
	const height = Math.round(size.height ?? y + PAD);
	const background = input.colors.background;
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FIGURE_FONT)}" role="img" aria-label="${escapeXml(input.title)}">` +
		`<title>${escapeXml(input.title)}</title>` +
		(input.fontCss ? `<defs><style>${escapeXml(input.fontCss)}</style></defs>` : '') +
		(background ? `<rect width="100%" height="100%" fill="${escapeXml(background)}"/>` : '') +
		parts.join('') +
		`</svg>`;
	return { svg, width, height };
}
