/** A large dataset's timeline as Plot options (BinnedTimeline draws it): columns of bins, stacked by quad class. */
import * as Plot from '@observablehq/plot';
import { CSS_PALETTE, type Palette } from '../plot/palette';
import { BIN_BAR, binDomain, binLaneHeight, binnedHeight, tallestColumn, type TimelineBin } from './binned';
import { DAY, type TimelineEventMark } from './events';
import { laneFrame } from './lane-marks';

/**
 * A large dataset's timeline: in each party's lane, a column per period whose height counts its
 * statements, stacked by quad class (each part a mark with its card). Heights share one scale, the
 * tallest column of the chart.
 */
export function timelineBinSpec(bins: TimelineBin[], lanes: string[], events: TimelineEventMark[], width: number, palette: Palette): Plot.PlotOptions {
	const domain = binDomain(bins);
	const lane = binLaneHeight();
	const most = Math.max(1, tallestColumn(bins));
	const base = lane / 2 - 8;
	const px = (n: number) => base - (n / most) * BIN_BAR;
	const total = bins.reduce((n, b) => n + b.statements.length, 0);
	const frame = laneFrame({
		lanes,
		events,
		domain,
		lane,
		width,
		height: binnedHeight(lanes.length),
		tickFormat: '%-d %b %Y',
		ariaDescription: `${total} statements counted by period and speaking party, stacked by kind; events marked as vertical rules, dashed where scheduled.`,
		palette
	});
	return {
		...frame,
		marks: [
			...frame.marks,
			Plot.rect(bins, {
				x1: (b: TimelineBin) => new Date(`${b.from}T00:00:00Z`),
				x2: (b: TimelineBin) => new Date(+new Date(`${b.to}T00:00:00Z`) + DAY),
				// At least 2 px tall, so every bin can be seen and pointed at.
				y1: (b: TimelineBin) => px(b.below),
				y2: (b: TimelineBin) => Math.min(px(b.below) - 2, px(b.below + b.statements.length)),
				fy: 'lane',
				fill: 'quad',
				stroke: palette.surface,
				strokeWidth: 0.5,
				inset: 0.5,
				className: 'statements'
			})
		]
	};
}

/** The binned timeline drawn by Plot in the CSS palette. */
export function timelineBinFigure(bins: TimelineBin[], lanes: string[], events: TimelineEventMark[], width: number): Element {
	return Plot.plot(timelineBinSpec(bins, lanes, events, width, CSS_PALETTE)) as unknown as Element;
}
