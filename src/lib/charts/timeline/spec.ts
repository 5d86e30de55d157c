/** The timeline as Plot options: statements by day in one lane per speaking party, events as rules. */
import * as Plot from '@observablehq/plot';
import { QUAD_CLASSES } from '$lib/data/plover';
import type { Palette } from '../plot/palette';
import { ATTRIBUTION_SYMBOLS, DAY, type TimelineDot, type TimelineEventMark } from './events';

export { timelineDots, timelineEvents, type TimelineDot, type TimelineEventMark } from './events';

const MARGIN_TOP = 28;
const MARGIN_BOTTOM = 30;
const DOT_STEP = 13;

/** Lanes grow with the most statements one party made on one day, so stacked dots never collide. */
export function laneHeight(dots: readonly TimelineDot[]): number {
	const perDay = new Map<string, number>();
	for (const d of dots) {
		const k = `${d.lane}\u0000${+d.date}`;
		perDay.set(k, (perDay.get(k) ?? 0) + 1);
	}
	return Math.max(52, Math.max(0, ...perDay.values()) * DOT_STEP + 26);
}

export function timelineHeight(dots: readonly TimelineDot[]): number {
	const lanes = new Set(dots.map((d) => d.lane)).size;
	return MARGIN_TOP + MARGIN_BOTTOM + Math.max(1, lanes) * laneHeight(dots);
}

/** The group label of the interactive mark; the component wires its elements. */
export const TIMELINE_TARGETS = 'g.statements > *';

export function timelineSpec(
	dots: TimelineDot[],
	events: TimelineEventMark[],
	width: number,
	palette: Palette
): Plot.PlotOptions {
	const times = [...dots.map((d) => +d.date), ...events.map((e) => +e.date)];
	const lanes = [...new Set(dots.map((d) => d.lane))];
	const domain: [Date, Date] = times.length
		? [new Date(Math.min(...times) - DAY), new Date(Math.max(...times) + DAY)]
		: [new Date(0), new Date(DAY)];
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
		color: { domain: [...QUAD_CLASSES], range: QUAD_CLASSES.map((q) => palette.quad[q]) },
		symbol: { domain: Object.keys(ATTRIBUTION_SYMBOLS), range: Object.values(ATTRIBUTION_SYMBOLS) },
		marks: [
			Plot.frame({ stroke: palette.rule, anchor: 'bottom', ariaHidden: 'true' }),
			Plot.text(lanes, { fy: (d) => d, text: (d) => d, frameAnchor: 'top-left', dy: 6, fill: palette.text, fontWeight: 600, ariaHidden: 'true' }),
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
			Plot.dot(
				dots,
				Plot.dodgeY({
					anchor: 'middle',
					x: 'date',
					fy: 'lane',
					r: 5.5,
					padding: 1.5,
					fill: 'quad',
					symbol: 'attribution',
					stroke: palette.surface,
					strokeWidth: 1,
					className: 'statements'
				})
			)
		]
	};
}

/** The lanes of the parties that spoke most, when there are more than maxLanes; the rest stay in the table. */
export function capLanes(dots: TimelineDot[], maxLanes: number) {
	const counts = new Map<string, number>();
	for (const d of dots) counts.set(d.lane, (counts.get(d.lane) ?? 0) + 1);
	if (counts.size <= maxLanes) return { dots, omittedLanes: 0, omittedDots: 0 };
	const keep = new Set([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxLanes).map(([k]) => k));
	const kept = dots.filter((d) => keep.has(d.lane));
	return { dots: kept, omittedLanes: counts.size - keep.size, omittedDots: dots.length - kept.length };
}
