/**
 * Run-time validation of a dataset: first its shape (valibot), then what a shape cannot say
 * (ids that must exist, spans that must match their quotes, dates that must be real).
 * `validateDataset` never throws: every problem comes back as an issue that names its path.
 */
import * as v from 'valibot';
import { pairingIssues } from './pairs';
import { PLOVER_EVENTS } from './plover';
import { memberCycles } from './member-cycles';
import { PUBLICATION_LIMITS, safeLink } from './publication';
import type { Dataset } from './types';

function isCalendarDate(value: string): boolean {
	const [y, m, d] = value.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const IsoDate = v.pipe(
	v.string(),
	v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
	v.check(isCalendarDate, 'a real calendar date')
);
const Id = v.pipe(v.string(), v.nonEmpty('a non-empty id'));
const Ids = v.array(Id);
const Text = v.string();
const Index = v.pipe(v.number(), v.integer('a whole number'), v.minValue(0, 'a number ≥ 0'));

export const SourceSchema = v.object({
	id: Id,
	title: Text,
	outlet: v.nullable(Text),
	dateline: Text,
	published: IsoDate,
	language: v.pipe(v.string(), v.nonEmpty('a language tag such as "en"')),
	url: v.nullable(Text),
	text: Text
});

export const AnchorSchema = v.object({
	lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
	lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
	place: Text
});

export const ActorSchema = v.object({
	id: Id,
	name: v.pipe(v.string(), v.nonEmpty('a name')),
	kind: v.picklist(['state', 'organization', 'group', 'media']),
	iso3: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'three capital letters (ISO 3166-1 alpha-3)'))),
	m49: v.optional(v.pipe(v.string(), v.regex(/^\d{3}$/, 'three digits (ISO 3166-1 numeric)'))),
	members: v.optional(Ids),
	anchor: v.optional(AnchorSchema)
});

export const PersonSchema = v.object({ id: Id, name: Text, role: Text, actor: Id });
export const TopicSchema = v.object({ id: Id, label: Text });

export const EventSchema = v.object({
	id: Id,
	date: IsoDate,
	title: Text,
	kind: v.pipe(v.string(), v.nonEmpty('a kind such as "call"')),
	status: v.optional(v.picklist(['held', 'scheduled'])),
	actors: Ids,
	source: Id
});

export const StatementSchema = v.object({
	id: Id,
	date: IsoDate,
	source: Id,
	span: v.object({ start: Index, end: Index }),
	quote: Text,
	actors: v.pipe(Ids, v.minLength(1, 'at least one actor')),
	recipients: Ids,
	speaker: v.optional(Id),
	event: v.picklist(PLOVER_EVENTS, `one of the PLOVER event types (${PLOVER_EVENTS.join(', ')})`),
	mode: v.optional(v.string()),
	topics: Ids,
	attribution: v.picklist(['quote', 'paraphrase', 'outlet']),
	summary: Text,
	occasion: v.optional(Id)
});

const Words = (max: number) => v.pipe(v.string(), v.maxLength(max, `text of at most ${max} characters`));
export const PublicationSchema = v.object({
	title: v.optional(Words(PUBLICATION_LIMITS.title)),
	subtitle: v.optional(Words(PUBLICATION_LIMITS.subtitle)),
	notes: v.optional(v.pipe(v.array(Words(PUBLICATION_LIMITS.note)), v.maxLength(PUBLICATION_LIMITS.notes, `at most ${PUBLICATION_LIMITS.notes} notes`))),
	credit: v.optional(Words(PUBLICATION_LIMITS.credit)),
	creditUrl: v.optional(v.pipe(v.string(), v.check((url) => safeLink(url) !== undefined, 'an http(s) address')))
});

export const DatasetSchema = v.object({
	schemaVersion: v.literal(1, 'schemaVersion 1'),
	sources: v.array(SourceSchema),
	actors: v.array(ActorSchema),
	people: v.array(PersonSchema),
	topics: v.array(TopicSchema),
	events: v.array(EventSchema),
	statements: v.array(StatementSchema),
	publication: v.optional(PublicationSchema)
});

// The hand-written contract in types.ts and the schema must describe the same data.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractMatchesSchema: Same<v.InferOutput<typeof DatasetSchema>, Dataset> = true;
void contractMatchesSchema;

export interface ValidationIssue {
	/** Where the problem is, e.g. `statements[3].recipients[0]`; "" for the whole document. */
	path: string;
	message: string;
	expected?: string;
	received?: string;
	/** Where the input came from a file: its line (JSONL) or row (CSV), 1-based. */
	line?: number;
	row?: number;
}

export type ValidationResult =
	| { ok: true; dataset: Dataset; errors: []; warnings: ValidationIssue[] }
	| { ok: false; errors: ValidationIssue[]; warnings: ValidationIssue[] };

type PathItem = { key?: unknown };

export function formatPath(path: readonly PathItem[] | undefined): string {
	let out = '';
	for (const item of path ?? []) {
		const key = item.key;
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out;
}

function fromValibot(issue: v.BaseIssue<unknown>): ValidationIssue {
	const path = formatPath(issue.path as PathItem[] | undefined);
	const expected = issue.expected ?? undefined;
	const received = issue.received;
	if (received === 'undefined' && issue.kind === 'schema')
		return { path, message: `${path}: required field is missing`, expected: expected ?? undefined, received };
	const wanted = issue.message.startsWith('Invalid') ? expected : issue.message;
	return {
		path,
		message: `${path || 'the file'}: expected ${wanted ?? 'a valid value'}, found ${received}`,
		expected: wanted ?? undefined,
		received
	};
}

/** The fields every dataset has (`publication` is optional). */
const DATASET_FIELDS = Object.entries(DatasetSchema.entries).filter(([, schema]) => schema.type !== 'optional').map(([key]) => key);
const LISTS = ['sources', 'actors', 'people', 'topics', 'events', 'statements'] as const;
/** "an object with schemaVersion, sources, …": what a whole dataset is, for a file that holds something else. */
export const DATASET_OBJECT = `an object with ${DATASET_FIELDS.slice(0, -1).join(', ')} and ${DATASET_FIELDS[DATASET_FIELDS.length - 1]}`;

function kindOf(value: unknown): string {
	if (Array.isArray(value)) return `an array (${value.length} item${value.length === 1 ? '' : 's'})`;
	if (value === null) return 'null';
	if (typeof value === 'string') return 'a string';
	if (typeof value === 'number') return `the number ${value}`;
	if (typeof value === 'boolean') return String(value);
	return typeof value;
}

/** Shape first; then references, spans and dates. Never throws. */
export function validateDataset(input: unknown, today = new Date()): ValidationResult {
	try {
		// Something that is not a dataset at all gets one error, not one per missing field (an array passes
		// for an object in the schema's eyes and would list all seven).
		if (typeof input !== 'object' || input === null || Array.isArray(input)) {
			const received = kindOf(input);
			return { ok: false, errors: [{ path: '', message: `the file: expected ${DATASET_OBJECT}, found ${received}`, expected: DATASET_OBJECT, received }], warnings: [] };
		}
		const parsed = v.safeParse(DatasetSchema, input, { abortEarly: false });
		if (!parsed.success) {
			// Every error in one pass: where the six lists are lists, the checks of references, spans and
			// dates still run on the items whose shape is right (a bad date and an unknown actor both show).
			const errors = parsed.issues.map(fromValibot);
			const d = input as Record<string, unknown>;
			if (!LISTS.every((name) => Array.isArray(d[name]))) return { ok: false, errors, warnings: [] };
			const malformed = new Set(errors.map((e) => /^(\w+\[\d+\])/.exec(e.path)?.[1]).filter((x): x is string => !!x));
			const more = checkConsistency(input as Dataset, today, malformed);
			return { ok: false, errors: [...errors, ...more.errors], warnings: more.warnings };
		}
		const dataset = parsed.output as Dataset;
		const { errors, warnings } = checkConsistency(dataset, today);
		return errors.length ? { ok: false, errors, warnings } : { ok: true, dataset, errors: [], warnings };
	} catch (error) {
		return {
			ok: false,
			errors: [{ path: '', message: `the file could not be read: ${String(error)}` }],
			warnings: []
		};
	}
}

function show(value: unknown): string {
	return JSON.stringify(value) ?? String(value);
}

/**
 * The checks a schema cannot express. Assumes the shape is valid, except for the items named in
 * `malformed` ("statements[3]"), whose own checks are skipped (their shape errors say what is wrong) and
 * which count as known ids only where their id is a string.
 */
export function checkConsistency(
	dataset: Dataset,
	today = new Date(),
	malformed: ReadonlySet<string> = new Set()
): { errors: ValidationIssue[]; warnings: ValidationIssue[] } {
	const ok = (list: string, i: number) => !malformed.has(`${list}[${i}]`);
	const errors: ValidationIssue[] = [];
	const warnings: ValidationIssue[] = [];
	const error = (path: string, message: string, expected?: string, received?: string) =>
		errors.push({ path, message: `${path}: ${message}`, expected, received });
	const warn = (path: string, message: string) => warnings.push({ path, message: `${path}: ${message}` });

	const index = <T extends { id: string }>(list: T[], name: string) => {
		const map = new Map<string, T>();
		list.forEach((item, i) => {
			if (typeof item?.id !== 'string') return;
			if (map.has(item.id)) error(`${name}[${i}].id`, `duplicate id ${show(item.id)}`, 'an id used once', show(item.id));
			else map.set(item.id, item);
		});
		return map;
	};
	const sources = index(dataset.sources, 'sources');
	const actors = index(dataset.actors, 'actors');
	const people = index(dataset.people, 'people');
	const topics = index(dataset.topics, 'topics');
	const events = index(dataset.events, 'events');
	index(dataset.statements, 'statements');

	const mustExist = (map: Map<string, unknown>, id: string, path: string, what: string) => {
		if (!map.has(id)) error(path, `${show(id)} is not a known ${what}`, `an id from ${what}s`, show(id));
	};
	const todayIso = today.toISOString().slice(0, 10);

	dataset.actors.forEach((actor, i) => {
		if (!ok('actors', i)) return;
		actor.members?.forEach((m, j) => mustExist(actors, m, `actors[${i}].members[${j}]`, 'actor'));
		if (actor.kind === 'group' && !actor.members?.length) warn(`actors[${i}].members`, 'a group with no members');
		if (actor.kind === 'state' && !actor.m49) warn(`actors[${i}].m49`, `state ${show(actor.id)} has no numeric country code, so the map cannot fill it`);
		// A group with no seat of its own is drawn on the map as an outline of its member states.
		const outlined = actor.kind === 'group' && actor.members?.some((m) => actors.get(m)?.m49);
		if (!actor.anchor && !outlined) warn(`actors[${i}].anchor`, `${show(actor.id)} has no anchor point, so the map cannot place it`);
	});
	// Over the well-formed actors only (a malformed one is reported already), by their place in the file.
	const wellFormed = dataset.actors.map((a, i) => (ok('actors', i) && a && typeof a.id === 'string' ? a : { id: `\u0000${i}` }));
	for (const { index: i, path } of memberCycles(wellFormed))
		warn(`actors[${i}].members`, `group ${path.map(show).join(' → ')}: a group cannot contain itself; its members are read as given`);
	dataset.people.forEach((p, i) => ok('people', i) && mustExist(actors, p.actor, `people[${i}].actor`, 'actor'));
	dataset.events.forEach((e, i) => {
		if (!ok('events', i)) return;
		e.actors.forEach((a, j) => mustExist(actors, a, `events[${i}].actors[${j}]`, 'actor'));
		mustExist(sources, e.source, `events[${i}].source`, 'source');
	});
	dataset.sources.forEach((s, i) => {
		if (ok('sources', i) && s.published > todayIso) warn(`sources[${i}].published`, `${s.published} is in the future`);
	});

	dataset.statements.forEach((s, i) => {
		if (!ok('statements', i)) return;
		const at = `statements[${i}]`;
		s.actors.forEach((a, j) => mustExist(actors, a, `${at}.actors[${j}]`, 'actor'));
		s.recipients.forEach((r, j) => mustExist(actors, r, `${at}.recipients[${j}]`, 'actor'));
		for (const issue of pairingIssues(s)) error(`${at}.${issue.field}`, issue.message, issue.expected, issue.received);
		s.topics.forEach((t, j) => mustExist(topics, t, `${at}.topics[${j}]`, 'topic'));
		if (s.occasion !== undefined) mustExist(events, s.occasion, `${at}.occasion`, 'event');
		if (s.speaker !== undefined) {
			const person = people.get(s.speaker);
			if (!person) mustExist(people, s.speaker, `${at}.speaker`, 'person');
			else if (!s.actors.includes(person.actor))
				error(`${at}.speaker`, `${show(s.speaker)} speaks for ${show(person.actor)}, which is not among the statement's actors`, `a person of one of ${show(s.actors)}`, show(person.actor));
		}
		if (s.date > todayIso) warn(`${at}.date`, `${s.date} is in the future`);
		const source = sources.get(s.source);
		if (!source) {
			mustExist(sources, s.source, `${at}.source`, 'source');
			return;
		}
		if (typeof source.text !== 'string') return; // a malformed source: its own error says so
		const { start, end } = s.span;
		if (start >= end || end > source.text.length) {
			error(`${at}.span`, `span ${start}–${end} is not inside the source text (length ${source.text.length})`, `0 ≤ start < end ≤ ${source.text.length}`, `${start}–${end}`);
			return;
		}
		const slice = source.text.slice(start, end);
		if (slice !== s.quote) {
			const found = source.text.indexOf(s.quote);
			const hint = found >= 0 ? ` (the quote is found at ${found}–${found + s.quote.length})` : ' (the quote is not found in the source text)';
			error(`${at}.quote`, `does not match the source text at span ${start}–${end}${hint}`, show(slice), show(s.quote));
		}
	});
	return { errors, warnings };
}
