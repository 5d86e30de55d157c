/**
 * The timeline's model, without Plot: lane sizes, the lanes kept for big data, the elements a reader can
 * focus and what each stands for. The component and the build both read it; only spec.ts needs Plot.
 */
import { formatDate } from '$lib/data/describe';
import type { DatasetIndex } from '$lib/data/queries';
import type { PlotTarget } from '../plot/targets';
import { DOT_STEP, type TimelineDot, type TimelineEventMark } from './events';

export { timelineDots, timelineEvents, type TimelineDot, type TimelineEventMark } from './events';

export const MARGIN_TOP = 28;
export const MARGIN_BOTTOM = 30;
/** At most this many lanes (parties that spoke most); with more, the chart says what it leaves out. */
export const MAX_LANES = 30;

/**
 * Lanes grow with the most statements one party made on one day, so stacked dots never collide. The
 * tallest column is read off the dots' stack offsets (timelineDots centres each column on the lane).
 */
export function laneHeight(dots: readonly TimelineDot[]): number {
	let tallest = 0;
	for (const d of dots) tallest = Math.max(tallest, Math.round((2 * Math.abs(d.stack)) / DOT_STEP) + 1);
	return Math.max(52, tallest * DOT_STEP + 26);
}

export function timelineHeight(dots: readonly TimelineDot[]): number {
	const lanes = new Set(dots.map((d) => d.lane)).size;
	return MARGIN_TOP + MARGIN_BOTTOM + Math.max(1, lanes) * laneHeight(dots);
}

/** The group label of the interactive mark; the component wires its elements. */
export const TIMELINE_TARGETS = 'g.statements > *';

/**
 * Above this many dots the timeline keeps fewer lanes: a few thousand dots no longer read as a timeline,
 * and each is an element to draw and lay out. The table holds every statement.
 */
export const MAX_DOTS = 2000;

/**
 * The lanes of the parties that spoke most: at most maxLanes, and no more than fit in maxDots (the
 * busiest lane is always kept). The rest stay in the table; the counts say what is left out.
 */
export function capLanes(dots: TimelineDot[], maxLanes: number, maxDots = Infinity) {
	const counts = new Map<string, number>();
	for (const d of dots) counts.set(d.lane, (counts.get(d.lane) ?? 0) + 1);
	if (counts.size <= maxLanes && dots.length <= maxDots) return { dots, lanes: counts.size, omittedLanes: 0, omittedDots: 0 };
	const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
	const keep = new Set<string>();
	let kept = 0;
	for (const [lane, n] of ranked) {
		if (keep.size === maxLanes || (keep.size > 0 && kept + n > maxDots)) break;
		keep.add(lane);
		kept += n;
	}
	const shown = kept === dots.length ? dots : dots.filter((d) => keep.has(d.lane));
	return { dots: shown, lanes: keep.size, omittedLanes: counts.size - keep.size, omittedDots: dots.length - shown.length };
}

/** What each dot stands for: its accessible name, card heading and statement. */
export function timelineTargets(index: DatasetIndex, dots: readonly TimelineDot[]): PlotTarget[] {
	return dots.map((d) => ({
		label: `${formatDate(d.statement.date)}, ${d.lane}: ${d.statement.event}. ${d.statement.summary}`,
		heading: `${d.statement.event} · ${d.lane} → ${d.statement.recipients.map((r) => index.actors.get(r)?.name ?? r).join(', ') || '—'}`,
		focus: { kind: 'statement', id: d.statement.id },
		statements: [d.statement]
	}));
}

/** Everything the drawing depends on besides its width, as one string: equal keys, equal drawings. */
export function timelineKey(dots: readonly TimelineDot[], events: readonly TimelineEventMark[]): string {
	const d = dots.map((x) => `${x.statement.id}:${x.statement.date}:${x.lane}:${x.quad}:${x.attribution}:${x.statement.summary}`).join('|');
	const e = events.map((x) => `${x.key}:${+x.date}:${x.scheduled}:${x.titles.join(';')}`).join('|');
	return `${d}#${e}`;
}
