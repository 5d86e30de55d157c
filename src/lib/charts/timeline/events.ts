/** Timeline data: statements as dots by day and speaking party, events keyed A, B, C… Pure; no Plot. */
import { byCodeUnit } from '$lib/data/compare';
import { listNames } from '$lib/data/describe';
import { quadOf, type QuadClass } from '$lib/data/plover';
import type { DatasetIndex } from '$lib/data/queries';
import type { Attribution, DiplomaticEvent, Statement } from '$lib/data/types';

export const ATTRIBUTION_SYMBOLS: Record<Attribution, string> = { quote: 'circle', paraphrase: 'square', outlet: 'diamond' };

export interface TimelineDot {
	statement: Statement;
	date: Date;
	lane: string;
	quad: QuadClass;
	attribution: Attribution;
}

/** Distance between the centres of neighbouring dots. */
export const DOT_STEP = 13;

export interface TimelineEventMark {
	/** "A", "B", …: the key that ties a rule to the list of events under the chart. */
	key: string;
	date: Date;
	titles: string[];
	scheduled: boolean;
}

export const DAY = 86_400_000;
export const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function timelineDots(index: DatasetIndex, statements: readonly Statement[]): TimelineDot[] {
	return statements.map((s) => ({
		statement: s,
		date: utcDay(s.date),
		lane: listNames(index, s.actors),
		quad: quadOf(s.event),
		attribution: s.attribution
	}));
}

/** Events of the same day share one rule and one label. */
export function timelineEvents(events: readonly DiplomaticEvent[]): TimelineEventMark[] {
	const byDay = new Map<string, DiplomaticEvent[]>();
	for (const e of events) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e]);
	return [...byDay]
		.sort(([a], [b]) => byCodeUnit(a, b))
		.map(([day, list], i) => ({
			key: String.fromCharCode(65 + (i % 26)),
			date: utcDay(day),
			scheduled: list.every((e) => e.status === 'scheduled'),
			titles: list.map((e) => (e.status === 'scheduled' ? `${e.title} (scheduled)` : e.title))
		}));
}
