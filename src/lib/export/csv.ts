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

export { CSV_BOM, CSV_COLUMNS, LIST_SEPARATOR, joinListCell, neutraliseCell, restoreCell, splitListCell, type CsvColumn, type CsvRow } from '$lib/data/csv-format';
import { CSV_BOM, CSV_COLUMNS, joinListCell, neutraliseCell, type CsvRow } from '$lib/data/csv-format';

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
