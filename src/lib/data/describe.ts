/** Display-ready text for a statement: what cards, tables and exports show. Text only, never HTML. */
import { QUAD_LABELS, quadOf } from './plover';
import { actorName, type DatasetIndex } from './queries';
import type { Statement } from './types';

export interface StatementView {
	id: string;
	date: string;
	speaker: string;
	speakerRole: string;
	actors: string;
	recipients: string;
	event: Statement['event'];
	quad: ReturnType<typeof quadOf>;
	quadLabel: string;
	attribution: Statement['attribution'];
	attributionLabel: string;
	quote: string;
	summary: string;
	topics: string;
	sourceTitle: string;
}

export const ATTRIBUTION_LABELS: Record<Statement['attribution'], string> = {
	quote: 'Direct quote',
	paraphrase: 'Reported speech',
	outlet: 'The outlet’s own voice'
};

export function listNames(index: DatasetIndex, ids: readonly string[]): string {
	return ids.map((id) => actorName(index, id)).join(', ');
}

export function describeStatement(index: DatasetIndex, s: Statement): StatementView {
	const person = s.speaker ? index.people.get(s.speaker) : undefined;
	const quad = quadOf(s.event);
	return {
		id: s.id,
		date: s.date,
		speaker: person?.name ?? (s.attribution === 'outlet' ? 'The outlet' : listNames(index, s.actors)),
		speakerRole: person?.role ?? '',
		actors: listNames(index, s.actors),
		recipients: s.recipients.length ? listNames(index, s.recipients) : '—',
		event: s.event,
		quad,
		quadLabel: QUAD_LABELS[quad],
		attribution: s.attribution,
		attributionLabel: ATTRIBUTION_LABELS[s.attribution],
		quote: s.quote,
		summary: s.summary,
		topics: s.topics.map((t) => index.topics.get(t)?.label ?? t).join(', '),
		sourceTitle: index.sources.get(s.source)?.title ?? s.source
	};
}

/** One formatter for every date: `toLocaleDateString` builds a new one per call (~ms each, slow on hover). */
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "6 November 2021" — dates are calendar days, formatted without a time zone shift. */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	if (!y || !m || !d) return iso;
	return DATE_FORMAT.format(new Date(Date.UTC(y, m - 1, d)));
}
