/**
 * Write a synthetic dataset of N statements (default 10,000) for timing the "Open dataset" path:
 * `npx tsx scripts/generate-large-dataset.ts [N] [out.json]` (also writes the CSV and JSONL exports).
 */
import { writeFileSync } from 'node:fs';
import { PLOVER_EVENTS } from '../src/lib/data/plover';
import type { Dataset, Statement } from '../src/lib/data/types';
import { statementsCsv } from '../src/lib/export/csv';
import { ploverJsonl } from '../src/lib/export/plover';

const STATES: [string, string, string, number, number][] = [
	['IRN', 'Iran', '364', 51.39, 35.69], ['RUS', 'Russia', '643', 37.62, 55.76], ['USA', 'United States', '840', -77.04, 38.91],
	['CHN', 'China', '156', 116.41, 39.9], ['FRA', 'France', '250', 2.35, 48.86], ['DEU', 'Germany', '276', 13.4, 52.52],
	['GBR', 'United Kingdom', '826', -0.13, 51.51], ['TUR', 'Turkey', '792', 32.85, 39.92], ['IND', 'India', '356', 77.21, 28.61],
	['BRA', 'Brazil', '076', -47.88, -15.79], ['ZAF', 'South Africa', '710', 28.19, -25.75], ['JPN', 'Japan', '392', 139.69, 35.69]
];

export function largeDataset(n: number): Dataset {
	const quotes: string[] = [];
	const statements: Statement[] = [];
	let text = '';
	for (let i = 0; i < n; i++) {
		const a = STATES[i % STATES.length];
		const r = STATES[(i * 7 + 3) % STATES.length];
		const quote = `Statement ${i}: ${a[1]} told ${r[1]} that talks must continue (${i % 97}).`;
		if (text) text += ' ';
		const start = text.length;
		text += quote;
		quotes.push(quote);
		const day = 1 + (i % 28);
		statements.push({
			id: `s${i}`,
			date: `2021-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
			source: 'src-large',
			span: { start, end: start + quote.length },
			quote,
			actors: [a[0]],
			recipients: a[0] === r[0] ? [] : [r[0]],
			event: PLOVER_EVENTS[i % PLOVER_EVENTS.length],
			topics: ['talks'],
			attribution: i % 5 === 0 ? 'quote' : 'paraphrase',
			summary: `${a[1]} to ${r[1]}, number ${i}.`
		});
	}
	return {
		schemaVersion: 1,
		sources: [{ id: 'src-large', title: `${n} synthetic statements`, outlet: null, dateline: 'GENEVA', published: '2021-12-31', language: 'en', url: null, text }],
		actors: STATES.map(([id, name, m49, lon, lat]) => ({ id, name, kind: 'state' as const, iso3: id, m49, anchor: { lon, lat, place: name } })),
		people: [],
		topics: [{ id: 'talks', label: 'Talks' }],
		events: [],
		statements
	};
}

if (process.argv[1]?.endsWith('generate-large-dataset.ts')) {
	const n = Number(process.argv[2] ?? 10_000);
	const out = process.argv[3] ?? `/tmp/large-${n}.json`;
	const d = largeDataset(n);
	writeFileSync(out, JSON.stringify(d));
	writeFileSync(out.replace(/\.json$/, '.csv'), statementsCsv(d));
	writeFileSync(out.replace(/\.json$/, '.jsonl'), ploverJsonl(d));
	console.log(`wrote ${out} (+ .csv, .jsonl)`);
}
