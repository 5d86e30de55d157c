/**
 * The build's static exports, made in Node with no browser: each figure chart's SVG as the notebook's
 * toolbar exports it, read from the prerendered notebook (page-figure.ts), and a PNG of it at 2× drawn
 * by resvg. Node only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
// @ts-expect-error wawoff2 (Google's woff2 decoder, compiled to wasm) ships no types: decompress(Uint8Array) → Promise<Uint8Array>.
import { decompress } from 'wawoff2';
import { paletteOf } from '$lib/charts/plot/palette';
import type { AnyPrepared, Chart } from '$lib/charts/registry';
import { describeFilters } from '$lib/data/wording';
import { indexDataset, NO_FILTERS } from '$lib/data/queries';
import type { Dataset } from '$lib/data/types';
import { chartFigure } from './chart-figure';
import { FIGURE_FONT_FAMILY } from './figure';
import { figureOfPage } from './page-figure';

export interface StaticFigureInput {
	chart: Chart;
	/** The prerendered notebook and the stylesheets it links. */
	html: string;
	css: string;
	/** The text of a file the page links (a path relative to it): the map's static layer. */
	read?: (file: string) => string;
	dataset: Dataset;
	/** What the build prepared for the chart (the map's base map). */
	prepared: AnyPrepared | undefined;
	fontCss: string;
	/** YYYY-MM-DD */
	day: string;
}

export async function staticFigure(input: StaticFigureInput): Promise<{ svg: string; width: number; height: number }> {
	const { dataset, chart } = input;
	const key = (await chart.parts()).figure;
	if (!key) throw new Error(`the ${chart.id} chart draws a figure but its parts give no figure key`);
	const page = figureOfPage(input.html, input.css, `#cell-${chart.id}`, input.read);
	const n = dataset.statements.length;
	return chartFigure({
		title: chart.title,
		key,
		view: key.defaultView?.(dataset, input.prepared) ?? null,
		subtitle: describeFilters(indexDataset(dataset), NO_FILTERS, n, n),
		chart: page.chart,
		token: page.token,
		palette: paletteOf(page.token),
		dataset,
		statements: dataset.statements,
		datasetName: '',
		day: input.day,
		fontCss: input.fontCss,
		publication: dataset.publication
	});
}

/**
 * The SVG drawn at `scale` ×. resvg reads no web font (the figure's embedded WOFF2): `fontFiles` are the
 * same faces as TrueType (the build decompresses them), so the PNG's text is set in FIGURE_FONT_FAMILY as
 * the SVG's is. Without them, or for a glyph they lack, the text takes the next family of FIGURE_FONT
 * found on the machine.
 */
export function pngOfSvg(svg: string, scale = 2, fontFiles: string[] = []): Uint8Array {
	return drawSvg(svg, scale, fontFiles).asPng();
}

/** The SVG drawn by resvg, as pngOfSvg draws it (its pixels for a test). */
export function drawSvg(svg: string, scale: number, fontFiles: string[]) {
	const font = { loadSystemFonts: true, fontFiles, ...(fontFiles.length ? { defaultFontFamily: FIGURE_FONT_FAMILY } : {}) };
	return new Resvg(svg, { font, fitTo: { mode: 'zoom', value: scale } }).render();
}

/** The figure font's faces as @fontsource ships them: WOFF2, the Latin subset, by weight. */
export const FIGURE_FONT_FILES = (weight: 400 | 700) => `node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`;

/**
 * The figure font's regular and bold faces as TrueType files in `dir`, for pngOfSvg: resvg reads no WOFF2.
 * Decompressed with wawoff2, one at a time, each copied at once: the decoder's result is a view of its wasm
 * memory, which the next call reuses.
 */
export async function figureFontFiles(dir: string): Promise<string[]> {
	const files: string[] = [];
	for (const weight of [400, 700] as const) {
		const ttf = Buffer.from((await decompress(readFileSync(FIGURE_FONT_FILES(weight)))) as Uint8Array);
		files.push(join(dir, `source-sans-3-latin-${weight}.ttf`));
		writeFileSync(files.at(-1)!, ttf);
	}
	return files;
}
