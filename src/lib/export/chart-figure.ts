/**
 * A chart's exported figure: its standalone SVG with title, filters, key, notes, source and date, in
 * concrete colours. One composition for the notebook's toolbar (in the browser) and the build's static
 * exports (in Node), so the two cannot drift apart. Pure.
 */
import type { FigureKey, KeyColors, Palette } from '$lib/charts/registry';
import { formatDate } from '$lib/data/describe';
import type { Publication } from '$lib/data/publication';
import type { Dataset, Statement } from '$lib/data/types';
import { composeFigure, type FigureSize } from './figure';
import { portableValue } from './portable-color';
import { sourceLine } from './source-line';
import type { StandaloneSvg } from './standalone-svg';

export interface ChartFigureInput {
	title: string;
	/** The chart's key and notes (its parts' `figure`). */
	key: FigureKey;
	/** What the key depends on in the view (the map's MapKey), if anything. */
	view: unknown;
	/** What the filters pass, e.g. "All 20 statements". */
	subtitle: string;
	chart: StandaloneSvg;
	/** A theme token ('--bg') as the chart has it. */
	token: (name: string) => string;
	palette: Palette;
	dataset: Dataset;
	statements: readonly Statement[];
	datasetName: string;
	/** The day of the export, YYYY-MM-DD. */
	day: string;
	/** The figure font's @font-face rules ('' to name the font only). */
	fontCss: string;
	/** Reads a colour the browser gives in a form portable-color does not parse. */
	portable?: (value: string) => string;
	/** The publication's words: a headline in place of the chart's title, a subtitle, notes first, a credit. */
	publication?: Publication;
	size?: FigureSize;
	/** The figure's background: the theme's `--bg` by default; '' for none (transparent). */
	background?: string;
}

export function chartFigure(input: ChartFigureInput): { svg: string; width: number; height: number } {
	const portable = input.portable ?? ((value: string) => portableValue(value));
	const tokens = (name: string) => portable(input.token(name).trim());
	const keyColors: KeyColors = {
		both: tokens('--role-both'),
		speaks: tokens('--role-speaks'),
		addressed: tokens('--role-addressed-line'),
		membership: tokens('--membership'),
		eu: tokens('--land-eu'),
		edge: tokens('--country-edge')
	};
	const { palette } = input;
	const words = input.publication ?? {};
	return composeFigure({
		title: words.title ?? input.title,
		publicationSubtitle: words.subtitle,
		subtitle: input.subtitle,
		chartSvg: input.chart.markup,
		chartWidth: Math.round(input.chart.width),
		chartHeight: Math.round(input.chart.height),
		legend: input.key.legend(palette, keyColors, input.view ?? null).map((item) => ({
			...item,
			color: portable(item.color),
			fill: item.fill && portable(item.fill),
			edge: item.edge && portable(item.edge)
		})),
		notes: [...(words.notes ?? []), ...(input.key.notes?.(input.dataset) ?? [])],
		sourceLine: sourceLine(input.dataset.sources, input.statements, input.datasetName),
		dateLine: `Exported ${formatDate(input.day)}`,
		credit: words.credit,
		creditUrl: words.creditUrl,
		colors: {
			background: input.background ?? (tokens('--bg') || '#ffffff'),
			text: portable(palette.text),
			muted: portable(palette.muted),
			rule: portable(palette.rule)
		},
		fontCss: input.fontCss,
		size: input.size
	});
}
