/**
 * What a reader chooses for an exported figure: its background, its width (a report column, a full
 * page, a square for social media, or their own), the PNG's pixel ratio, and the file's name, which
 * says the chart and the filters it shows. Pure.
 */
import type { Filters } from '$lib/data/queries';
import type { FigureSize } from './figure';

/**
 * `light`: the light theme, its own background (the default: a figure goes into a light, often printed,
 * report); `white`: the light theme on pure white; `theme`: the page's colours as they are (dark stays
 * dark); `transparent`: the light theme on nothing.
 */
export type FigureBackground = 'light' | 'white' | 'theme' | 'transparent';
export type WidthPreset = 'chart' | 'column' | 'full' | 'square' | 'custom';
export type PngScale = 1 | 2 | 3;

export interface FigureOptions {
	background: FigureBackground;
	width: WidthPreset;
	/** Used when `width` is 'custom', in px. */
	customWidth: number;
	scale: PngScale;
}

export const DEFAULT_FIGURE_OPTIONS: FigureOptions = Object.freeze({ background: 'light', width: 'chart', customWidth: 800, scale: 2 });

export const WIDTH_PRESETS: readonly { value: WidthPreset; label: string; size?: FigureSize }[] = [
	{ value: 'chart', label: 'As drawn' },
	{ value: 'column', label: 'Report column, 640 px', size: { width: 640 } },
	{ value: 'full', label: 'Full width, 1200 px', size: { width: 1200 } },
	{ value: 'square', label: 'Square, 1080 × 1080 px', size: { width: 1080, height: 1080 } },
	{ value: 'custom', label: 'Custom width' }
];

export const BACKGROUNDS: readonly { value: FigureBackground; label: string }[] = [
	{ value: 'light', label: 'Light theme' },
	{ value: 'white', label: 'White' },
	{ value: 'theme', label: 'Page theme' },
	{ value: 'transparent', label: 'Transparent' }
];

export const PNG_SCALES: readonly PngScale[] = [1, 2, 3];

/** A custom width is kept between these, in px. */
export const CUSTOM_WIDTH = { min: 320, max: 3000 } as const;

/** The figure's background colour for the options: undefined for the theme's own, '' for none. */
export function figureBackground(background: FigureBackground): string | undefined {
	return background === 'white' ? '#ffffff' : background === 'transparent' ? '' : undefined;
}

/** The figure's size for the options: none keeps the chart's own. */
export function figureSize(options: FigureOptions): FigureSize {
	if (options.width === 'custom') {
		const w = Number.isFinite(options.customWidth) ? options.customWidth : DEFAULT_FIGURE_OPTIONS.customWidth;
		return { width: Math.round(Math.min(CUSTOM_WIDTH.max, Math.max(CUSTOM_WIDTH.min, w))) };
	}
	return WIDTH_PRESETS.find((p) => p.value === options.width)?.size ?? {};
}

/** A piece of a file name: letters, digits, '.', '_' and '-' only. */
function slug(value: string): string {
	return value
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9._-]+/g, '_')
		.replace(/^[_.-]+|[_.-]+$/g, '');
}

/** File names stay under this many characters before the extension (a long filter list is counted, not spelled out). */
export const FILE_NAME_MAX = 100;

/**
 * `map-recipient-USA.png`: the chart, the opened dataset's name (none for the built-in one), then each
 * filter in the address's order with its values; an export of everything is just `map.png`.
 */
export function figureFileName(chartId: string, filters: Filters, datasetName: string, extension: string): string {
	const parts = [slug(chartId)];
	const dataset = slug(datasetName.replace(/\.[^.]+$/, ''));
	if (dataset) parts.push(dataset);
	const lists: [string, readonly string[]][] = [
		['actor', filters.actors],
		['recipient', filters.recipients],
		['topic', filters.topics],
		['event', filters.events],
		['attribution', filters.attributions]
	];
	for (const [name, values] of lists) {
		if (!values.length) continue;
		parts.push(name);
		for (const value of values) parts.push(slug(value));
	}
	if (filters.from) parts.push('from', filters.from);
	if (filters.to) parts.push('to', filters.to);
	let name = parts.filter(Boolean).join('-');
	if (name.length > FILE_NAME_MAX) name = `${name.slice(0, FILE_NAME_MAX).replace(/-[^-]*$/, '')}-and-more`;
	return `${name}.${extension}`;
}
