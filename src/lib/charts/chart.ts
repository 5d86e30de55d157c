/**
 * What a chart is: the contract each charts/<id>/index.ts fulfils, and the registry lists. The view and
 * the parts only the notebook and the exporters need are loaded on demand, so an embed page ships only
 * its own chart's view.
 */
import type { Component } from 'svelte';
import { NO_STATEMENTS } from '$lib/data/narrative';
import type { DatasetIndex } from '$lib/data/queries';
import type { Dataset, Statement } from '$lib/data/types';
import type { KeyColors, LegendItem } from './legend-item';
import type { Palette } from './plot/palette';

export interface ChartProps<Prepared = never> {
	/** True on /embed/* pages: the chart is alone and should size to its frame. */
	embedded?: boolean;
	/** What the chart's prepare.server.ts computed at build time for this page, if anything. */
	prepared?: Prepared;
}

/** What a takeaway sentence is written from: the data in view. */
export interface TakeawayInput {
	dataset: Dataset;
	index: DatasetIndex;
	statements: readonly Statement[];
}

export type Takeaway = (input: TakeawayInput) => string;

/** A dataset with no statement at all says so, rather than blaming filters that may not be set. */
export const unlessEmpty =
	(write: Takeaway): Takeaway =>
	(input) =>
		input.dataset.statements.length ? write(input) : NO_STATEMENTS;

/**
 * How a chart's figure is keyed in an export. `View` is what the key depends on in the view (the map's).
 * (Methods, not function properties: a chart's parts, typed by its own View and Prepared, fit the registry's list.)
 */
export interface FigureKey<View = unknown, Prepared = unknown> {
	legend(palette: Palette, colors: KeyColors, view: View | null): LegendItem[];
	/** Text the chart shows outside its SVG that the figure must carry (the timeline's event key). */
	notes?(dataset: Dataset): string[];
	/** The view's key in the default view, from what the build prepared (for the build's exports). */
	defaultView?(dataset: Dataset, prepared: Prepared | undefined): View | null;
}

/** The parts of a chart that the notebook and the exporters load, and an embed page does not. */
export interface ChartParts<View = unknown, Prepared = unknown> {
	/** One sentence under the cell heading, computed from the data in view. */
	takeaway: Takeaway;
	/** For a chart that draws an svg[data-chart-figure]: its key in an exported figure. */
	figure?: FigureKey<View, Prepared>;
	/** Run the chart's models once over a sample dataset, so a large file's run is not their first (warm-up.ts). */
	warmUp?(dataset: Dataset, index: DatasetIndex, prepared: Prepared | undefined): unknown;
}

/** What a chart folder's prepare.server.ts computes: its index.ts declares `Chart<PreparedBy<typeof import('./prepare.server')>>`, so its view must read that type. */
export type PreparedBy<M extends { prepare: (dataset: Dataset) => unknown }> = ReturnType<M['prepare']>;

/** A chart; `Prepared` is what its prepare.server.ts computes at build time (`never` for none), which its view and parts read typed. */
export interface Chart<Prepared = never> {
	/** Its folder's name, and its address: /embed/<id>, #cell-<id>, build/export/<id>.svg. */
	id: string;
	title: string;
	/** One sentence for the embed page, the export and screen readers. */
	description: string;
	/** The chart draws an svg[data-chart-figure], exported from its cell as SVG and PNG. */
	figure: boolean;
	load: () => Promise<Component<ChartProps<Prepared>>>;
	/**
	 * For a chart that shows the build's drawing and loads its drawing code only when the view changes:
	 * load that code ahead, when a change looks likely (the reader reaches for the filters).
	 */
	warm?: () => Promise<unknown>;
	parts: () => Promise<ChartParts<unknown, Prepared>>;
}
