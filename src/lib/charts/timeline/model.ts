/**
 * The timeline's model, without Plot: lane sizes, the lanes kept for big data, the elements a reader can
 * focus and what each stands for. The component and the build both read it; only spec.ts needs Plot.
 */
import { extent, max } from 'd3';
import { formatDate } from '$lib/data/describe';
import type { DatasetIndex } from '$lib/data/queries';
import type { PlotTarget } from '../plot/targets';
import { DAY, DOT_STEP, type TimelineDot, type TimelineEventMark } from './events';

export { timelineDots, timelineEvents, type TimelineDot, type TimelineEventMark } from './events';

export const MARGIN_TOP = 28;
export const MARGIN_BOTTOM = 30;
/** At most this many lanes (parties that spoke most); with more, the chart says what it leaves out. */
export const MAX_LANES = 30;

/** Each lane's name sits in a band at its top; the dots and the event rules keep below it. */
export const LABEL_BAND = 20;
export const MARGIN_LEFT = 12;
export const MARGIN_RIGHT = 24;

/** The time axis: the statements' days with a margin of half a day, or 4 % of the span if more. */
export function timelineDomain(dots: readonly TimelineDot[]): [Date, Date] {
	if (!dots.length) return [new Date(0), new Date(DAY)];
	// extent iterates: a million dates spread into Math.min as arguments would exceed the call stack.
	const [first, last] = extent(dots, (d) => +d.date) as [number, number];
	const margin = Math.max(DAY / 2, (last - first) * 0.04);
	return [new Date(first - margin), new Date(last + margin)];
}

/**
 * The time axis's ticks for a chart `width` px wide: at most one per 110 px (two at least). Over a short span
 * they fall on whole days (UTC midnights, every day or every few), so a day is never labelled twice and no
 * label stands for noon; over a long one Plot picks them from the count.
 */
export function timeTicks([from, to]: [Date, Date], width: number): number | Date[] {
	const most = Math.max(2, Math.floor(width / 110));
	const days = (+to - +from) / DAY;
	if (days > 2 * most) return most;
	const step = Math.max(1, Math.ceil(days / most));
	const ticks: Date[] = [];
	for (let t = Math.ceil(+from / DAY) * DAY; t <= +to; t += step * DAY) ticks.push(new Date(t));
	return ticks;
}

/** Whether an event's day is on the axis; one before or after the statements is only listed. */
export function onAxis(e: TimelineEventMark, [from, to]: [Date, Date]): boolean {
	return +e.date >= +from && +e.date <= +to;
}

/** How many dots stand side by side in a day's block: as many as fit in 70 % of a day's width, 1 to 8. */
export function dotsPerRow(dots: readonly TimelineDot[], width: number): number {
	const [from, to] = timelineDomain(dots);
	const dayPx = ((width - MARGIN_LEFT - MARGIN_RIGHT) * DAY) / (+to - +from);
	return Math.max(1, Math.min(8, Math.floor((dayPx * 0.7) / DOT_STEP)));
}

/** Rows of the tallest block: the statements one party made on one day, `perRow` to a row. */
function tallestBlock(dots: readonly TimelineDot[], perRow: number): number {
	const perDay = new Map<string, number>();
	for (const d of dots) {
		const key = `${d.lane}\u0000${+d.date}`;
		perDay.set(key, (perDay.get(key) ?? 0) + 1);
	}
	return Math.ceil(Math.max(1, max(perDay.values()) ?? 1) / perRow);
}

/** A lane: its name's band, then its tallest block of dots, with room above and below. */
export function laneHeight(dots: readonly TimelineDot[], perRow = 1): number {
	return LABEL_BAND + tallestBlock(dots, perRow) * DOT_STEP + 14;
}

/** The chart's height at a width: as tall as its lanes need there, no taller. */
export function timelineHeight(dots: readonly TimelineDot[], width = 640): number {
	const lanes = new Set(dots.map((d) => d.lane)).size;
	return MARGIN_TOP + MARGIN_BOTTOM + Math.max(1, lanes) * laneHeight(dots, dotsPerRow(dots, width));
}

/**
 * Where each dot stands in its lane: the statements of one party on one day in a block of rows, `perRow`
 * to a row, in the dataset's order, centred on the day and below the lane's name. `dx` in pixels across,
 * `dy` in pixels down from the lane's middle.
 */
export function blockOffsets(dots: readonly TimelineDot[], perRow: number): { dx: number; dy: number }[] {
	const blocks = new Map<string, number[]>();
	dots.forEach((d, i) => {
		const key = `${d.lane}\u0000${+d.date}`;
		blocks.set(key, [...(blocks.get(key) ?? []), i]);
	});
	const out: { dx: number; dy: number }[] = dots.map(() => ({ dx: 0, dy: 0 }));
	for (const members of blocks.values()) {
		const rows = Math.ceil(members.length / perRow);
		members.forEach((i, k) => {
			const row = Math.floor(k / perRow);
			const inRow = Math.min(perRow, members.length - row * perRow);
			out[i] = { dx: (k % perRow - (inRow - 1) / 2) * DOT_STEP, dy: LABEL_BAND / 2 + (row - (rows - 1) / 2) * DOT_STEP };
		});
	}
	return out;
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

