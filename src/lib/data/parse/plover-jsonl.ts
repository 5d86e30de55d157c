/**
 * PLOVER JSONL (one record per line) → a dataset. Reads our `/data/plover.jsonl` and records as the
 * PLOVER 2.0 manual describes them: id, date, actor, recipient, event, mode, context, text, text_info,
 * cite_info; location, version and any other field are ignored. Optional fields may be missing:
 * recipient (→ none), mode, context (a list or a ";"/","-separated string), text_info and cite_info.
 * Required: date, actor, event (one of the 16 PLOVER types) and text (the sentence coded).
 */
import { LIST_SEPARATOR } from '$lib/export/csv';
import { PLOVER_EVENTS } from '../plover';
import { validateDataset, type ValidationIssue } from '../schema';
import { assembleDataset, isCountryCode, type DraftStatement, type SourceMeta } from './assemble';
import { failed, issueWhat, makeIssue, shown, type FileIssue, type ParseResult } from './issues';
import { findJsonSyntaxError } from './json-syntax';
import { mergeIssues, summariseAnchorWarnings } from './locate-issues';

type Loose = Record<string, unknown>;
const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);

const FIELD_OF: Record<string, string> = {
	id: 'id',
	date: 'date',
	source: 'text_info.source',
	span: 'text',
	quote: 'text',
	actors: 'actor',
	recipients: 'recipient',
	speaker: 'text_info.speaker',
	event: 'event',
	mode: 'mode',
	topics: 'context',
	attribution: 'text_info.attribution',
	summary: 'text_info.summary',
	occasion: 'text_info.occasion'
};

function codes(value: unknown): string[] | undefined {
	if (value === undefined || value === null || value === '') return [];
	if (typeof value === 'string') return value.split(LIST_SEPARATOR).map((x) => x.trim()).filter(Boolean);
	if (Array.isArray(value) && value.every((x) => typeof x === 'string')) return value.map((x) => x.trim()).filter(Boolean);
	return undefined;
}

function contextList(value: unknown): string[] | undefined {
	if (value === undefined || value === null || value === '') return [];
	if (typeof value === 'string') return value.split(/[;,]/).map((x) => x.trim()).filter(Boolean);
	if (Array.isArray(value) && value.every((x) => typeof x === 'string')) return value.map((x) => x.trim()).filter(Boolean);
	return undefined;
}

/** "2021-11-06", "2021-11-06T10:00:00Z" or "20211106" → "2021-11-06"; anything else is kept for the validator. */
function normaliseDate(value: unknown): string {
	if (typeof value === 'number') value = String(value);
	if (typeof value !== 'string') return '';
	const v = value.trim();
	if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return v.slice(0, 10);
	if (/^\d{8}$/.test(v)) {
		// Read as a date only when it is one: otherwise the message quotes what the file says ("20241345").
		const [y, m, d] = [v.slice(0, 4), v.slice(4, 6), v.slice(6, 8)].map(Number);
		const date = new Date(Date.UTC(y, m - 1, d));
		return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}` : v;
	}
	return v;
}

const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : undefined);

export function parsePloverJsonl(text: string, file: string, today = new Date()): ParseResult {
	try {
		return parse(text, file, today);
	} catch (error) {
		return failed(file, 'jsonl', [makeIssue(file, { line: 1 }, `the file could not be read: ${String(error)}`)]);
	}
}

function parse(text: string, file: string, today: Date): ParseResult {
	const errors: FileIssue[] = [];
	const warnings: FileIssue[] = [];
	const at = (line: number, field: string, what: string, expected?: string, received?: string) =>
		makeIssue(file, { line, column: field }, what, expected, received, 'field');
	const drafts: DraftStatement[] = [];
	const lineOf: number[] = [];
	const speakerNames = new Map<string, string>();
	const sources = new Map<string, SourceMeta>();
	const ids = new Set<string>();
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
	lines.forEach((raw, k) => {
		const line = k + 1;
		if (!raw.trim()) return;
		let record: unknown;
		try {
			record = JSON.parse(raw);
		} catch {
			const found = findJsonSyntaxError(raw);
			const near = found ? raw.slice(found.offset, found.offset + 24) : raw;
			errors.push(makeIssue(file, { line }, `not a JSON record: at column ${(found?.offset ?? 0) + 1}, expected ${found?.expected ?? 'JSON'}, found ${near ? shown(near) : 'the end of the line'}`, 'one JSON object per line', shown(raw)));
			return;
		}
		if (!isObject(record)) {
			errors.push(makeIssue(file, { line }, 'not a JSON object', 'one JSON object per line', shown(record)));
			return;
		}
		const ti = isObject(record.text_info) ? record.text_info : {};
		const ci = isObject(record.cite_info) ? record.cite_info : {};
		for (const name of ['text_info', 'cite_info'])
			if (record[name] !== undefined && record[name] !== null && !isObject(record[name]))
				errors.push(at(line, name, 'not an object', 'an object', shown(record[name])));

		let id = str(record.id)?.trim();
		if (!id) {
			id = `line-${line}`;
			warnings.push(at(line, 'id', `no id; the record is called ${shown(id)}`));
		}
		if (ids.has(id)) errors.push(at(line, 'id', `duplicate id ${shown(id)}`, 'an id used once', shown(id)));
		ids.add(id);
		if (record.date === undefined) errors.push(at(line, 'date', 'missing', 'a date written YYYY-MM-DD', 'nothing'));
		const actors = codes(record.actor);
		if (!actors) errors.push(at(line, 'actor', 'not an actor code or a list of codes', 'a code such as "IRN", or "IRN;RUS"', shown(record.actor)));
		else if (!actors.length) errors.push(at(line, 'actor', 'missing', 'at least one actor code', shown(record.actor ?? 'nothing')));
		const recipients = codes(record.recipient);
		if (!recipients) errors.push(at(line, 'recipient', 'not an actor code or a list of codes', 'a code such as "USA", or "USA;EU"', shown(record.recipient)));
		const event = typeof record.event === 'string' ? record.event.trim().toUpperCase() : '';
		if (!(PLOVER_EVENTS as string[]).includes(event))
			errors.push(at(line, 'event', `${record.event === undefined ? 'missing' : `${shown(record.event)} is not a PLOVER event type`}`, `one of ${PLOVER_EVENTS.join(', ')}`, shown(record.event ?? 'nothing')));
		const topics = contextList(record.context);
		if (!topics) errors.push(at(line, 'context', 'not a list of context names', 'a list of strings, or a string', shown(record.context)));
		const quote = typeof record.text === 'string' ? record.text : '';
		if (!quote) errors.push(at(line, 'text', 'missing: a statement needs the sentence it was coded from', 'the source sentence', shown(record.text ?? 'nothing')));
		const source = str(ti.source)?.trim() || str(ci.source)?.trim() || file;
		if (!sources.has(source))
			sources.set(source, {
				title: str(ci.title),
				outlet: str(ci.outlet) ?? null,
				dateline: str(ci.dateline),
				published: str(ci.published) === undefined ? undefined : normaliseDate(ci.published),
				language: str(ti.language),
				url: str(ci.url) ?? null
			});
		const speaker = str(ti.speaker)?.trim() || undefined;
		const speakerName = str(ti.speaker_name)?.trim();
		if (speaker && speakerName && !speakerNames.has(speaker)) speakerNames.set(speaker, speakerName);
		const start = typeof ti.start === 'number' ? ti.start : NaN;
		drafts.push({
			id,
			date: normaliseDate(record.date),
			source,
			quote,
			actors: actors ?? [],
			recipients: recipients ?? [],
			speaker,
			event,
			mode: str(record.mode)?.trim() || undefined,
			topics: topics ?? [],
			attribution: str(ti.attribution)?.trim() || 'paraphrase',
			summary: str(ti.summary) ?? '',
			occasion: str(ti.occasion)?.trim() || undefined,
			order: start
		});
		lineOf.push(line);
	});
	if (!drafts.length && !errors.length) errors.push(makeIssue(file, { line: 1 }, 'no records: the file is empty', 'one PLOVER record per line', 'nothing'));

	const noted = new Set<string>();
	drafts.forEach((d, i) => {
		for (const [field, list] of [['actor', d.actors], ['recipient', d.recipients]] as const)
			for (const code of list)
				if (!isCountryCode(code) && !noted.has(code)) {
					noted.add(code);
					warnings.push(at(lineOf[i], field, `${shown(code)} is not an ISO 3166-1 alpha-3 country code; it is shown as an actor named ${shown(code)}`));
				}
	});

	const raw = assembleDataset({ statements: drafts, speakerNames, sources, today });
	const result = validateDataset(raw, today);
	const firstLineOf = (pick: (d: DraftStatement) => boolean) => {
		const i = drafts.findIndex(pick);
		return i >= 0 ? lineOf[i] : 1;
	};
	const locate = (issue: ValidationIssue): FileIssue => {
		const m = /^(\w+)\[(\d+)\](?:\.(\w+))?/.exec(issue.path);
		let loc: { line: number; column?: string } = { line: 1 };
		if (m) {
			const [, list, index, field] = m;
			const entity = (raw[list] as { id: string }[] | undefined)?.[Number(index)];
			if (list === 'statements' && lineOf[Number(index)]) loc = { line: lineOf[Number(index)], column: FIELD_OF[field ?? ''] };
			else if (list === 'people' && entity) loc = { line: firstLineOf((d) => d.speaker === entity.id), column: 'text_info.speaker' };
			else if (list === 'events' && entity) loc = { line: firstLineOf((d) => d.occasion === entity.id), column: 'text_info.occasion' };
			else if (list === 'sources' && entity) loc = { line: firstLineOf((d) => d.source === entity.id), column: `cite_info.${field === 'published' ? 'published' : 'source'}` };
			else if (list === 'actors' && entity) loc = { line: firstLineOf((d) => d.actors.includes(entity.id) || d.recipients.includes(entity.id)), column: 'actor' };
			else if (list === 'topics' && entity) loc = { line: firstLineOf((d) => d.topics.includes(entity.id)), column: 'context' };
		}
		return makeIssue(file, { ...loc, path: issue.path }, issueWhat(issue), issue.expected, issue.received, 'field');
	};
	const sourceNote = makeIssue(file, { line: 1, column: 'text' }, 'PLOVER records carry no source text: each source is shown as its sentences, one paragraph each in text_info.start order, and the spans are recomputed against that text', undefined, undefined, 'field');
	return mergeIssues(file, 'jsonl', result, locate, errors, drafts.length ? [sourceNote, ...warnings] : warnings, summariseAnchorWarnings);
}
