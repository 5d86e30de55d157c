/** What both timelines (dots and counted columns) draw around their marks: the frame, the lanes' labels, the events' rules and keys. */
import * as Plot from '@observablehq/plot';
import { fitLabel } from '../plot/fit-label';
import type { Palette } from '../plot/palette';
import type { TimelineEventMark } from './events';
import { laneLabelChars } from './lane-label';
import { LABEL_BAND, onAxis } from './model';

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
