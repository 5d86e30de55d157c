/** The timeline as Plot options: statements by day in one lane per speaking party, events as rules. */
import * as Plot from '@observablehq/plot';
import { extent } from 'd3';
import { fitLabel } from '../plot/fit-label';
import { QUAD_CLASSES } from '$lib/data/plover';
import { CSS_PALETTE, type Palette } from '../plot/palette';
import { ATTRIBUTION_SYMBOLS, DAY, type TimelineDot, type TimelineEventMark } from './events';
import { laneHeight, MARGIN_BOTTOM, MARGIN_TOP, timelineHeight } from './model';

/** The characters of a lane's label (12 px, bold; up to 10 px a character for capitals) that fit across the chart; a longer name is cut, the card has it whole. */
export const laneLabelChars = (width: number) => Math.max(8, Math.floor((width - 36) / 10));

export function timelineSpec(
	dots: TimelineDot[],
	events: TimelineEventMark[],
	width: number,
	palette: Palette
): Plot.PlotOptions {
	const lanes = [...new Set(dots.map((d) => d.lane))];
	const times = [...dots.map((d) => +d.date), ...events.map((e) => +e.date)];
	// extent iterates: a million dates spread into Math.min as arguments exceed the call stack.
	const [first, last] = extent(times);
	const domain: [Date, Date] = first !== undefined && last !== undefined ? [new Date(first - DAY), new Date(last + DAY)] : [new Date(0), new Date(DAY)];
	const lane = laneHeight(dots);
	const held = events.filter((e) => !e.scheduled);
	const scheduled = events.filter((e) => e.scheduled);
	return {
		width,
		height: timelineHeight(dots),
		marginTop: MARGIN_TOP,
		marginBottom: MARGIN_BOTTOM,
		marginLeft: 12,
		marginRight: 24,
		style: { color: palette.text, background: 'transparent', fontSize: '12px', overflow: 'visible' },
		ariaLabel: 'Timeline of statements and events',
		ariaDescription: `${dots.length} statements by day and speaking party; events marked as vertical rules, dashed where scheduled.`,
		x: { type: 'utc', domain, label: null, ticks: Math.max(2, Math.floor(width / 110)), tickFormat: '%-d %b' },
		fy: { domain: lanes, label: null, padding: 0, axis: null },
		// Within a lane, y is the dot's offset from the middle in pixels (the model stacks them).
		y: { domain: [-lane / 2, lane / 2], reverse: true, axis: null },
		color: { domain: [...QUAD_CLASSES], range: QUAD_CLASSES.map((q) => palette.quad[q]) },
		symbol: { domain: Object.keys(ATTRIBUTION_SYMBOLS), range: Object.values(ATTRIBUTION_SYMBOLS) },
		marks: [
			Plot.frame({ stroke: palette.rule, anchor: 'bottom', ariaHidden: 'true' }),
			Plot.text(lanes, { fy: (d) => d, text: (d) => fitLabel(d, laneLabelChars(width)), frameAnchor: 'top-left', dy: 6, fill: palette.text, fontWeight: 600, ariaHidden: 'true' }),
			Plot.ruleX(held, { x: 'date', stroke: palette.muted, strokeWidth: 1.2, ariaHidden: 'true' }),
			Plot.ruleX(scheduled, { x: 'date', stroke: palette.muted, strokeWidth: 1.2, strokeDasharray: '5,4', ariaHidden: 'true' }),
			Plot.text(events, {
				x: 'date',
				text: 'key',
				frameAnchor: 'top',
				facetAnchor: 'top',
				dy: -14,
				fill: palette.text,
				fontWeight: 700,
				ariaHidden: 'true'
			}),
			Plot.dot(dots, {
				x: 'date',
				y: 'stack',
				fy: 'lane',
				r: 5.5,
				fill: 'quad',
				symbol: 'attribution',
				stroke: palette.surface,
				strokeWidth: 1,
				className: 'statements'
			})
		]
	};
}

/** The timeline drawn by Plot in the CSS palette (it follows the theme); `document` for a server DOM. */
export function timelineFigure(dots: TimelineDot[], events: TimelineEventMark[], width: number, document?: Document): Element {
	return Plot.plot({ ...timelineSpec(dots, events, width, CSS_PALETTE), ...(document ? { document } : {}) }) as unknown as Element;
}
