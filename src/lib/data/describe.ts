/** Display-ready text for a statement: what cards, tables and exports show. Text only, never HTML. */
import { QUAD_LABELS, quadOf } from './plover';
import { actorName, type DatasetIndex } from './queries';
import { formatDate } from './format-date';
import { sourceName } from './headline';

export { formatDate };
import { pairKindOf, type PairKind } from './pairs';
import type { Statement } from './types';
import { textSlice } from './source-text';
import { contextOf, voiceOf, type VoicedWords } from './voice';

/** What stands for the recipients of a statement that names none. */
export const NO_RECIPIENT: Record<Exclude<PairKind, 'directed'>, string> = {
	joint: 'no recipient (a joint act)',
	'no-recipient': 'no recipient named'
};

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
	/** How the words read: a quotation only for a direct quote (voice.ts). */
	voice: VoicedWords;
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
	const source = index.sources.get(s.source);
	return {
		id: s.id,
		date: s.date,
		speaker: person?.name ?? (s.attribution === 'outlet' ? 'The outlet' : listNames(index, s.actors)),
		speakerRole: person?.role ?? '',
		actors: listNames(index, s.actors),
		recipients: s.recipients.length ? listNames(index, s.recipients) : NO_RECIPIENT[pairKindOf(s) as Exclude<PairKind, 'directed'>],
		event: s.event,
		quad,
		quadLabel: QUAD_LABELS[quad],
		attribution: s.attribution,
		attributionLabel: ATTRIBUTION_LABELS[s.attribution],
		quote: s.quote,
		voice: voiceOf(s.quote, s.attribution, source ? contextOf((start, end) => textSlice(source, start, end), s.span) : undefined),
		summary: s.summary,
		topics: s.topics.map((t) => index.topics.get(t)?.label ?? t).join(', '),
		sourceTitle: source ? sourceName(source) : s.source
	};
}


/**
 * "6 November 2021" — dates are calendar days, formatted without a time zone shift. Written out rather than
 * with `Intl.DateTimeFormat`, whose first construction loads locale and time-zone data: about 40 ms of main
 * thread on every page load, where the app needs one fixed English format.
 */
/**
 * A statement as a listener can tell it from the others: speaker, date and the quote's first words.
 * For the hidden part of a control's name ("Select …", "Show in source …"); ids mean nothing to a reader.
 */
export function statementRef(v: Pick<StatementView, 'speaker' | 'date' | 'quote' | 'voice'>): string {
	const words = v.voice.words.split(/\s+/).filter(Boolean);
	const first = `${words.slice(0, 6).join(' ')}${words.length > 6 ? ' …' : ''}`;
	return `${v.speaker}, ${formatDate(v.date)}, ${v.voice.quoted ? `“${first}”` : `reported: ${first}`}`;
}

