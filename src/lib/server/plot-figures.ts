/**
 * The Plot figures of the default view, drawn at build time in a server DOM (jsdom) and wired like the
 * browser wires them, so the prerendered page shows them and needs no Plot until the view changes.
 */
import { JSDOM } from 'jsdom';
import { matrixFigure } from '$lib/charts/matrix/spec';
import { capMatrix, MATRIX_TARGETS, MAX_MATRIX, matrixCells, matrixKey, matrixTargets, matrixWidth } from '$lib/charts/matrix/model';
import { PREPARED_WIDTH, toTree, type PreparedFigure } from '$lib/charts/plot/prepared';
import { wireFigure } from '$lib/charts/plot/targets';
import { timelineFigure } from '$lib/charts/timeline/spec';
import { capLanes, MAX_DOTS, MAX_LANES, TIMELINE_TARGETS, timelineDots, timelineEvents, timelineKey, timelineTargets } from '$lib/charts/timeline/model';
import { indexDataset } from '$lib/data/queries';
import type { Dataset } from '$lib/data/types';

let serverDocument: Document | undefined;
const documentForPlot = () => (serverDocument ??= new JSDOM('<!doctype html><html><body></body></html>').window.document);

export function preparedTimeline(dataset: Dataset): PreparedFigure {
	const index = indexDataset(dataset);
	const dots = capLanes(timelineDots(index, dataset.statements), MAX_LANES, MAX_DOTS).dots;
	const events = timelineEvents(dataset.events);
	const svg = timelineFigure(dots, events, PREPARED_WIDTH, documentForPlot());
	wireFigure(svg, timelineTargets(index, dots), TIMELINE_TARGETS);
	return { key: timelineKey(dots, events), width: PREPARED_WIDTH, tree: toTree(svg) };
}

export function preparedMatrix(dataset: Dataset): PreparedFigure {
	const index = indexDataset(dataset);
	const cells = capMatrix(matrixCells(index, dataset.statements), MAX_MATRIX, MAX_MATRIX).cells;
	const width = matrixWidth(cells, PREPARED_WIDTH);
	const svg = matrixFigure(cells, width, documentForPlot());
	wireFigure(svg, matrixTargets(cells), MATRIX_TARGETS);
	return { key: matrixKey(cells), width, tree: toTree(svg) };
}
