/**
 * The timeline of a large dataset as the chart draws it: bins in the lanes of the parties that spoke most,
 * their axis, height, cards and drawing key. Loaded only when a large dataset opens (the built-in data and
 * the embeds never need it). Pure; no Plot.
 */
import { formatDate, listNames } from '$lib/data/describe';
import { QUAD_LABELS } from '$lib/data/plover';
import type { DatasetIndex } from '$lib/data/queries';
import type { Statement } from '$lib/data/types';
import type { PlotTarget } from '../plot/targets';
import { STEP } from '$lib/data/passes';
import { finishSteps } from '$lib/state/sliced-steps';
import { statementsFocus } from '$lib/state/focus';
import { binPeriod, timelineBinsRun, type TimelineBin } from './bins';
import { DAY, utcDay, type TimelineEventMark } from './events';
import { LABEL_BAND, MARGIN_BOTTOM, MARGIN_TOP, MAX_LANES } from './model';

export { binFilters, tallestColumn, type TimelineBin } from './bins';

/** The height of the tallest column of bins, in pixels. */
export const BIN_BAR = 56;

/** A lane of bins: its name's band, then the columns, with room below. */
export const binLaneHeight = () => LABEL_BAND + BIN_BAR + 14;

/** The binned chart's height: its lanes, at any width. */
export const binnedHeight = (lanes: number) => MARGIN_TOP + MARGIN_BOTTOM + Math.max(1, lanes) * binLaneHeight();

export interface BinnedTimeline {
	bins: TimelineBin[];
	/** The lanes drawn: the parties that spoke most, at most MAX_LANES. */
	lanes: string[];
	omittedLanes: number;
	omittedStatements: number;
	/** The first and last day a statement was made ("" for none). */
	first: string;
	last: string;
}

/** The statements counted per period and lane, in the MAX_LANES lanes of the parties that spoke most. */
export function binnedTimeline(index: DatasetIndex, statements: readonly Statement[]): BinnedTimeline {
	return finishSteps(binnedTimelineSteps(index, statements));
}

/**
 * binnedTimeline, pausing (a `yield`) after each STEP statements of its two passes: a large list can be
 * read a slice per task (state/sliced-steps.ts, stepsInSlices), or all at once (finishSteps).
 */
export function* binnedTimelineSteps(index: DatasetIndex, statements: readonly Statement[]): Generator<void, BinnedTimeline> {
	const names = new Map<string, string>();
	const laneOf = (s: Statement) => {
		const ids = s.actors.length === 1 ? s.actors[0] : s.actors.join('\u0000');
		let name = names.get(ids);
		if (name === undefined) names.set(ids, (name = listNames(index, s.actors)));
		return name;
	};
	// One pass for the lanes' sizes and the first and last day (ISO dates compare as text).
	const counts = new Map<string, number>();
	let first = '', last = '';
	for (let from = 0; from < statements.length; from += STEP) {
		for (let i = from, to = Math.min(statements.length, from + STEP); i < to; i++) {
			const s = statements[i];
			const lane = laneOf(s);
			counts.set(lane, (counts.get(lane) ?? 0) + 1);
			if (!first || s.date < first) first = s.date;
			if (s.date > last) last = s.date;
		}
		yield;
	}
	const lanes = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_LANES).map(([l]) => l);
	let bins: TimelineBin[] = [];
	if (statements.length) {
		const run = timelineBinsRun(laneOf, binPeriod(first, last));
		for (let from = 0; from < statements.length; from += STEP) {
			run.add(statements, from, Math.min(statements.length, from + STEP));
			yield;
		}
		bins = run.finish(lanes);
	}
	const kept = lanes.reduce((n, l) => n + counts.get(l)!, 0);
	return { bins, lanes, omittedLanes: counts.size - lanes.length, omittedStatements: statements.length - kept, first, last };
}

/** The time axis of bins: their periods, with a margin of half a day or 2 % of the span. */
export function binDomain(bins: readonly TimelineBin[]): [Date, Date] {
	if (!bins.length) return [new Date(0), new Date(DAY)];
	let first = bins[0].from, last = bins[0].to;
	for (const b of bins) {
		if (b.from < first) first = b.from;
		if (b.to > last) last = b.to;
	}
	const from = +utcDay(first), to = +utcDay(last) + DAY;
	const margin = Math.max(DAY / 2, (to - from) * 0.02);
	return [new Date(from - margin), new Date(to + margin)];
}

/** "3 Mar 2021" or "1 Mar 2021 – 7 Mar 2021". */
const dayOrRange = (first: string, last: string) => (first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`);

/** Up to `most` names, and how many more. */
function someNames(index: DatasetIndex, ids: readonly string[], most = 4): string {
	if (!ids.length) return '—';
	const named = listNames(index, ids.slice(0, most));
	return ids.length > most ? `${named} and ${ids.length - most} more` : named;
}

/** What each bin stands for: how many statements, of which kind, from whom to whom, and when. */
export function binTargets(index: DatasetIndex, bins: readonly TimelineBin[]): PlotTarget[] {
	return bins.map((b) => {
		const n = b.statements.length;
		const count = `${n.toLocaleString('en')} ${n === 1 ? 'statement' : 'statements'}`;
		const when = dayOrRange(b.first, b.last);
		const to = someNames(index, b.recipients);
		return {
			label: `${when}, ${b.lane}: ${count}, ${QUAD_LABELS[b.quad].toLowerCase()}, to ${to}.`,
			heading: `${count} · ${someNames(index, b.actors)} → ${to}`,
			summary: `${QUAD_LABELS[b.quad]} · ${when}`,
			focus: statementsFocus(b.key, b.statements),
			statements: b.statements
		};
	});
}

/** binTargets' timelineKey: what a drawing of bins depends on besides its width. */
export function binKey(bins: readonly TimelineBin[], events: readonly TimelineEventMark[]): string {
	const d = bins.map((b) => `${b.key}:${b.statements.length}:${b.statements[0].id}`).join('|');
	const e = events.map((x) => `${x.key}:${+x.date}:${x.scheduled}:${x.titles.join(';')}`).join('|');
	return `bins#${d}#${e}`;
}
