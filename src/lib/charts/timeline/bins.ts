/**
 * The timeline of a large dataset: statements counted per period (day, week, month or year), speaking
 * party and quad class, instead of one dot each. Pure; no Plot, no DOM. A bin's card lists its statements
 * and can put them in the table (binFilters).
 */
import { QUAD_CLASSES, quadOf, type QuadClass } from '$lib/data/plover';
import type { Filters } from '$lib/data/queries';
import type { Statement } from '$lib/data/types';
import { DAY, utcDay } from './events';

export type Period = 'day' | 'week' | 'month' | 'year';

/** At most about this many periods across the axis: the shortest period that keeps to it. */
export const MAX_PERIODS = 60;

export interface TimelineBin {
	/** Lane, period and quad: the same bin in two drawings has the same key. */
	key: string;
	lane: string;
	quad: QuadClass;
	/** The period's first and last day (YYYY-MM-DD). */
	from: string;
	to: string;
	/** The first and last day a statement of the bin was made. */
	first: string;
	last: string;
	/** The bin's statements, in the dataset's order. */
	statements: Statement[];
	/** Who spoke and who was addressed, each id once, in order of first appearance. */
	actors: string[];
	recipients: string[];
	/** Statements of the same lane and period in the quad classes stacked below this one. */
	below: number;
}

/** The shortest period that puts at most MAX_PERIODS of them between the first and the last day. */
export function binPeriod(first: string, last: string): Period {
	const days = Math.round((+utcDay(last) - +utcDay(first)) / DAY) + 1;
	if (days <= MAX_PERIODS) return 'day';
	if (days <= MAX_PERIODS * 7) return 'week';
	if (days <= MAX_PERIODS * 30) return 'month';
	return 'year';
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The first day of the period a day falls in; weeks start on Monday (ISO 8601). */
export function periodStart(day: string, period: Period): string {
	switch (period) {
		case 'day':
			return day;
		case 'week': {
			const t = +utcDay(day);
			return iso(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY);
		}
		case 'month':
			return `${day.slice(0, 7)}-01`;
		case 'year':
			return `${day.slice(0, 4)}-01-01`;
	}
}

/** The last day of the period that starts on `start`. */
export function periodEnd(start: string, period: Period): string {
	const d = utcDay(start);
	if (period === 'day') return start;
	if (period === 'week') return iso(+d + 6 * DAY);
	if (period === 'month') return iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
	return `${start.slice(0, 4)}-12-31`;
}

const pushOnce = (list: string[], seen: Set<string>, ids: readonly string[]) => {
	for (const id of ids) if (!seen.has(id)) (seen.add(id), list.push(id));
};

/**
 * The statements counted by lane, period and quad class. Bins come lane by lane (in `lanes` order, the
 * others left out), then by period, then in QUAD_CLASSES order, so that each bin's `below` counts the
 * statements stacked under it in its column.
 */
export function timelineBins(
	statements: readonly Statement[],
	laneOf: (s: Statement) => string,
	lanes: readonly string[],
	period: Period
): TimelineBin[] {
	const run = timelineBinsRun(laneOf, period);
	run.add(statements, 0, statements.length);
	return run.finish(lanes);
}

/** timelineBins range by range (binnedTimelineSteps reads a large list a slice at a time): add each range in order, then finish. */
export function timelineBinsRun(laneOf: (s: Statement) => string, period: Period) {
	const starts = new Map<string, string>();
	const quads = new Map<string, QuadClass>();
	type Open = TimelineBin & { seenActors: Set<string>; seenRecipients: Set<string> };
	// lane → period → quad → bin: no key string made per statement.
	const open = new Map<string, Map<string, Map<QuadClass, Open>>>();
	const all: Open[] = [];
	const add = (s: Statement) => {
		let from = starts.get(s.date);
		if (from === undefined) starts.set(s.date, (from = periodStart(s.date, period)));
		let quad = quads.get(s.event);
		if (quad === undefined) quads.set(s.event, (quad = quadOf(s.event)));
		const lane = laneOf(s);
		let periods = open.get(lane);
		if (!periods) open.set(lane, (periods = new Map()));
		let kinds = periods.get(from);
		if (!kinds) periods.set(from, (kinds = new Map()));
		let bin = kinds.get(quad);
		if (!bin) {
			bin = { key: `${lane}\u0000${from}\u0000${quad}`, lane, quad, from, to: periodEnd(from, period), first: s.date, last: s.date, statements: [], actors: [], recipients: [], below: 0, seenActors: new Set(), seenRecipients: new Set() };
			kinds.set(quad, bin);
			all.push(bin);
		}
		bin.statements.push(s);
		if (s.date < bin.first) bin.first = s.date;
		if (s.date > bin.last) bin.last = s.date;
		pushOnce(bin.actors, bin.seenActors, s.actors);
		pushOnce(bin.recipients, bin.seenRecipients, s.recipients);
	};
	const finish = (lanes: readonly string[]): TimelineBin[] => {
		const laneRank = new Map(lanes.map((l, i) => [l, i]));
		const quadRank = new Map(QUAD_CLASSES.map((q, i) => [q, i]));
		const bins = all
			.filter((b) => laneRank.has(b.lane))
			.sort((a, b) => laneRank.get(a.lane)! - laneRank.get(b.lane)! || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0) || quadRank.get(a.quad)! - quadRank.get(b.quad)!);
		const out: TimelineBin[] = [];
		let column = '', below = 0;
		for (const { seenActors: _a, seenRecipients: _r, ...bin } of bins) {
			const at = `${bin.lane}\u0000${bin.from}`;
			if (at !== column) (column = at), (below = 0);
			out.push({ ...bin, below });
			below += bin.statements.length;
		}
		return out;
	};
	return {
		add(statements: readonly Statement[], from: number, to: number) {
			for (let i = from; i < to; i++) add(statements[i]);
		},
		finish
	};
}

/** The most statements in one lane and period: the height of the tallest column. */
export function tallestColumn(bins: readonly TimelineBin[]): number {
	let most = 0;
	for (const b of bins) most = Math.max(most, b.below + b.statements.length);
	return most;
}

/**
 * The filters that put a bin's statements in the table: the filters in view, narrowed to the bin's days,
 * and to its speakers and quad class where no speaker or event is chosen yet (a chosen one already
 * holds the bin's). A statement that more parties made together counts in its own lane, so the table may
 * also list those of the same speakers with others.
 */
export function binFilters(bin: Pick<TimelineBin, 'actors' | 'quad' | 'first' | 'last'>, current: Filters): Filters {
	return {
		...current,
		actors: current.actors.length ? current.actors : [...bin.actors],
		events: current.events.length ? current.events : [bin.quad],
		from: current.from && current.from > bin.first ? current.from : bin.first,
		to: current.to && current.to < bin.last ? current.to : bin.last
	};
}
