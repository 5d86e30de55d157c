/**
 * The timeline as Plot options: statements by day in one lane per speaking party, events as rules. Loaded
 * on first use (plot/specs.ts); a large dataset's binned view comes with it, so it costs the built-in data
 * and the embeds no byte and no request of its own.
 */
import * as Plot from '@observablehq/plot';
import { CSS_PALETTE, type Palette } from '../plot/palette';
import { ATTRIBUTION_SYMBOLS, type TimelineDot, type TimelineEventMark } from './events';
export { default as BinnedTimeline } from './BinnedTimeline.svelte';
import { laneLabelChars } from './lane-label';
import { laneFrame } from './lane-marks';
import { blockOffsets, dotsPerRow, laneHeight, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, timelineDomain } from './model';

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
	const frame = laneFrame({
		lanes,
		events,
		domain,
		lane,
		width,
		height: MARGIN_TOP + MARGIN_BOTTOM + Math.max(1, lanes.length) * lane,
		tickFormat: '%-d %b',
		ariaDescription: `${dots.length} statements by day and speaking party; events marked as vertical rules, dashed where scheduled.`,
		palette
	});
	// Within a lane, y is the dot's offset down from the middle in pixels (blockOffsets).
	return {
		...frame,
		symbol: { domain: Object.keys(ATTRIBUTION_SYMBOLS), range: Object.values(ATTRIBUTION_SYMBOLS) },
		marks: [
			...frame.marks,
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
