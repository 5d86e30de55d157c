/** Messages about files that are not datasets, or say something odd: in the reader's terms, quoting the file. */
import { describe, expect, it } from 'vitest';
import { openDatasetFile } from '$lib/data/parse';
import { seedDataset } from '$lib/data/seed/dataset';
import { ploverJsonl } from '$lib/export/plover';

const HTML_PAGE = '<!DOCTYPE html>\n<html lang="en">\n<head><title>Not found</title></head>\n<body>\n' + '<p>Sorry, nothing here, a, b, c</p>\n'.repeat(40) + '</body>\n</html>\n';

describe('a web page where a dataset was expected', () => {
	it.each([
		{ name: 'statements.csv', text: HTML_PAGE },
		{ name: 'data.json', text: HTML_PAGE },
		{ name: 'plover.jsonl', text: HTML_PAGE },
		{ name: 'export', text: '\uFEFF  <!-- saved page -->\n<html><body>x</body></html>' },
		{ name: 'x.csv', text: '<HTML>\n<BODY>x</BODY></HTML>' }
	])('$name: one problem, "this is an HTML page, not a dataset"', ({ name, text }) => {
		const r = openDatasetFile(name, text);
		expect(r.ok).toBe(false);
		expect(r.errors.map((e) => e.message)).toEqual(['line 1: this is an HTML page, not a dataset (a web page was served or saved in its place)']);
	});

	it('a CSV whose text mentions <html> further on is read as a CSV', () => {
		const r = openDatasetFile('x.csv', 'statement_id,quote\ns1,"<html> is a tag"\n');
		expect(r.errors.map((e) => e.message)).not.toContainEqual(expect.stringMatching(/HTML page/));
	});
});

describe('dates are quoted as the file writes them', () => {
	const firstRecord = ploverJsonl(seedDataset).split('\n')[0];
	const record = JSON.parse(firstRecord) as Record<string, unknown>;
	it.each([
		{ date: '20241345', valid: false },
		{ date: '20230229', valid: false },
		{ date: '20211106', valid: true }
	])('PLOVER date $date', ({ date, valid }) => {
		const r = openDatasetFile('one.jsonl', JSON.stringify({ ...record, date }) + '\n');
		const messages = r.errors.map((e) => e.message).join('\n');
		if (valid) expect(messages).not.toMatch(/date/);
		else {
			expect(messages).toContain(`"${date}"`);
			expect(messages).not.toContain(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`);
		}
	});
});
