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
	colors: { background: string; text: string; muted: string; rule: string };
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

export function composeFigure(input: FigureInput): { svg: string; width: number; height: number } {
	const width = Math.round(Math.max(input.chartWidth + 2 * PAD, 480));
	const inner = width - 2 * PAD;
	const titleLines = wrapText(input.title, inner, 20);
	const subLines = wrapText(input.subtitle, inner, 13);
	let y = PAD;
	const parts: string[] = [];
	for (const line of titleLines) {
		y += 24;
		parts.push(`<text x="${PAD}" y="${y}" font-size="20" font-weight="700" fill="${escapeXml(input.colors.text)}">${escapeXml(line)}</text>`);
	}
	for (const line of subLines) {
		y += 18;
		parts.push(`<text x="${PAD}" y="${y}" font-size="13" fill="${escapeXml(input.colors.muted)}">${escapeXml(line)}</text>`);
	}
	y += 12;
	const chartX = Math.round((width - input.chartWidth) / 2);
	const chart = input.chartSvg.replace(/^<svg\b/, `<svg x="${chartX}" y="${y}" width="${input.chartWidth}" height="${input.chartHeight}"`);
	parts.push(chart);
	y += input.chartHeight + 10;
	const legend = layoutLegend(input.legend, width, y, input.colors.text);
	parts.push(legend.svg);
	y += legend.height + 8;
	for (const note of input.notes ?? [])
		for (const line of wrapText(note, inner, 12)) {
			y += 17;
			parts.push(`<text x="${PAD}" y="${y}" font-size="12" fill="${escapeXml(input.colors.text)}">${escapeXml(line)}</text>`);
		}
	if (input.notes?.length) y += 8;
	parts.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" stroke="${escapeXml(input.colors.rule)}"/>`);
	for (const line of wrapText(`${input.sourceLine} · ${input.dateLine}`, inner, 11)) {
		y += 16;
		parts.push(`<text x="${PAD}" y="${y}" font-size="11" fill="${escapeXml(input.colors.muted)}">${escapeXml(line)}</text>`);
	}
	const height = Math.round(y + PAD);
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FIGURE_FONT)}" role="img" aria-label="${escapeXml(input.title)}">` +
		`<title>${escapeXml(input.title)}</title>` +
		(input.fontCss ? `<defs><style>${escapeXml(input.fontCss)}</style></defs>` : '') +
		`<rect width="100%" height="100%" fill="${escapeXml(input.colors.background)}"/>` +
		parts.join('') +
		`</svg>`;
	return { svg, width, height };
}
