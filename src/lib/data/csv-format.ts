/**
 * The statements CSV's format, shared by its writer (export/csv.ts) and its reader
 * (parse/statements-csv.ts): the columns, the list separator, and the guard against spreadsheet formulas.
 */

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
