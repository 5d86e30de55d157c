/**
 * The timeline as Plot options: statements by day in one lane per speaking party, events as rules. Loaded
 * on first use (plot/specs.ts); a large dataset's binned view comes with it, so it costs the built-in data
 * and the embeds no byte and no request of its own.
 */
import * as Plot from '@observablehq/plot';
import { fitLabel } from '../plot/fit-label';
import { QUAD_CLASSES } from '$lib/data/plover';
import { CSS_PALETTE, type Palette } from '../plot/palette';
import { ATTRIBUTION_SYMBOLS, DAY, type TimelineDot, type TimelineEventMark } from './events';
export { default as BinnedTimeline } from './BinnedTimeline.svelte';
import { laneLabelChars } from './lane-label';
import { blockOffsets, dotsPerRow, LABEL_BAND, laneHeight, onAxis, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, timelineDomain } from './model';

export { laneLabelChars };

export function timelineSpec(
	dots: TimelineDot[],
	events: TimelineEventMark[],
	width: number,
	palette: Palette
): Plot.PlotOptions {
	const lanes = [...new Set(dots.map((d) => d.lane))];
	const domain = timelineDomain(dots);
	const [from, to] = domain.map(Number);
	const perRow = dotsPerRow(dots, width);
	const lane = laneHeight(dots, perRow);
	const offsets = blockOffsets(dots, perRow);
	const msPerPx = (to - from) / (width - MARGIN_LEFT - MARGIN_RIGHT);
	// Events on the axis get a rule under their key; the list under the chart says which fall outside it.
	const inside = events.filter((e) => onAxis(e, domain));
	const below = { y1: -lane / 2 + LABEL_BAND, y2: lane / 2 };
	return {
		width,
		height: MARGIN_TOP + MARGIN_BOTTOM + Math.max(1, lanes.length) * lane,
		marginTop: MARGIN_TOP,
		marginBottom: MARGIN_BOTTOM,
		marginLeft: MARGIN_LEFT,
		marginRight: MARGIN_RIGHT,
		style: { color: palette.text, background: 'transparent', fontSize: '12px', overflow: 'visible' },
		ariaLabel: 'Timeline of statements and events',
		ariaDescription: `${dots.length} statements by day and speaking party; events marked as vertical rules, dashed where scheduled.`,
		x: { type: 'utc', domain, label: null, ticks: Math.max(2, Math.min(Math.floor(width / 110), Math.round((to - from) / DAY))), tickFormat: '%-d %b' },
		fy: { domain: lanes, label: null, padding: 0, axis: null },
		// Within a lane, y is the dot's offset down from the middle in pixels (blockOffsets).
		y: { domain: [-lane / 2, lane / 2], reverse: true, axis: null },
		color: { domain: [...QUAD_CLASSES], range: QUAD_CLASSES.map((q) => palette.quad[q]) },
		symbol: { domain: Object.keys(ATTRIBUTION_SYMBOLS), range: Object.values(ATTRIBUTION_SYMBOLS) },
		marks: [
			Plot.frame({ stroke: palette.rule, anchor: 'bottom', ariaHidden: 'true' }),
			Plot.text(lanes, { fy: (d) => d, text: (d) => fitLabel(d, laneLabelChars(width)), frameAnchor: 'top-left', dy: 6, fill: palette.text, fontWeight: 600, ariaHidden: 'true' }),
			Plot.ruleX(inside.filter((e) => !e.scheduled), { x: 'date', ...below, stroke: palette.muted, strokeWidth: 1.2, ariaHidden: 'true' }),
			Plot.ruleX(inside.filter((e) => e.scheduled), { x: 'date', ...below, stroke: palette.muted, strokeWidth: 1.2, strokeDasharray: '5,4', ariaHidden: 'true' }),
			Plot.text(inside, { x: 'date', text: 'key', frameAnchor: 'top', facetAnchor: 'top', dy: -14, fill: palette.text, fontWeight: 700, ariaHidden: 'true' }),
			Plot.dot(dots, {
				x: (d: TimelineDot, i: number) => new Date(+d.date + offsets[i].dx * msPerPx),
				y: (_: TimelineDot, i: number) => offsets[i].dy,
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
