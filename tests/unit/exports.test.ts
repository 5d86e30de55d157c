import { DOMParser } from '@xmldom/xmldom';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { aggregateEdges } from '$lib/data/queries';
import { seedDataset } from '$lib/data/seed/dataset';
import type { Dataset } from '$lib/data/types';
import { parseStatementsCsv } from '$lib/data/parse';
import { CSV_COLUMNS, csvCell, formatCsv, neutraliseCell, restoreCell, statementRows, statementsCsv } from '$lib/export/csv';
import { networkGraphml } from '$lib/export/graphml';
import { ploverJsonl } from '$lib/export/plover';
import { escapeXml } from '$lib/export/xml';

const d = seedDataset;

describe('statements.csv', () => {
	const csv = statementsCsv(d);

	it('is RFC 4180 after a UTF-8 byte-order mark: a header row and CRLF line ends', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.slice(1).startsWith('\uFEFF')).toBe(false);
		expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
		expect(csv.endsWith('\r\n')).toBe(true);
		// The mark makes the bytes start EF BB BF, which Excel needs to read ’ as one character.
		expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv).toContain('’');
	});

	it('parses back (d3-dsv) to the same rows, one per (statement, actor, recipient) pair, never a self-pair', () => {
		const parsed = csvParse(csv.slice(1).replace(/\r\n/g, '\n'));
		const rows = statementRows(d);
		// Each statement: actors × recipients, or one row per actor when it names no recipient.
		expect(parsed.length).toBe(d.statements.reduce((n, s) => n + s.actors.length * Math.max(1, s.recipients.length), 0));
		expect(parsed.map((r) => ({ ...r }))).toEqual(rows);
		for (const r of parsed) expect(r.actor, r.statement_id).not.toBe(r.recipient);
		const afghan = parsed.filter((r) => r.recipient === 'AFG').map((r) => `${r.statement_id} ${r.actor}`);
		expect(afghan).toEqual(['s18 IRN', 's18 RUS', 's19 IRN', 's19 RUS']);
	});

	it.each([
		{ id: 's01', kinds: [['IRN', '', 'joint'], ['RUS', '', 'joint']] },
		{ id: 's08', kinds: [['IRN', '', 'no-recipient']] },
		{ id: 's05', kinds: [['IRN', 'EU', 'directed'], ['IRN', 'USA', 'directed']] }
	])('says each row’s pair_kind: $id', ({ id, kinds }) => {
		const parsed = csvParse(csv.slice(1).replace(/\r\n/g, '\n')).filter((r) => r.statement_id === id);
		expect(parsed.map((r) => [r.actor, r.recipient, r.pair_kind])).toEqual(kinds);
	});

	it('guards each item of a list cell as a cell of its own, and reads it back', () => {
		const data: Dataset = structuredClone(d);
		data.actors.find((a) => a.id === 'RUS')!.name = '=HYPERLINK("http://evil.test")';
		const text = statementsCsv(data);
		const row = csvParse(text.slice(1).replace(/\r\n/g, '\n')).find((r) => r.statement_id === 's01')!;
		expect(row.actor_names).toBe(`Iran;'=HYPERLINK("http://evil.test")`);
		for (const item of row.actor_names!.split(';')) expect(item).not.toMatch(/^[=+\-@\t\r]/);
		const opened = parseStatementsCsv(text, 'statements.csv');
		expect(opened.ok && opened.dataset.actors.find((a) => a.id === 'RUS')?.name).toBe('=HYPERLINK("http://evil.test")');
	});

	it('writes one row with an empty recipient for a statement that has none', () => {
		const data: Dataset = structuredClone(d);
		data.statements[1].recipients = [];
		const rows = csvParse(statementsCsv(data).slice(1).replace(/\r\n/g, '\n')).filter((r) => r.statement_id === 's02');
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ recipient: '', pair_kind: 'no-recipient' });
	});

	it('quotes commas, quotes and line breaks', () => {
		expect(formatCsv(['a', 'b'], [{ a: 'x, "y"', b: 'line\nbreak' }])).toBe('a,b\r\n"x, ""y""","line\nbreak"\r\n');
	});

	it.each([
		// What a spreadsheet would run as a formula gets a leading ' (OWASP), still quoted as RFC 4180 says.
		{ input: '=1+1', expected: "'=1+1" },
		{ input: '+49 30 1234', expected: "'+49 30 1234" },
		{ input: '-2+3', expected: "'-2+3" },
		{ input: '@SUM(A1:A9)', expected: "'@SUM(A1:A9)" },
		{ input: '\t=1', expected: "'\t=1" },
		{ input: '\r=1', expected: `"'\r=1"` },
		{ input: '=HYPERLINK("http://x.test/?a,b","click")', expected: `"'=HYPERLINK(""http://x.test/?a,b"",""click"")"` },
		{ input: "=cmd|' /C calc'!A0", expected: "'=cmd|' /C calc'!A0" },
		// A ' that reading would take off is doubled, so every text reads back as written.
		{ input: "'=1", expected: "''=1" },
		{ input: "'quoted'", expected: "'quoted'" },
		{ input: 'a=b', expected: 'a=b' },
		{ input: ' =1', expected: ' =1' },
		{ input: '', expected: '' }
	])('neutralises $input', ({ input, expected }) => {
		expect(csvCell(input)).toBe(expected);
		expect(restoreCell(neutraliseCell(input))).toBe(input);
	});

	it('writes a formula in the data as text, and opening the file gives the data back', () => {
		const data: Dataset = structuredClone(d);
		data.statements[0].summary = '=HYPERLINK("http://evil.test","Iran")';
		data.statements[1].summary = "'-1";
		data.statements[2].summary = '@cmd';
		const text = statementsCsv(data);
		const rows = csvParse(text.slice(1).replace(/\r\n/g, '\n'));
		const summary = (id: string) => rows.find((r) => r.statement_id === id)?.summary;
		expect([summary('s01'), summary('s02'), summary('s03')]).toEqual([`'=HYPERLINK("http://evil.test","Iran")`, "''-1", "'@cmd"]);
		for (const row of rows) for (const value of Object.values(row)) expect(value ?? '').not.toMatch(/^[=+\-@\t\r]/);
		const opened = parseStatementsCsv(text, 'statements.csv');
		expect(opened.errors).toEqual([]);
		const back = opened.ok ? opened.dataset.statements : [];
		expect(back.slice(0, 3).map((s) => s.summary)).toEqual(data.statements.slice(0, 3).map((s) => s.summary));
	});
});

describe('plover.jsonl', () => {
	const lines = ploverJsonl(d).trimEnd().split('\n');

	it('has one parseable PLOVER record per statement with the required fields', () => {
		expect(lines).toHaveLength(d.statements.length);
		for (const [i, line] of lines.entries()) {
			const r = JSON.parse(line);
			// The manual's required fields, and the optional ones where the statement has a value.
			const s = d.statements[i];
			for (const key of ['id', 'date', 'actor', 'event', 'text', 'text_info', 'cite_info']) expect(r, `line ${i + 1} ${key}`).toHaveProperty(key);
			expect('recipient' in r).toBe(s.recipients.length > 0);
			expect('mode' in r).toBe(!!s.mode);
			expect('context' in r).toBe(s.topics.length > 0);
			expect(r.text).toBe(s.quote);
			expect(r.text_info).toMatchObject({ start: s.span.start, end: s.span.end, attribution: s.attribution });
			expect(d.sources[0].text.slice(r.text_info.start, r.text_info.end)).toBe(r.text);
		}
	});

	it('records the tweet with its speaker and date', () => {
		const tweet = lines.map((l) => JSON.parse(l)).find((r) => r.id === 's07');
		expect(tweet).toMatchObject({ date: '2021-11-03', actor: [{ code: 'IRN', entity_text: 'Iran' }, { code: 'EU', entity_text: 'European Union' }], event: ['AGREE'] });
		expect(tweet.text_info.speaker_name).toBe('Ali Baqeri');
		expect(tweet.cite_info).toMatchObject({ published: '2021-11-06', outlet: null, dateline: 'TEHRAN' });
	});
});

describe('network.graphml', () => {
	it('parses as XML with as many nodes and edges as the model', () => {
		const errors: string[] = [];
		const doc = new DOMParser({ onError: (level, msg) => errors.push(`${level}: ${msg}`) }).parseFromString(
			networkGraphml(d),
			'application/xml'
		);
		expect(errors).toEqual([]);
		expect(doc.getElementsByTagName('node').length).toBe(d.actors.length);
		const edges = aggregateEdges(d.statements);
		expect(doc.getElementsByTagName('edge').length).toBe(edges.length);
		expect(doc.getElementsByTagName('graph')[0].getAttribute('edgedefault')).toBe('directed');
	});

	it('keeps markup in names as text', () => {
		const data: Dataset = structuredClone(d);
		data.actors[0].name = '<img src=x onerror=alert(1)> & "Iran"';
		const doc = new DOMParser().parseFromString(networkGraphml(data), 'application/xml');
		const name = Array.from(doc.getElementsByTagName('data')).find((n) => n.getAttribute('key') === 'name');
		expect(name?.textContent).toBe('<img src=x onerror=alert(1)> & "Iran"');
		expect(doc.getElementsByTagName('img').length).toBe(0);
	});

	it('gives each edge its statements’ ids, dates, event types and voices, in one order, and no self-pair', () => {
		const doc = new DOMParser().parseFromString(networkGraphml(d), 'application/xml');
		const byId = new Map(d.statements.map((s) => [s.id, s]));
		const edges = [...doc.getElementsByTagName('edge')];
		expect(edges.length).toBeGreaterThan(0);
		for (const edge of edges) {
			expect(edge.getAttribute('source')).not.toBe(edge.getAttribute('target'));
			const field = (key: string) => [...edge.getElementsByTagName('data')].find((x) => x.getAttribute('key') === key)?.textContent?.split(' ') ?? [];
			const ids = field('statement_ids');
			expect(field('statement_dates')).toEqual(ids.map((id) => byId.get(id)!.date));
			expect(field('event_types')).toEqual(ids.map((id) => byId.get(id)!.event));
			expect(field('voices')).toEqual(ids.map((id) => byId.get(id)!.attribution));
		}
		expect(doc.getElementsByTagName('desc')[0]?.textContent).toMatch(/parallel edges/);
	});

	it('escapes XML specials and replaces characters XML cannot hold', () => {
		expect(escapeXml(`<a & 'b' "c">`)).toBe('&lt;a &amp; &apos;b&apos; &quot;c&quot;&gt;');
		expect(escapeXml('bell\u0007')).toBe('bell\uFFFD');
	});
});

describe('aggregateEdges', () => {
	it('sums to the number of statement × actor × recipient pairs and points only at actors', () => {
		const edges = aggregateEdges(d.statements);
		const pairs = d.statements.reduce(
			(n, s) => n + s.actors.flatMap((a) => s.recipients.filter((r) => r !== a)).length,
			0
		);
		expect(edges.reduce((n, e) => n + e.count, 0)).toBe(pairs);
		const ids = new Set(d.actors.map((a) => a.id));
		for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
	});

	it('gives Russia → United States the two statements by Lavrov plus his call on all parties', () => {
		const rusUsa = aggregateEdges(d.statements).filter((e) => e.source === 'RUS' && e.target === 'USA');
		expect(rusUsa).toEqual([
			expect.objectContaining({ quad: 'verbal-conflict', count: 2, statementIds: ['s15', 's16'] })
		]);
	});

	it('keeps the outlet’s own voice apart', () => {
		const outlet = aggregateEdges(d.statements).filter((e) => e.voice === 'outlet');
		// The call (s01) is a joint act with no recipient: no edge; the sanctions and the outlet's accusation are.
		expect(outlet.map((e) => `${e.source}→${e.target}`).sort()).toEqual(['OUTLET→USA', 'USA→IRN']);
	});
});
