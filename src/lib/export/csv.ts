/**
 * `/data/statements.csv`: one row per (statement, actor, recipient) pair, never a self-pair, with its
 * `pair_kind` (directed, joint, no-recipient: see data/pairs.ts) (RFC 4180, CRLF, header row), made for
 * spreadsheets too: a UTF-8 byte-order mark first (Excel then reads ’ and é as such, not as Windows-1252),
 * and a cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
 * leading ' (OWASP's advice against CSV injection; parse/statements-csv.ts takes it off again).
 */
import { statementPairRows } from '$lib/data/pairs';
import { quadOf } from '$lib/data/plover';
import { actorName, indexDataset } from '$lib/data/queries';
import type { Dataset, Statement } from '$lib/data/types';

export const CSV_COLUMNS = [
	'statement_id',
	'date',
	'actors',
	'actor_names',
	'actor',
	'actor_name',
	'recipient',
	'recipient_name',
	'pair_kind',
	'event',
	'quad_class',
	'mode',
	'attribution',
	'speaker',
	'speaker_name',
	'topics',
	'quote',
	'summary',
	'source',
	'span_start',
	'span_end',
	'occasion'
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string>;

/** Ids inside one cell are joined with this separator. */
export const LIST_SEPARATOR = ';';

/** Makes a spreadsheet read the file as UTF-8. */
export const CSV_BOM = '\uFEFF';

/**
 * Starts a formula in a spreadsheet, or would after the ' is taken off: so a cell that starts with '
 * and one of these gets one more, and reading takes exactly one off (restoreCell), whatever the text.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The cell as written: with a leading ' if a spreadsheet would run it as a formula. */
export function neutraliseCell(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The cell as it was before neutraliseCell. */
export function restoreCell(value: string): string {
	return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** A list cell: each item guarded as a cell of its own (a spreadsheet may split the list into cells). */
export function joinListCell(items: readonly string[]): string {
	return items.map(neutraliseCell).join(LIST_SEPARATOR);
}

/** The items of a list cell, each as it was before joinListCell, trimmed. */
export function splitListCell(cell: string): string[] {
	return cell.split(LIST_SEPARATOR).map((item) => restoreCell(item.trim()).trim());
}

export function csvCell(value: string): string {
	const v = neutraliseCell(value);
	return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function formatCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
	const lines = [columns.map(csvCell).join(',')];
	for (const row of rows) lines.push(columns.map((c) => csvCell(row[c] ?? '')).join(','));
	return lines.join('\r\n') + '\r\n';
}

export function statementRows(dataset: Dataset, statements: readonly Statement[] = dataset.statements): CsvRow[] {
	const index = indexDataset(dataset);
	const rows: CsvRow[] = [];
	for (const s of statements) {
		const speaker = s.speaker ? index.people.get(s.speaker) : undefined;
		const base = {
			statement_id: s.id,
			date: s.date,
			actors: joinListCell(s.actors),
			actor_names: joinListCell(s.actors.map((a) => actorName(index, a))),
			event: s.event,
			quad_class: quadOf(s.event),
			mode: s.mode ?? '',
			attribution: s.attribution,
			speaker: s.speaker ?? '',
			speaker_name: speaker?.name ?? '',
			topics: joinListCell(s.topics),
			quote: s.quote,
			summary: s.summary,
			source: s.source,
			span_start: String(s.span.start),
			span_end: String(s.span.end),
			occasion: s.occasion ?? ''
		};
		for (const pair of statementPairRows(s))
			rows.push({
				...base,
				actor: pair.actor,
				actor_name: actorName(index, pair.actor),
				recipient: pair.recipient,
				recipient_name: pair.recipient ? actorName(index, pair.recipient) : '',
				pair_kind: pair.kind
			});
	}
	return rows;
}

export function statementsCsv(dataset: Dataset, statements?: readonly Statement[]): string {
	return CSV_BOM + formatCsv(CSV_COLUMNS, statementRows(dataset, statements));
}
