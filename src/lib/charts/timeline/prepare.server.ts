/**
 * At build time: the default view's timeline, drawn by Plot in a server DOM and wired as the browser
 * wires it, so the prerendered page shows it and needs no Plot until the view changes.
 */
import { indexDataset } from '$lib/data/queries';
import type { Dataset } from '$lib/data/types';
import { documentForPlot } from '$lib/server/plot-document';
import { MID_WIDTH, NARROW_WIDTH, PageFigure, PREPARED_WIDTH, toTree, type PreparedFigure } from '../plot/prepared';
import { wireFigure } from '../plot/targets';
import { timelineEvents } from './events';
import { capLanes, MAX_DOTS, MAX_LANES, TIMELINE_TARGETS, timelineDots, timelineKey, timelineTargets } from './model';
import { timelineFigure } from './spec';

/** `narrow`: also drawn at a report column's and a phone's width (an embed page: they then show it without loading Plot). */
export function prepare(dataset: Dataset, { narrow = false }: { narrow?: boolean } = {}): PreparedFigure {
	const index = indexDataset(dataset);
	const dots = capLanes(timelineDots(index, dataset.statements), MAX_LANES, MAX_DOTS).dots;
	const events = timelineEvents(dataset.events);
	const targets = timelineTargets(index, dots);
	const key = timelineKey(dots, events);
	const draw = (width: number) => {
		const svg = timelineFigure(dots, events, width, documentForPlot());
		wireFigure(svg, targets, TIMELINE_TARGETS);
		return toTree(svg);
	};
	const small = narrow ? new PageFigure(key, NARROW_WIDTH, draw(NARROW_WIDTH), 'timeline-narrow') : undefined;
	const column = small && new PageFigure(key, MID_WIDTH, draw(MID_WIDTH), 'timeline-mid', small);
	return new PageFigure(key, PREPARED_WIDTH, draw(PREPARED_WIDTH), 'timeline', column);
}
