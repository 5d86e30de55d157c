/** What both timelines (dots and counted columns) share: the plot's frame and scales, the lanes' labels, the events' rules and keys. */
import * as Plot from '@observablehq/plot';
import { fitLabel } from '../plot/fit-label';
import type { Palette } from '../plot/palette';
import type { TimelineEventMark } from './events';
import { laneLabelChars } from './lane-label';
import { QUAD_CLASSES } from '$lib/data/plover';
import { LABEL_BAND, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, onAxis, timeTicks } from './model';

/** `lane` is a lane's height in pixels; events on the axis get a rule under their key (the list under the chart says which fall outside it). */
export function laneMarks(lanes: string[], events: TimelineEventMark[], domain: [Date, Date], lane: number, width: number, palette: Palette): Plot.Markish[] {
	const inside = events.filter((e) => onAxis(e, domain));
	const below = { y1: -lane / 2 + LABEL_BAND, y2: lane / 2 };
	return [
		Plot.frame({ stroke: palette.rule, anchor: 'bottom', ariaHidden: 'true' }),
		Plot.text(lanes, { fy: (d) => d, text: (d) => fitLabel(d, laneLabelChars(width)), frameAnchor: 'top-left', dy: 6, fill: palette.text, fontWeight: 600, ariaHidden: 'true' }),
		Plot.ruleX(inside.filter((e) => !e.scheduled), { x: 'date', ...below, stroke: palette.muted, strokeWidth: 1.2, ariaHidden: 'true' }),
		Plot.ruleX(inside.filter((e) => e.scheduled), { x: 'date', ...below, stroke: palette.muted, strokeWidth: 1.2, strokeDasharray: '5,4', ariaHidden: 'true' }),
		Plot.text(inside, { x: 'date', text: 'key', frameAnchor: 'top', facetAnchor: 'top', dy: -14, fill: palette.text, fontWeight: 700, ariaHidden: 'true' })
	];
}

/**
 * Both timelines' plot options but their own marks: the margins, the time axis, a facet per lane (`lane`
 * px tall, y in pixels from its middle), colour by quad class, and the lanes and events (laneMarks).
 */
export function laneFrame(o: { lanes: string[]; events: TimelineEventMark[]; domain: [Date, Date]; lane: number; width: number; height: number; tickFormat: string; ariaDescription: string; palette: Palette }): Plot.PlotOptions & { marks: Plot.Markish[] } {
	const { lanes, domain, lane, width, palette } = o;
	return {
		width,
		height: o.height,
		marginTop: MARGIN_TOP,
		marginBottom: MARGIN_BOTTOM,
		marginLeft: MARGIN_LEFT,
		marginRight: MARGIN_RIGHT,
		style: { color: palette.text, background: 'transparent', fontSize: '12px', overflow: 'visible' },
		ariaLabel: 'Timeline of statements and events',
		ariaDescription: o.ariaDescription,
		x: { type: 'utc', domain, label: null, ticks: timeTicks(domain, width), tickFormat: o.tickFormat },
		fy: { domain: lanes, label: null, padding: 0, axis: null },
		y: { domain: [-lane / 2, lane / 2], reverse: true, axis: null },
		color: { domain: [...QUAD_CLASSES], range: QUAD_CLASSES.map((q) => palette.quad[q]) },
		marks: laneMarks(lanes, o.events, domain, lane, width, palette)
	};
}
