/**
 * The build's static exports, made in Node with no browser: each figure chart's SVG as the notebook's
 * toolbar exports it, read from the prerendered notebook (page-figure.ts), and a PNG of it at 2× drawn
 * by resvg. Node only.
 */
import { Resvg } from '@resvg/resvg-js';
import { paletteOf } from '$lib/charts/plot/palette';
import type { Chart } from '$lib/charts/registry';
import { describeFilters } from '$lib/data/wording';
import { indexDataset, NO_FILTERS } from '$lib/data/queries';
import type { Dataset } from '$lib/data/types';
import { chartFigure } from './chart-figure';
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
	prepared: unknown;
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
		fontCss: input.fontCss
	});
}

/**
 * The SVG drawn at `scale` ×. resvg reads no web font (the figure's embedded WOFF2): its text takes the
 * next family of FIGURE_FONT found on the machine.
 */
export function pngOfSvg(svg: string, scale = 2): Uint8Array {
	return new Resvg(svg, { font: { loadSystemFonts: true }, fitTo: { mode: 'zoom', value: scale } }).render().asPng();
}
