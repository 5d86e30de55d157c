/** Table-driven: what each parser says about a file, in the words and places a user reads. */
import { describe, expect, it } from 'vitest';
import { detectFormat, openDatasetFile, parseDatasetJson, parsePloverJsonl, parseStatementsCsv } from '$lib/data/parse';
import { parseCsvRecords } from '$lib/data/parse/csv-records';
import { jsonValueLines, lineOfPath } from '$lib/data/parse/json-locate';
import { countryPoint } from '$lib/data/country-points';
import { seedDataset } from '$lib/data/seed/dataset';
import { statementsCsv } from '$lib/export/csv';
import { ploverJsonl } from '$lib/export/plover';

const TODAY = new Date('2025-01-01');
const json = JSON.stringify(seedDataset, null, 2);
const csv = statementsCsv(seedDataset);
const jsonl = ploverJsonl(seedDataset);
/** Where the exports hold what the cases below change: derived from the seed, not typed in. */
const USA_ROW = csv.split('\r\n').findIndex((l) => l.includes(',USA,United States,')) + 1;
const AGREE_LINE = jsonl.split('\n').findIndex((l) => l.includes('"event":["AGREE"]')) + 1;
const AFG_INDEX = seedDataset.statements.findIndex((s) => s.recipients[0] === 'AFG');
const HEADER = 'statement_id,date,actors,actor_names,recipient,recipient_name,event,attribution,quote,summary';

describe('our own exports of the seed open', () => {
	for (const [name, text] of [['seed.json', json], ['statements.csv', csv], ['plover.jsonl', jsonl]]) {
		it(name, () => {
			const r = openDatasetFile(name, text, TODAY);
			expect(r.errors).toEqual([]);
			expect(r.ok && r.dataset.statements.length).toBe(seedDataset.statements.length);
		});
	}
	it('the seed JSON reads back equal', () => {
		const r = parseDatasetJson(json, 'seed.json', TODAY);
		expect(r.ok && r.dataset).toEqual(seedDataset);
	});
});

describe('errors name the file, the line or row, the field, expected and found', () => {
	const cases: { name: string; run: () => ReturnType<typeof openDatasetFile>; message: string; line?: number; row?: number; column?: string; expected?: RegExp; received?: string }[] = [
		{
			name: 'CSV: an unknown recipient code',
			run: () => parseStatementsCsv(csv.replace(',USA,United States,', ',IRNN,,'), 'mine.csv', TODAY),
			message: `row ${USA_ROW}, column recipient: "IRNN" is not a known actor code`,
			row: USA_ROW,
			column: 'recipient',
			expected: /ISO 3166-1 alpha-3/,
			received: '"IRNN"'
		},
		{
			name: 'CSV: a missing required column',
			run: () => parseStatementsCsv('statement_id,date,actors\r\ns1,2021-11-06,IRN\r\n', 'mine.csv', TODAY),
			message: 'row 1: the header lacks the columns event, attribution, quote',
			row: 1
		},
		{
			name: 'CSV: an impossible date',
			run: () => parseStatementsCsv(`${HEADER}\ns1,2021-02-30,IRN,Iran,RUS,Russia,AGREE,quote,We agree.,\n`, 'mine.csv', TODAY),
			message: 'row 2, column date: expected a real calendar date, found "2021-02-30"',
			row: 2,
			column: 'date'
		},
		{
			name: 'CSV: an unknown event type',
			run: () => parseStatementsCsv(`${HEADER}\ns1,2021-02-03,IRN,Iran,RUS,Russia,PRAISE,quote,We agree.,\n`, 'mine.csv', TODAY),
			message: 'row 2, column event: expected one of the PLOVER event types',
			row: 2,
			column: 'event'
		},
		{
			name: 'CSV: rows of one statement disagree',
			run: () => parseStatementsCsv(`${HEADER}\ns1,2021-02-03,IRN,Iran,RUS,Russia,AGREE,quote,We agree.,\ns1,2021-02-04,IRN,Iran,USA,United States,AGREE,quote,We agree.,\n`, 'mine.csv', TODAY),
			message: 'row 3, column date: statement "s1" has "2021-02-03" in row 2 but "2021-02-04" here',
			row: 3,
			column: 'date'
		},
		{
			name: 'CSV: an empty quote',
			run: () => parseStatementsCsv(`${HEADER}\ns1,2021-02-03,IRN,Iran,RUS,Russia,AGREE,quote,,\n`, 'mine.csv', TODAY),
			message: 'row 2, column quote: empty',
			row: 2,
			column: 'quote'
		},
		{
			name: 'CSV: a quoted cell never closed',
			run: () => parseStatementsCsv(`${HEADER}\ns1,2021-02-03,IRN,Iran,RUS,Russia,AGREE,quote,"We agree.,\n`, 'mine.csv', TODAY),
			message: 'row 2: a quoted cell opened on line 2 is never closed',
			row: 2
		},
		{
			name: 'JSONL: an unknown event type, with its line',
			run: () => parsePloverJsonl(jsonl.split('\n').map((l, i) => (i === AGREE_LINE - 1 ? l.replace('"event":["AGREE"]', '"event":["PRAISE"]') : l)).join('\n'), 'mine.jsonl', TODAY),
			message: `line ${AGREE_LINE}, field event: ["PRAISE"] is not a PLOVER event type`,
			line: AGREE_LINE,
			column: 'event',
			received: '["PRAISE"]'
		},
		{
			name: 'JSONL: a line that is not JSON',
			run: () => parsePloverJsonl(`${jsonl.split('\n')[0]}\n{"id": oops}\n`, 'mine.jsonl', TODAY),
			message: 'line 2: not a JSON record',
			line: 2
		},
		{
			name: 'JSON: a syntax error, with its line',
			run: () => parseDatasetJson('{\n  "schemaVersion": 1,\n  "sources": [,]\n}', 'mine.json', TODAY),
			message: 'line 3: not valid JSON',
			line: 3
		},
		{
			name: 'JSON: an unknown recipient, with its line and path',
			run: () => parseDatasetJson(json.replace('"recipients": [\n        "AFG"', '"recipients": [\n        "AFGG"'), 'mine.json', TODAY),
			message: `statements[${AFG_INDEX}].recipients[0]: "AFGG" is not a known actor`,
			line: json.split('\n').findIndex((l) => l.includes('"AFG"') && json.split('\n').indexOf(l) > json.indexOf('"s18"') / 1e9) + 1 || undefined
		},
		{
			name: 'JSON: a missing field is placed on its parent',
			run: () => parseDatasetJson('{"schemaVersion":1,"sources":[],"actors":[],"people":[],"topics":[],\n"events":[],\n"statements":[\n{"id":"s1"}]}', 'mine.json', TODAY),
			message: 'line 4, statements[0].date: the field "date" is missing',
			line: 4
		}
	];
	for (const c of cases) {
		it(c.name, () => {
			const r = c.run();
			expect(r.ok).toBe(false);
			const e = r.errors.find((x) => x.message.includes(c.message.replace(/^(line|row) \d+, /, '').split(':')[0])) ?? r.errors[0];
			expect(e.message).toContain(c.message);
			expect(e.file).toMatch(/^mine\./);
			if (c.row) expect(e.row).toBe(c.row);
			if (c.line && !c.message.includes(`statements[${AFG_INDEX}]`)) expect(e.line).toBe(c.line);
			if (c.column) expect(e.column).toBe(c.column);
			if (c.expected) expect(e.expected).toMatch(c.expected);
			if (c.received) expect(e.received).toBe(c.received);
		});
	}
});

describe('a JSON file that holds something other than a dataset object', () => {
	it('a top-level array: one error that says what a dataset is, not one per missing field', () => {
		const r = openDatasetFile('mine.json', '[1, 2, 3]\n', TODAY);
		expect(r.errors.map((e) => e.message)).toEqual([
			'line 1: expected an object with schemaVersion, sources, actors, people, topics, events and statements, found an array (3 items)'
		]);
	});
});

describe('warnings do not refuse the file', () => {
	it('a statement dated in the future', () => {
		const r = parseStatementsCsv(`${HEADER}\ns1,2031-02-03,IRN,Iran,RUS,Russia,AGREE,quote,We agree.,\n`, 'mine.csv', TODAY);
		expect(r.ok).toBe(true);
		expect(r.warnings.map((w) => w.message)).toContain('row 2, column date: 2031-02-03 is in the future');
	});
	it('a quote that is not at its span but elsewhere in its source: the span is corrected', () => {
		const moved = structuredClone(seedDataset);
		moved.statements[2].span = { start: moved.statements[2].span.start + 5, end: moved.statements[2].span.end + 5 };
		const r = parseDatasetJson(JSON.stringify(moved), 'moved.json', TODAY);
		expect(r.ok).toBe(true);
		expect(r.ok && r.dataset.statements[2].span).toEqual(seedDataset.statements[2].span);
		expect(r.warnings[0].message).toMatch(/^line 1, statements\[2\]\.span: the quote is not at/);
	});
	it('a quote found nowhere in its source stays an error', () => {
		const wrong = structuredClone(seedDataset);
		wrong.statements[0].quote = 'Words nobody wrote.';
		const r = parseDatasetJson(JSON.stringify(wrong, null, 1), 'wrong.json', TODAY);
		expect(r.ok).toBe(false);
		expect(r.errors[0].message).toContain('the quote is not found in the source text');
	});
	it('a PLOVER record as the manual describes it, with optional fields missing', () => {
		const r = parsePloverJsonl('{"id":"e1","date":"2021-11-06","actor":"IRN","recipient":"USA","event":"REQUEST","context":"nuclear; sanctions","text":"Iran asked the US to lift sanctions.","location":{"country":"IRN"},"version":"2.0"}\n{"id":"e2","date":"20211107","actor":["RUS"],"event":"support","text":"Russia backed the talks."}', 'plover.jsonl', TODAY);
		expect(r.errors).toEqual([]);
		const d = r.ok ? r.dataset : undefined;
		expect(d?.statements.map((s) => [s.id, s.date, s.actors, s.recipients, s.event, s.topics])).toEqual([
			['e1', '2021-11-06', ['IRN'], ['USA'], 'REQUEST', ['nuclear', 'sanctions']],
			['e2', '2021-11-07', ['RUS'], [], 'SUPPORT', []]
		]);
		expect(d?.actors.map((a) => a.name)).toEqual(['Iran', 'United States', 'Russia']);
		expect(d?.sources[0].text).toBe('Iran asked the US to lift sanctions.\n\nRussia backed the talks.');
	});
	it('a CSV code that is not a country but is named in the file is an actor', () => {
		const r = parseStatementsCsv(`${HEADER}\ns1,2021-02-03,EU,European Union,IRN,Iran,AGREE,quote,We agree.,\n`, 'mine.csv', TODAY);
		expect(r.ok && r.dataset.actors).toEqual([
			{ id: 'EU', name: 'European Union', kind: 'organization' },
			// A state needs no anchor in the file: it is placed from the country table.
			{ id: 'IRN', name: 'Iran', kind: 'state', iso3: 'IRN', m49: '364', anchor: { ...countryPoint('IRN')!, place: 'Iran (centre of its territory)' } }
		]);
	});
});

describe('CSV records', () => {
	const cases: { input: string; cells: string[][]; rows?: number[]; lines?: number[]; problems?: number }[] = [
		{ input: 'a,b\r\n1,2\r\n', cells: [['a', 'b'], ['1', '2']] },
		{ input: 'a,b\n"x, ""y""\nz",2\n3,4', cells: [['a', 'b'], ['x, "y"\nz', '2'], ['3', '4']], rows: [1, 2, 3], lines: [1, 2, 4] },
		{ input: '\uFEFFa;b\r1;2\r', cells: [['a', 'b'], ['1', '2']] },
		{ input: 'a\tb\n\n1\t2\n', cells: [['a', 'b'], ['1', '2']] },
		{ input: 'a,b\n1,', cells: [['a', 'b'], ['1', '']] },
		{ input: 'a,b\n"1"x,2', cells: [['a', 'b'], ['1x', '2']], problems: 1 },
		{ input: '', cells: [] }
	];
	for (const c of cases)
		it(JSON.stringify(c.input), () => {
			const r = parseCsvRecords(c.input);
			expect(r.records.map((x) => x.cells)).toEqual(c.cells);
			if (c.rows) expect(r.records.map((x) => x.row)).toEqual(c.rows);
			if (c.lines) expect(r.records.map((x) => x.line)).toEqual(c.lines);
			expect(r.problems.length).toBe(c.problems ?? 0);
		});
});

describe('JSON value lines', () => {
	const text = '{\n "a": [\n  1,\n  {"b": "x\\"y"}\n ],\n "c": {}\n}';
	const lines = jsonValueLines(text);
	for (const [path, line] of [['', 1], ['a', 2], ['a[0]', 3], ['a[1].b', 4], ['c', 6], ['c.missing', 6], ['a[9]', 2]] as const)
		it(`${path || '(root)'} → line ${line}`, () => {
			expect(lineOfPath(lines, path)).toBe(line);
			// Placing only the paths asked for skips the rest of the text and gives the same lines.
			expect(lineOfPath(jsonValueLines(text, [path]), path)).toBe(line);
		});
	it('placing a few paths records only them and the paths above them', () => {
		expect([...jsonValueLines(text, ['a[1].b']).keys()].sort()).toEqual(['', 'a', 'a[1]', 'a[1].b']);
	});
});

describe('format detection', () => {
	const cases: [string, string, string][] = [
		['x.json', '', 'json'],
		['x.JSONL', '', 'jsonl'],
		['x.ndjson', '', 'jsonl'],
		['x.csv', '{', 'csv'],
		['paste', '{\n "schemaVersion": 1', 'json'],
		['paste', '{"schemaVersion":1,"sources":[]}', 'json'],
		['paste', '{"id":"a","event":"AGREE"}\n{"id":"b"}', 'jsonl'],
		['paste', 'statement_id,date', 'csv']
	];
	for (const [name, text, format] of cases) it(`${name} ${JSON.stringify(text)} → ${format}`, () => expect(detectFormat(name, text)).toBe(format));
});
