/** The statement limit the background reader applies before any statement crosses to the page. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largeDataset } from '../../../scripts/generate-large-dataset';
import { MAX_DATASET_STATEMENTS } from '$lib/data/large';
import { openDatasetFile } from '$lib/data/parse';
import { parseCsvRecords } from '$lib/data/parse/csv-records';
import { countRecords, tooManyRecords, withinStatementLimit } from '$lib/data/parse/statement-limit';
import { statementsCsv } from '$lib/export/csv';
import { ploverJsonl } from '$lib/export/plover';
import { datasetArbitrary } from './arbitrary-dataset';

const rowsOf = (csv: string) => parseCsvRecords(csv).records.length - 1;

describe('countRecords', () => {
	it('counts the rows the CSV parser reads, quoted line breaks and quotes included', () => {
		fc.assert(
			fc.property(datasetArbitrary, (d) => {
				const csv = statementsCsv(d);
				expect(countRecords(csv, 'csv')).toBe(rowsOf(csv));
				expect(countRecords(csv.replace(/\r?\n/g, '\r\n'), 'csv')).toBe(rowsOf(csv));
			})
		);
	});
	it('reads LF, CRLF and lone-CR line ends, skips empty lines, and counts a last line with no line end', () => {
		const rows = ['id,quote', 'a,"one\ntwo"', '', 'b,"say ""hi"""', 'c,x'];
		for (const end of ['\n', '\r\n', '\r']) {
			const csv = rows.join(end);
			expect(countRecords(csv, 'csv')).toBe(rowsOf(csv));
			expect(countRecords(csv, 'csv')).toBe(3);
		}
		expect(countRecords('', 'csv')).toBe(0);
		expect(countRecords('id,quote\n', 'csv')).toBe(0);
	});
	it('counts the lines of JSONL that are not empty', () => {
		const d = largeDataset(30);
		expect(countRecords(ploverJsonl(d), 'jsonl')).toBe(30);
		expect(countRecords(`${ploverJsonl(d)}\n\n`, 'jsonl')).toBe(30);
	});
});

describe('the limit', () => {
	const d = largeDataset(25);
	const csv = statementsCsv(d);

	it('refuses a CSV with more rows than the limit before it is parsed, naming the count and the limit', () => {
		const refused = tooManyRecords('big.csv', 'csv', csv, 24);
		expect(refused?.ok).toBe(false);
		const error = refused!.errors[0];
		expect(refused!.errors).toHaveLength(1);
		expect(error.message).toContain('the file has 25 rows, more than the 24 statements this page opens');
		expect(error.path).toBe('statements');
		expect(error.file).toBe('big.csv');
		expect(tooManyRecords('big.csv', 'csv', csv, 25)).toBeNull();
		expect(tooManyRecords('big.jsonl', 'jsonl', ploverJsonl(d), 24)?.errors[0].message).toContain('the file has 25 lines');
		// A dataset JSON is counted once parsed.
		expect(tooManyRecords('big.json', 'json', JSON.stringify(d), 1)).toBeNull();
	});

	it('refuses a parsed file with more statements than the limit, and passes one at the limit unchanged', () => {
		const opened = openDatasetFile('big.json', JSON.stringify(d));
		expect(opened.ok).toBe(true);
		expect(withinStatementLimit(opened, 25)).toBe(opened);
		const refused = withinStatementLimit(opened, 20);
		expect(refused.ok).toBe(false);
		expect(refused.errors.map((e) => e.message)).toEqual([
			'statements: the file has 25 statements, more than the 20 statements this page opens; past that a browser tab runs out of memory. Open a part of it (split it by date, for instance)'
		]);
		// Thousands are written out, as the page writes counts.
		expect(withinStatementLimit(opened, 20).errors[0].received).toBe('25 statements');
		expect(tooManyRecords('x.csv', 'csv', 'id\n' + 'a\n'.repeat(1_234), 1_000)?.errors[0].message).toContain('1,234 rows, more than the 1,000 statements');
	});

	it('is the measured limit by default: a file at it is opened', () => {
		expect(MAX_DATASET_STATEMENTS).toBe(1_000_000);
		expect(tooManyRecords('x.csv', 'csv', csv)).toBeNull();
		const opened = openDatasetFile('x.csv', csv);
		expect(withinStatementLimit(opened)).toBe(opened);
	});
});
