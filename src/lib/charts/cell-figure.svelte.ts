/**
 * Whether a notebook cell's chart draws, right now, the svg[data-chart-figure] its toolbar exports as SVG
 * and PNG. A chart that sometimes cannot (the network draws a graph too big for SVG on canvas) says why
 * here; the toolbar then offers no SVG or PNG and shows the reason instead. The map says here what its key
 * shows for the view, for the figure's key.
 */
import { getContext, setContext } from 'svelte';
import type { MapKey } from '$lib/charts/map/key';

export class CellFigure {
	/** Why there is no figure to export now, in words for the reader; null when there is one. */
	unavailable = $state<string | null>(null);
	/** What the map's key says for the view in sight (the map sets it): the exported figure's key says the same. */
	mapKey = $state.raw<MapKey | null>(null);
}

const KEY = Symbol('cell-figure');

export function setCellFigure(cell: CellFigure): CellFigure {
	return setContext(KEY, cell);
}

/** The enclosing cell's, or undefined outside a notebook cell (an embed page). */
export function getCellFigure(): CellFigure | undefined {
	return getContext<CellFigure | undefined>(KEY);
}
