/** Properties of the three parsers: they never throw, every error has a place, our exports read back. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCarried, ploverCarried } from '$lib/data/parse/carried';
import { openDatasetFile, parseDatasetJson, parsePloverJsonl, parseStatementsCsv, type ParseResult } from '$lib/data/parse';
import { validateDataset } from '$lib/data/schema';
import { findJsonSyntaxError } from '$lib/data/parse/json-locate';
import { statementsCsv } from '$lib/export/csv';
import { ploverJsonl } from '$lib/export/plover';
import { datasetArbitrary } from './arbitrary-dataset';

const TODAY = new Date('2030-01-01');
const parsers = {
	json: (t: string) => parseDatasetJson(t, 'f.json', TODAY),
	csv: (t: string) => parseStatementsCsv(t, 'f.csv', TODAY),
	jsonl: (t: string) => parsePloverJsonl(t, 'f.jsonl', TODAY),
	auto: (t: string) => openDatasetFile('f', t, TODAY)
};

function everyIssuePlaced(r: ParseResult) {
	for (const issue of [...r.errors, ...r.warnings]) {
		expect(issue.file).toBeTruthy();
		expect((issue.line ?? 0) >= 1 || (issue.row ?? 0) >= 1, issue.message).toBe(true);
		expect(issue.message).toMatch(/^(line|row) \d+/);
	}
	if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
}

/** Text near the formats: pieces of real files glued at random, so parsers get past their first check. */
const nearFormat = fc
	.array(
		fc.oneof(
			fc.string(),
			fc.constantFrom('statement_id,date,actors,event,attribution,quote\r\n', 's1,2021-11-06,IRN,AGREE,quote,"a ""b""\n', '{"schemaVersion":1,', '"statements":[{', '{"id":"x","date":"2021-02-30","actor":"IRN","event":"FOO","text":"t"}\n', '\uFEFF', '"', ',', '\n', '[', '}', 'null')
		),
		{ maxLength: 12 }
	)
	.map((parts) => parts.join(''));

describe('the parsers never throw and place every error', () => {
	for (const [name, parse] of Object.entries(parsers)) {
		it(`${name}: arbitrary strings, near-format text and UTF-8-decoded bytes`, () => {
			const bytes = fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder('utf-8').decode(b));
			fc.assert(
				fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), nearFormat, bytes), (text) => {
					const r = parse(text);
					everyIssuePlaced(r);
				}),
				{ numRuns: 300 }
			);
		});
	}

	it('every error of a broken but well-formed dataset names its line and path', () => {
		fc.assert(
			fc.property(datasetArbitrary, fc.nat(), fc.constantFrom('date', 'event', 'actors', 'quote', 'source'), (d, k, field) => {
				const broken = structuredClone(d) as unknown as { statements: Record<string, unknown>[] };
				broken.statements[k % broken.statements.length][field] = field === 'actors' ? ['NOPE'] : 42;
				const r = parseDatasetJson(JSON.stringify(broken, null, 1), 'b.json', TODAY);
				expect(r.ok).toBe(false);
				everyIssuePlaced(r);
				expect(r.errors.some((e) => e.path.startsWith(`statements[${k % broken.statements.length}]`))).toBe(true);
			}),
			{ numRuns: 100 }
		);
	});
});

describe('a dataset written by our exporters reads back', () => {
	it('the generator makes valid datasets', () => {
		fc.assert(fc.property(datasetArbitrary, (d) => {
			expect(validateDataset(d, TODAY).errors).toEqual([]);
		}), { numRuns: 100 });
	});

	it('JSON: equal to the original, compact or indented', () => {
		fc.assert(
			fc.property(datasetArbitrary, fc.boolean(), (d, pretty) => {
				const r = parseDatasetJson(JSON.stringify(d, null, pretty ? 2 : undefined), 'd.json', TODAY);
				expect(r.errors).toEqual([]);
				expect(r.ok && r.dataset).toEqual(d);
			}),
			{ numRuns: 200 }
		);
	});

	it('CSV: equal in everything statements.csv carries', () => {
		fc.assert(
			fc.property(datasetArbitrary, (d) => {
				const r = parseStatementsCsv(statementsCsv(d), 'd.csv', TODAY);
				expect(r.errors).toEqual([]);
				if (r.ok) expect(csvCarried(r.dataset)).toEqual(csvCarried(d));
			}),
			{ numRuns: 200 }
		);
	});

	it('PLOVER JSONL: equal in everything plover.jsonl carries', () => {
		fc.assert(
			fc.property(datasetArbitrary, (d) => {
				const r = parsePloverJsonl(ploverJsonl(d), 'd.jsonl', TODAY);
				expect(r.errors).toEqual([]);
				if (r.ok) expect(ploverCarried(r.dataset)).toEqual(ploverCarried(d));
			}),
			{ numRuns: 200 }
		);
	});
});

describe('the JSON syntax locator agrees with JSON.parse', () => {
	it('finds an error exactly when JSON.parse refuses the text', () => {
		const jsonish = fc.oneof(
			fc.json(),
			fc.json().map((j) => j.slice(0, Math.floor(j.length / 2))),
			fc.tuple(fc.json(), fc.nat(), fc.constantFrom(',', '}', ']', '"', ':', ' ', 'x', '\n')).map(([j, k, c]) => j.slice(0, k % (j.length + 1)) + c + j.slice(k % (j.length + 1)))
		);
		fc.assert(
			fc.property(jsonish, (text) => {
				let parses = true;
				try {
					JSON.parse(text);
				} catch {
					parses = false;
				}
				const found = findJsonSyntaxError(text);
				expect(found === null).toBe(parses);
				if (found) expect(found.offset).toBeLessThanOrEqual(text.length);
			}),
			{ numRuns: 1000 }
		);
	});
});
