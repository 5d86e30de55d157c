/**
 * At build time: the default view's timeline, drawn by Plot in a server DOM and wired as the browser
 * wires it, so the prerendered page shows it and needs no Plot until the view changes.
 */
import { indexDataset } from '$lib/data/queries';
import type { Dataset } from '$lib/data/types';
import { documentForPlot } from '$lib/server/plot-document';
import { PageFigure, PREPARED_WIDTH, toTree, type PreparedFigure } from '../plot/prepared';
import { wireFigure } from '../plot/targets';
import { timelineEvents } from './events';
import { capLanes, MAX_DOTS, MAX_LANES, TIMELINE_TARGETS, timelineDots, timelineKey, timelineTargets } from './model';
import { timelineFigure } from './spec';

export function prepare(dataset: Dataset): PreparedFigure {
	const index = indexDataset(dataset);
	const dots = capLanes(timelineDots(index, dataset.statements), MAX_LANES, MAX_DOTS).dots;
	const events = timelineEvents(dataset.events);
	const svg = timelineFigure(dots, events, PREPARED_WIDTH, documentForPlot());
	wireFigure(svg, timelineTargets(index, dots), TIMELINE_TARGETS);
	return new PageFigure(timelineKey(dots, events), PREPARED_WIDTH, toTree(svg), 'timeline');
}
