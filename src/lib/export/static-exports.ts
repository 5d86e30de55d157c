/**
 * The build's static exports, made in Node with no browser: each figure chart's SVG as the notebook's
 * toolbar exports it, read from the prerendered notebook (page-figure.ts), and a PNG of it at 2× drawn
 * by resvg. Node only.
 */
import { Resvg } from '@resvg/resvg-js';
import { MAP_MAX_ARCS, mapModel } from '$lib/charts/map/model';
import { mapKey } from '$lib/charts/map/key';
import { paletteOf } from '$lib/charts/plot/palette';
import { describeFilters } from '$lib/data/wording';
import { indexDataset, NO_FILTERS } from '$lib/data/queries';
import type { Dataset } from '$lib/data/types';
import type { BaseMap } from '$lib/geo/basemap';
import { chartFigure } from './chart-figure';
import { figureOfPage } from './page-figure';

export interface StaticFigureInput {
	chart: { id: string; title: string };
	/** The prerendered notebook and the stylesheets it links. */
	html: string;
	css: string;
	dataset: Dataset;
	/** What the build prepared for the chart (the map's base map). */
	prepared: unknown;
	fontCss: string;
	/** YYYY-MM-DD */
	day: string;
}

export function staticFigure(input: StaticFigureInput): { svg: string; width: number; height: number } {
	const { dataset } = input;
	const page = figureOfPage(input.html, input.css, `#cell-${input.chart.id}`);
	const index = indexDataset(dataset);
	const n = dataset.statements.length;
	const base = input.chart.id === 'map' ? (input.prepared as BaseMap | undefined) : undefined;
	return chartFigure({
		chartId: input.chart.id,
		title: input.chart.title,
		subtitle: describeFilters(index, NO_FILTERS, n, n),
		chart: page.chart,
		token: page.token,
		palette: paletteOf(page.token),
		mapKey: base ? mapKey(mapModel(base, dataset, index, dataset.statements, MAP_MAX_ARCS)) : null,
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
