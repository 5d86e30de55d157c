/**
 * RFC 4180 records with their places: `row` is the spreadsheet row (the header is row 1; a cell with a
 * line break does not start a new row) and `line` the file line where the record starts.
 * Accepts CRLF, LF or CR line ends, a byte-order mark, and `;` or tab as separator when the header has
 * no comma (spreadsheets in some locales write those). Never throws; a broken quote is an error.
 * Hand-written: d3-dsv and papaparse give no spreadsheet row or file line per record, which every message names.
 */

export interface CsvRecord {
	cells: string[];
	row: number;
	line: number;
}

export interface CsvProblem {
	row: number;
	line: number;
	message: string;
}

export function guessSeparator(text: string): string {
	const header = text.slice(0, Math.max(0, text.search(/\r|\n/)) || text.length);
	if (header.includes(',')) return ',';
	if (header.includes('\t')) return '\t';
	if (header.includes(';')) return ';';
	return ',';
}

export function parseCsvRecords(input: string): { records: CsvRecord[]; problems: CsvProblem[]; separator: string } {
	const text = input.replace(/^\uFEFF/, '');
	const sep = guessSeparator(text);
	const records: CsvRecord[] = [];
	const problems: CsvProblem[] = [];
	let line = 1;
	let i = 0;
	const n = text.length;
	while (i < n) {
		const startLine = line;
		const row = records.length + 1;
		const cells: string[] = [];
		let cell = '';
		let endOfRecord = false;
		while (!endOfRecord) {
			if (text[i] === '"') {
				const quoteLine = line;
				i++;
				let closed = false;
				// Whole runs between quotes are sliced at once: character-by-character is too slow for MBs.
				while (i < n) {
					const q = text.indexOf('"', i);
					const chunk = text.slice(i, q < 0 ? n : q);
					line += countLineBreaks(chunk);
					cell += chunk;
					if (q < 0) {
						i = n;
						break;
					}
					if (text[q + 1] === '"') {
						cell += '"';
						i = q + 2;
						continue;
					}
					i = q + 1;
					closed = true;
					break;
				}
				if (!closed) {
					problems.push({ row, line: quoteLine, message: `a quoted cell opened on line ${quoteLine} is never closed` });
					cells.push(cell);
					records.push({ cells, row, line: startLine });
					return { records, problems, separator: sep };
				}
				// Text between a closing quote and the next separator is kept, but reported.
				const stray = i;
				i = cellEnd(text, i, sep);
				if (i > stray) {
					cell += text.slice(stray, i);
					problems.push({ row, line, message: `text after the closing quote of cell ${cells.length + 1}: ${JSON.stringify(text.slice(stray, i))}` });
				}
			} else {
				const from = i;
				i = cellEnd(text, i, sep);
				cell = text.slice(from, i);
			}
			cells.push(cell);
			cell = '';
			if (i >= n) endOfRecord = true;
			else if (text[i] === sep) i++;
			else {
				if (text[i] === '\r' && text[i + 1] === '\n') i++;
				i++;
				line++;
				endOfRecord = true;
			}
		}
		// A blank line is no record (nor a row: spreadsheets keep blank rows, but exports do not write them).
		if (cells.length === 1 && cells[0] === '') continue;
		records.push({ cells, row, line: startLine });
	}
	return { records, problems, separator: sep };
}

/** The index of the separator or line break that ends an unquoted cell starting at `i`. */
function cellEnd(text: string, i: number, sep: string): number {
	const n = text.length;
	const s = sep.charCodeAt(0);
	while (i < n) {
		const c = text.charCodeAt(i);
		if (c === s || c === 10 || c === 13) return i;
		i++;
	}
	return n;
}

/** Line breaks in a stretch of text: CRLF, LF and a lone CR each count once. */
function countLineBreaks(chunk: string): number {
	let count = 0;
	for (let k = 0; k < chunk.length; k++) {
		const c = chunk.charCodeAt(k);
		if (c === 10 || (c === 13 && chunk.charCodeAt(k + 1) !== 10)) count++;
	}
	return count;
}
