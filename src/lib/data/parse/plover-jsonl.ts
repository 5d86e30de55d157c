/**
 * PLOVER JSONL (one record per line) → a dataset. Reads records as the PLOVER manual writes them, our older
 * string form and the OEDA gold-standard draft form (plover-record.ts says which fields): id, date, actor
 * (or source), recipient (or target), event, mode, context, text, text_info (or textInfo), cite_info;
 * location, version and any other field are ignored. Optional: recipient (→ none), mode, context,
 * text_info, cite_info and text (the manual's example has none: the record is shown without words).
 * Actor names come from entity_text or actorText; a code that is not ISO 3166 alpha-3 (IGO, JAP) is kept
 * as an actor with a warning. Required: date, actor, event (one of the 16 PLOVER types).
 */
import { PLOVER_EVENTS } from '../plover';
import { validateDataset, type ValidationIssue } from '../schema';
import { assembleDataset, dropSelfPairs, isCountryCode, type DraftStatement, type SourceMeta } from './assemble';
import { failed, issueWhat, makeIssue, shown, type FileIssue, type ParseResult } from './issues';
import { findJsonSyntaxError } from './json-locate';
import { mergeIssues, summariseAnchorWarnings } from './locate-issues';
import { isObject, recordFields, str, withQuotedDate } from './plover-record';

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

/** What stands for the words of a record that gives none (the manual's own example has no text). */
export const NO_TEXT = '(the record gives no text)';

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
	/** Per record, the fields its actors and recipients were read from (actor/recipient, or source/target). */
	const fieldsOf: [string, string][] = [];
	const speakerNames = new Map<string, string>();
	const sources = new Map<string, SourceMeta>();
	const ids = new Set<string>();
	const actorNames = new Map<string, { name: string; line: number }>();
	const nameActor = (code: string, name: string, line: number, field: string) => {
		const known = actorNames.get(code);
		if (!known) actorNames.set(code, { name, line });
		else if (known.name !== name)
			warnings.push(at(line, field, `${shown(code)} is named ${shown(known.name)} on line ${known.line} and ${shown(name)} here; the first name is used`));
	};
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
	lines.forEach((raw, k) => {
		const line = k + 1;
		if (!raw.trim()) return;
		let record: unknown;
		try {
			record = JSON.parse(raw);
		} catch {
			record = withQuotedDate(raw);
			if (record !== null) warnings.push(at(line, 'date', 'the date is not in quotation marks (not JSON); it is read as a quoted date'));
			else {
				const found = findJsonSyntaxError(raw);
				const near = found ? raw.slice(found.offset, found.offset + 24) : raw;
				errors.push(makeIssue(file, { line }, `not a JSON record: at column ${(found?.offset ?? 0) + 1}, expected ${found?.expected ?? 'JSON'}, found ${near ? shown(near) : 'the end of the line'}`, 'one JSON object per line', shown(raw)));
				return;
			}
		}
		if (!isObject(record)) {
			errors.push(makeIssue(file, { line }, 'not a JSON object', 'one JSON object per line', shown(record)));
			return;
		}
		const f = recordFields(record);
		const ti = f.textInfo;
		const ci = f.citeInfo;
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
		const entityForm = 'a code such as "IRN", ";"-joined codes, or a list of entity objects such as [{"code": "IRN"}]';
		if (!f.actors) errors.push(at(line, f.actorField, 'not an actor code or a list of entities', entityForm, shown(record[f.actorField])));
		else if (!f.actors.length) errors.push(at(line, f.actorField, 'missing', 'at least one actor', shown(record[f.actorField] ?? 'nothing')));
		if (!f.recipients) errors.push(at(line, f.recipientField, 'not an actor code or a list of entities', entityForm, shown(record[f.recipientField])));
		for (const e of [...(f.actors ?? []), ...(f.recipients ?? [])]) if (e.name) nameActor(e.code, e.name, line, f.actorField);
		const event = (f.events?.[0] ?? '').toUpperCase();
		if (!(PLOVER_EVENTS as string[]).includes(event))
			errors.push(at(line, 'event', `${record.event === undefined ? 'missing' : `${shown(record.event)} is not a PLOVER event type`}`, `one of ${PLOVER_EVENTS.join(', ')}`, shown(record.event ?? 'nothing')));
		else if ((f.events?.length ?? 0) > 1) warnings.push(at(line, 'event', `${f.events!.length} event types; a statement has one, so the first, ${event}, is used`));
		if (!f.topics) errors.push(at(line, 'context', 'not a list of context names', 'a list of strings, or a string', shown(record.context)));
		if (!f.modes) errors.push(at(line, 'mode', 'not a mode or a list of modes', 'a string, or a list of strings', shown(record.mode)));
		let quote = typeof record.text === 'string' ? record.text : '';
		if (record.text !== undefined && record.text !== null && typeof record.text !== 'string')
			errors.push(at(line, 'text', 'not a string', 'the sentence the record was coded from', shown(record.text)));
		else if (!quote) {
			quote = NO_TEXT;
			warnings.push(at(line, 'text', `no text: the record is shown as ${shown(NO_TEXT)}`));
		}
		const source = str(ti.source)?.trim() || str(ci.source)?.trim() || file;
		if (!sources.has(source))
			sources.set(source, {
				// null: the record says the source has none (our export writes "" so); absent: not said.
				title: ci.title === null ? '' : str(ci.title),
				outlet: str(ci.outlet) ?? str(ci.publication) ?? f.publication ?? null,
				dateline: ci.dateline === null ? '' : str(ci.dateline),
				published: str(ci.published) === undefined ? undefined : normaliseDate(ci.published),
				language: str(ti.language) ?? str(ci.language) ?? f.language,
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
			actors: (f.actors ?? []).map((e) => e.code),
			recipients: (f.recipients ?? []).map((e) => e.code),
			speaker,
			event,
			mode: f.modes?.[0],
			topics: f.topics ?? [],
			attribution: str(ti.attribution)?.trim() || 'paraphrase',
			summary: str(ti.summary) ?? '',
			occasion: str(ti.occasion)?.trim() || undefined,
			order: start
		});
		lineOf.push(line);
		fieldsOf.push([f.actorField, f.recipientField]);
	});
	if (!drafts.length && !errors.length) errors.push(makeIssue(file, { line: 1 }, 'no records: the file is empty', 'one PLOVER record per line', 'nothing'));

	const noted = new Set<string>();
	drafts.forEach((d, i) => {
		const [actorField, recipientField] = fieldsOf[i];
		for (const [field, list] of [[actorField, d.actors], [recipientField, d.recipients]] as const)
			for (const code of list)
				if (!isCountryCode(code) && !noted.has(code)) {
					noted.add(code);
					warnings.push(at(lineOf[i], field, `${shown(code)} is not an ISO 3166-1 alpha-3 country code; it is kept as an actor named ${shown(actorNames.get(code)?.name ?? code)}`));
				}
	});

	for (const { draft, code } of dropSelfPairs(drafts))
		warnings.push(at(lineOf[draft], 'recipient', `${shown(code)} is also an actor of the record: read as a joint act, with no recipient ${shown(code)} (no self-pair)`));

	const names = new Map([...actorNames].map(([code, v]) => [code, v.name]));
	const raw = assembleDataset({ statements: drafts, actorNames: names, speakerNames, sources, today });
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
