/**
 * One PLOVER record's fields, in any of the forms we read (pure; plover-jsonl.ts places the issues):
 * - the manual's "PLOVER JSON" (openeventdata/PLOVER): `actor`/`recipient` lists of entity objects
 *   (`code`, `entity_text`), `event`, `mode` and `context` lists, `text_info`, `cite_info`;
 * - our older string form: `actor`/`recipient` as a code or ";"-joined codes, `event` a string;
 * - the older draft form of the OEDA gold-standard records: `source`/`target` lists of
 *   `{ actorText, code, sector }` (`target: ""` for none), `eventText`, `textInfo`, top-level `language`
 *   and `publication`.
 */
import { LIST_SEPARATOR } from '$lib/data/csv-format';

type Loose = Record<string, unknown>;
export const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);
export const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : undefined);

export interface RecordEntity {
	code: string;
	/** The entity's name as the record gives it (`entity_text`, `actorText`), if it does. */
	name?: string;
}

/** A code, ";"-joined codes, a list of codes, or a list of entity objects; undefined when none of these. */
export function entities(value: unknown): RecordEntity[] | undefined {
	if (value === undefined || value === null || value === '') return [];
	if (typeof value === 'string') return value.split(LIST_SEPARATOR).map((x) => x.trim()).filter(Boolean).map((code) => ({ code }));
	if (!Array.isArray(value)) return undefined;
	const out: RecordEntity[] = [];
	for (const item of value) {
		if (typeof item === 'string') {
			if (item.trim()) out.push({ code: item.trim() });
		} else if (isObject(item) && typeof item.code === 'string' && item.code.trim()) {
			const name = str(item.entity_text) ?? str(item.actorText);
			out.push({ code: item.code.trim(), ...(name?.trim() ? { name: name.trim() } : {}) });
		} else return undefined;
	}
	return out;
}

/** A string, or a list of strings: the list's items (a string is one item). Undefined for anything else. */
export function strings(value: unknown, split?: RegExp): string[] | undefined {
	if (value === undefined || value === null || value === '') return [];
	if (typeof value === 'string') return (split ? value.split(split) : [value]).map((x) => x.trim()).filter(Boolean);
	if (Array.isArray(value) && value.every((x) => typeof x === 'string')) return value.map((x) => x.trim()).filter(Boolean);
	return undefined;
}

export interface RecordFields {
	/** Which field the actors and recipients were read from: the manual's names, or the draft form's. */
	actorField: 'actor' | 'source';
	recipientField: 'recipient' | 'target';
	actors: RecordEntity[] | undefined;
	recipients: RecordEntity[] | undefined;
	events: string[] | undefined;
	modes: string[] | undefined;
	topics: string[] | undefined;
	textInfo: Loose;
	citeInfo: Loose;
	/** The draft form's top-level language and publication, read as text_info.language and the outlet. */
	language?: string;
	publication?: string;
}

export function recordFields(record: Loose): RecordFields {
	const draft = record.actor === undefined && Array.isArray(record.source);
	const actorField = draft ? 'source' : 'actor';
	const recipientField = record.recipient === undefined && record.target !== undefined ? 'target' : 'recipient';
	const textInfo = record.text_info ?? record.textInfo;
	const citeInfo = record.cite_info ?? record.citeInfo;
	return {
		actorField,
		recipientField,
		actors: entities(record[actorField]),
		recipients: entities(record[recipientField]),
		events: strings(record.event),
		modes: strings(record.mode),
		topics: strings(record.context, /[;,]/),
		textInfo: isObject(textInfo) ? textInfo : {},
		citeInfo: isObject(citeInfo) ? citeInfo : {},
		language: str(record.language),
		publication: str(record.publication)
	};
}

/**
 * The manual's own example writes its date unquoted (`"date" : 2016-07-24`), which is not JSON: such a
 * line is read with the date quoted, and the caller warns. Null when the line is broken otherwise.
 */
export function withQuotedDate(raw: string): unknown | null {
	const fixed = raw.replace(/("date"\s*:\s*)(\d{4}-\d{2}-\d{2})(?=\s*[,}])/, '$1"$2"');
	if (fixed === raw) return null;
	try {
		return JSON.parse(fixed);
	} catch {
		return null;
	}
}
