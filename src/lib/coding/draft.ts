/**
 * From the coding form to a statement: the draft names actors, speaker and topics by what the coder picked
 * (country codes, defined organisations, a person's name, topic labels); `statementFromDraft` makes the
 * statement and the new actors, person and topics it brings, then checks the whole dataset with the
 * importer's validator (data/schema.ts) and says, per form field, what is missing or wrong.
 */
import { validateDataset, type ValidationIssue } from '$lib/data/schema';
import type { Actor, Attribution, Dataset, Person, PloverEvent, Span, Statement, Topic } from '$lib/data/types';
import type { CountryEntry } from './country-table';
import { articleOf, idFrom, nextStatementId, reduce, type Action } from './session';

export interface SpeakerDraft {
	name: string;
	role: string;
	/** The actor the person speaks for (an id). */
	actor: string;
}

export interface StatementDraft {
	span: Span | null;
	speaker: SpeakerDraft | null;
	actors: string[];
	recipients: string[];
	event: PloverEvent | '';
	mode: string;
	/** Topic labels, new or existing. */
	topics: string[];
	attribution: Attribution | '';
	date: string;
	summary: string;
}

export function emptyDraft(date = ''): StatementDraft {
	return { span: null, speaker: null, actors: [], recipients: [], event: '', mode: '', topics: [], attribution: '', date, summary: '' };
}

/** A state actor from the code table: ISO codes, and the map's point for it. */
export function countryActor(c: CountryEntry): Actor {
	return { id: c.iso3, name: c.name, kind: 'state', iso3: c.iso3, m49: c.m49, ...(c.point ? { anchor: { ...c.point, place: c.name } } : {}) };
}

/**
 * The actor an id stands for: one of the dataset's, a country of the table not used yet, or a party of the
 * dataset open in the notebook (`open`, by id).
 */
export function resolveActor(d: Dataset, countries: ReadonlyMap<string, CountryEntry>, id: string, open: ReadonlyMap<string, Actor> = new Map()): Actor | undefined {
	const own = d.actors.find((a) => a.id === id);
	if (own) return own;
	const c = countries.get(id);
	return c ? countryActor(c) : open.get(id);
}

export interface FieldIssue {
	/** The form field's label: "Actors", "Event type", "Published". */
	field: string;
	message: string;
}

const STATEMENT_FIELDS: Record<string, string> = {
	actors: 'Actors',
	recipients: 'Recipients',
	event: 'Event type',
	date: 'Date',
	speaker: 'Speaker',
	span: 'Selection',
	quote: 'Selection',
	attribution: 'Attribution',
	topics: 'Topics',
	summary: 'Summary',
	mode: 'Mode'
};
const ARTICLE_FIELDS: Record<string, string> = {
	text: 'Article text',
	title: 'Title',
	outlet: 'Outlet',
	dateline: 'Dateline',
	published: 'Published',
	url: 'URL',
	language: 'Language'
};

/** The form field an issue of the candidate dataset belongs to; what it says, without its path. */
function fieldIssue(issue: ValidationIssue, statementIndex: number): FieldIssue | null {
	const said = issue.message.startsWith(`${issue.path}: `) ? issue.message.slice(issue.path.length + 2) : issue.message;
	const st = new RegExp(`^statements\\[${statementIndex}\\]\\.(\\w+)`).exec(issue.path);
	if (st) return { field: STATEMENT_FIELDS[st[1]] ?? st[1], message: said };
	const src = /^sources\[0\]\.(\w+)/.exec(issue.path);
	if (src) return { field: ARTICLE_FIELDS[src[1]] ?? src[1], message: `the article’s ${(ARTICLE_FIELDS[src[1]] ?? src[1]).toLowerCase()}: ${said}` };
	if (/^people\[/.test(issue.path)) return { field: 'Speaker', message: said };
	if (/^(actors|topics)\[/.test(issue.path)) return { field: issue.path.startsWith('actors') ? 'Actors' : 'Topics', message: said };
	return null;
}

export type DraftResult =
	| { ok: true; action: Extract<Action, { type: 'add-statement' }>; statement: Statement }
	| { ok: false; issues: FieldIssue[] };

/**
 * The statement a draft makes in dataset `d`, validated as the importer validates a file. `open`: the
 * parties of the dataset open in the notebook, by id (one the draft names comes with its members).
 */
export function statementFromDraft(d: Dataset, countries: ReadonlyMap<string, CountryEntry>, draft: StatementDraft, today = new Date(), open: ReadonlyMap<string, Actor> = new Map()): DraftResult {
	const article = articleOf(d);
	const pre: FieldIssue[] = [];
	if (!draft.span) pre.push({ field: 'Selection', message: 'select a sentence of the article first (click it, or focus it and press Enter)' });
	if (!article.text.trim()) pre.push({ field: 'Article text', message: 'paste the article first' });
	if (!draft.summary.trim()) pre.push({ field: 'Summary', message: 'one line in your words is required' });
	if (draft.speaker && !draft.speaker.name.trim()) pre.push({ field: 'Speaker', message: 'a speaker needs a name (or choose no speaker)' });
	if (draft.speaker?.name.trim() && !draft.speaker.actor) pre.push({ field: 'Speaker', message: 'choose whom the speaker speaks for: one of the actors' });
	if (pre.some((p) => p.field === 'Selection' || p.field === 'Article text')) return { ok: false, issues: pre };
	const span = draft.span!;

	const newActors: Actor[] = [];
	const known = new Set(d.actors.map((a) => a.id));
	const wanted = [...draft.actors, ...draft.recipients, ...(draft.speaker ? [draft.speaker.actor] : [])];
	for (let i = 0; i < wanted.length; i++) {
		const id = wanted[i];
		if (known.has(id)) continue;
		const a = resolveActor(d, countries, id, open);
		if (a) {
			newActors.push(a);
			known.add(id);
			// A group from the open dataset brings its members (the file names them as its actors).
			for (const m of a.members ?? []) wanted.push(m);
		}
	}

	let speaker: string | undefined;
	const people: Person[] = [];
	if (draft.speaker?.name.trim()) {
		const name = draft.speaker.name.trim();
		const same = d.people.find((p) => p.name === name && p.actor === draft.speaker!.actor);
		if (same && same.role === draft.speaker.role.trim()) speaker = same.id;
		else {
			speaker = idFrom(name, new Set(d.people.map((p) => p.id)));
			people.push({ id: speaker, name, role: draft.speaker.role.trim(), actor: draft.speaker.actor });
		}
	}

	const topics: Topic[] = [];
	const topicIds: string[] = [];
	const topicTaken = new Set(d.topics.map((t) => t.id));
	for (const label of draft.topics.map((t) => t.trim()).filter(Boolean)) {
		const same = [...d.topics, ...topics].find((t) => t.label.toLowerCase() === label.toLowerCase());
		if (same) {
			if (!topicIds.includes(same.id)) topicIds.push(same.id);
			continue;
		}
		const id = idFrom(label, topicTaken);
		topicTaken.add(id);
		topics.push({ id, label });
		topicIds.push(id);
	}

	const statement: Statement = {
		id: nextStatementId(d),
		date: draft.date,
		source: article.id,
		span: { ...span },
		quote: article.text.slice(span.start, span.end),
		actors: [...draft.actors],
		recipients: [...draft.recipients],
		...(speaker ? { speaker } : {}),
		event: draft.event as PloverEvent,
		...(draft.mode.trim() ? { mode: draft.mode.trim() } : {}),
		topics: topicIds,
		attribution: draft.attribution as Attribution,
		summary: draft.summary.trim()
	};
	const action = { type: 'add-statement' as const, statement, actors: newActors, people, topics };
	const candidate = reduce(d, action);
	const result = validateDataset(candidate, today);
	const index = candidate.statements.length - 1;
	// A field the form's own check already explains is not explained again in the schema's words.
	const explained = new Set(pre.map((p) => p.field));
	const issues = [...pre, ...result.errors.map((e) => fieldIssue(e, index)).filter((x): x is FieldIssue => !!x && !explained.has(x.field))];
	// One line per field and message.
	const seen = new Set<string>();
	const unique = issues.filter((i) => !seen.has(`${i.field}|${i.message}`) && (seen.add(`${i.field}|${i.message}`), true));
	return unique.length ? { ok: false, issues: unique } : { ok: true, action, statement };
}
