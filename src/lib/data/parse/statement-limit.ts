/**
 * The limit on statements (MAX_DATASET_STATEMENTS), applied where a file is read (the background reader),
 * before any statement crosses to the page. A CSV or JSONL file is counted before it is parsed (a statement
 * takes a row, or a line, at least: parsing 2,000,000 rows alone would exhaust the reader's memory), and every
 * parsed file by its statements. A file over it fails as any bad file does, with one error that names the
 * file's count and the limit, and replaces nothing.
 */
import { MAX_DATASET_STATEMENTS } from '../large';
import { failed, makeIssue, type DatasetFormat, type ParseResult } from './issues';

const count = (n: number) => n.toLocaleString('en');

function refused(file: string, format: DatasetFormat, n: number, what: 'rows' | 'lines' | 'statements', limit: number, warnings: ParseResult['warnings'] = []): ParseResult {
	const per = what === 'statements' ? '' : ` (a statement takes a ${what === 'rows' ? 'row' : 'line'} at least)`;
	const message = `the file has ${count(n)} ${what}, more than the ${count(limit)} statements this page opens${per}; past that a browser tab runs out of memory. Open a part of it (split it by date, for instance)`;
	return failed(file, format, [makeIssue(file, { path: 'statements' }, message, `at most ${count(limit)} statements`, `${count(n)} ${what}`)], warnings);
}

/**
 * The records of a CSV (rows after the header; a line break inside quotes starts none, an empty line is
 * none) or of JSONL (lines that are not empty). Line by line with indexOf, no copy: a 250 MB file in well
 * under a second.
 */
export function countRecords(text: string, format: 'csv' | 'jsonl'): number {
	const n = text.length;
	// Lines end in LF or CRLF, or in a lone CR: the first line's end says which.
	const first = text.search(/[\r\n]/);
	const lf = first >= 0 && text[first] === '\r' && text[first + 1] !== '\n' ? '\r' : '\n';
	let records = 0;
	let inQuote = false;
	// The next quote mark, found once: each search starts where the last one ended.
	let quote = format === 'csv' ? text.indexOf('"') : -1;
	for (let pos = 0; pos < n; ) {
		let end = text.indexOf(lf, pos);
		if (end < 0) end = n;
		for (; quote >= 0 && quote < end; quote = text.indexOf('"', quote + 1)) inQuote = !inQuote;
		const empty = end === pos || (end === pos + 1 && text.charCodeAt(pos) === 13);
		if (!inQuote && !empty) records++;
		pos = end + 1;
	}
	return format === 'csv' ? Math.max(0, records - 1) : records;
}

/** A CSV or JSONL text with more records than the limit, refused before it is parsed; null when it may be parsed. */
export function tooManyRecords(file: string, format: DatasetFormat, text: string, limit = MAX_DATASET_STATEMENTS): ParseResult | null {
	if (format === 'json') return null;
	const n = countRecords(text, format);
	return n > limit ? refused(file, format, n, format === 'csv' ? 'rows' : 'lines', limit) : null;
}

/** A parsed file with more statements than the limit becomes a failed one; any other result is returned as it is. */
export function withinStatementLimit(result: ParseResult, limit = MAX_DATASET_STATEMENTS): ParseResult {
	if (!result.ok || result.dataset.statements.length <= limit) return result;
	return refused(result.file, result.format, result.dataset.statements.length, 'statements', limit, result.warnings);
}
