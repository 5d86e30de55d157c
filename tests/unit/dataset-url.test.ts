/** `?dataset=`: the address opens what the file picker opens, and says the same things about it. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatasetFile } from '$lib/data/parse';
import { seedDataset } from '$lib/data/seed/dataset';
import { statementsCsv } from '$lib/export/csv';
import { ploverJsonl } from '$lib/export/plover';
import { fetchDataset } from '$lib/state/dataset-url';


function serve(body: string, contentType: string, status = 200) {
	vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status, headers: { 'content-type': contentType } })));
}
afterEach(() => vi.unstubAllGlobals());

const pretty = (d: unknown) => JSON.stringify(d, null, 2);
const movedSpan = structuredClone(seedDataset);
movedSpan.statements[2].span = { start: movedSpan.statements[2].span.start + 5, end: movedSpan.statements[2].span.end + 5 };
const noQuote = structuredClone(seedDataset) as unknown as { statements: Record<string, unknown>[] };
delete noQuote.statements[7].quote;

const cases: { name: string; path: string; type: string; body: string }[] = [
	{ name: 'a span off by 5 (corrected, with a warning)', path: '/data/moved.json', type: 'application/json', body: pretty(movedSpan) },
	{ name: 'a statement without its quote', path: '/data/no-quote.json', type: 'application/json', body: pretty(noQuote) },
	{ name: 'bad JSON', path: '/data/bad.json', type: 'application/json', body: '{\n  "schemaVersion": 1,\n  sources: []\n}' },
	{ name: 'the published statements CSV', path: '/data/statements.csv', type: 'text/csv; charset=utf-8', body: statementsCsv(seedDataset) },
	{ name: 'PLOVER JSONL', path: '/data/plover.jsonl', type: 'application/octet-stream', body: ploverJsonl(seedDataset) }
];

describe('fetchDataset reads the text as the file picker does', () => {
	for (const c of cases)
		it(c.name, async () => {
			serve(c.body, c.type);
			const name = c.path.split('/').pop()!;
			const viaAddress = await fetchDataset(new URL(c.path, 'https://site.test/'));
			expect(viaAddress).toEqual(openDatasetFile(name, c.body));
		});
});

describe('what the reader sees', () => {
	it('a wrong span opens, corrected, and the warning says where', async () => {
		serve(pretty(movedSpan), 'application/json');
		const r = await fetchDataset(new URL('https://site.test/data/moved.json'));
		expect(r.ok && r.dataset.statements[2].span).toEqual(seedDataset.statements[2].span);
		expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^line \d+, statements\[2\]\.span: the quote is not at .* the span was corrected$/));
	});

	it('a missing field is named with its line', async () => {
		serve(pretty(noQuote), 'application/json');
		const r = await fetchDataset(new URL('https://site.test/data/no-quote.json'));
		expect(r.ok).toBe(false);
		expect(r.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^line \d+, statements\[7\]\.quote: the field "quote" is missing$/)]);
		expect(r.errors[0].line).toBeGreaterThan(1);
	});

	it('bad JSON is described in our words, not the engine\'s', async () => {
		serve('{\n  "schemaVersion": 1,\n  sources: []\n}', 'application/json');
		const r = await fetchDataset(new URL('https://site.test/data/bad.json'));
		expect(r.errors.map((e) => e.message)).toEqual(['line 3: not valid JSON at column 3: expected a field name in double quotes, found "sources: []\\n}"']);
		expect(r.errors[0].message).not.toMatch(/position/);
	});

	it('the statements CSV the site publishes opens, by extension or by content type', async () => {
		const body = statementsCsv(seedDataset);
		for (const [path, type] of [['/data/statements.csv', 'text/csv'], ['/api/statements', 'text/csv; charset=utf-8']]) {
			serve(body, type);
			const r = await fetchDataset(new URL(path, 'https://site.test/'));
			expect(r.errors).toEqual([]);
			expect(r.ok && r.format).toBe('csv');
			expect(r.ok && r.dataset.statements.length).toBe(seedDataset.statements.length);
		}
	});

	it('an HTTP error names the file and the status', async () => {
		serve('not found', 'text/plain', 404);
		const r = await fetchDataset(new URL('https://site.test/data/gone.json'));
		expect(r).toMatchObject({ ok: false, file: 'gone.json', errors: [{ message: 'gone.json could not be loaded: HTTP 404' }] });
	});
});
