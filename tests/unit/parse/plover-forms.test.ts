/** PLOVER records in the manual's form, our older string form and the gold-standard draft form all open. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapModel } from '$lib/charts/map/model';
import { parsePloverJsonl, parseStatementsCsv } from '$lib/data/parse';
import { indexDataset } from '$lib/data/queries';
import { seedDataset } from '$lib/data/seed/dataset';
import { statementsCsv } from '$lib/export/csv';
import { ploverJsonl, ploverRecords } from '$lib/export/plover';
import { baseMapFor } from '$lib/server/basemap';

const TODAY = new Date('2030-01-01');
const fixture = (name: string) => readFileSync(`tests/fixtures/plover/${name}`, 'utf8');

describe('the export follows the manual', () => {
	it('writes actor and recipient as entity lists, event, mode and context as lists, and no empty string', () => {
		for (const r of ploverRecords(seedDataset)) {
			expect(r.actor.every((e) => typeof e.code === 'string' && e.entity_text.length > 0)).toBe(true);
			expect(Array.isArray(r.event)).toBe(true);
			const strings = JSON.stringify(r).match(/"[^"]*":""/g);
			expect(strings, r.id).toBeNull();
		}
		const call = ploverRecords(seedDataset).find((r) => r.id === 's01')!;
		expect(call.actor).toEqual([{ code: 'IRN', entity_text: 'Iran' }, { code: 'RUS', entity_text: 'Russia' }]);
		expect('recipient' in call).toBe(false);
		expect(call.mode).toEqual(['phone']);
	});
});

describe('reading PLOVER records', () => {
	it('the manual’s own example record (its date unquoted, no text) opens, with warnings that say so', () => {
		const r = parsePloverJsonl(fixture('manual-example.jsonl'), 'manual.jsonl', TODAY);
		expect(r.errors).toEqual([]);
		expect(r.ok && r.dataset.statements).toEqual([expect.objectContaining({ id: 'PHOXv1-20160724-0042', date: '2016-07-24', actors: ['USA'], recipients: ['CAN'], event: 'CONSULT' })]);
		const said = r.warnings.map((w) => w.message).join('\n');
		expect(said).toMatch(/line 1, field date: the date is not in quotation marks/);
		expect(said).toMatch(/line 1, field text: no text/);
	});

	it('records in the gold-standard draft form open, named from actorText; IGO and JAP are kept as actors with a warning', () => {
		const r = parsePloverJsonl(fixture('gold-standard.jsonl'), 'gsr.jsonl', TODAY);
		expect(r.errors).toEqual([]);
		if (!r.ok) return;
		expect(r.dataset.statements.map((s) => [s.actors, s.recipients])).toEqual([
			[['IGO'], ['JAP']],
			[['CHL', 'PER'], []],
			[['NOR'], ['KEN']]
		]);
		expect(r.dataset.actors.find((a) => a.id === 'IGO')).toMatchObject({ name: 'Regional trade forum', kind: 'organization' });
		expect(r.dataset.actors.find((a) => a.id === 'NOR')?.name).toBe('Norwegian officials');
		expect(r.dataset.sources[0]).toMatchObject({ outlet: 'Test records in the gold-standard form', language: 'en' });
		const said = r.warnings.map((w) => w.message);
		expect(said).toContain('line 1, field source: "IGO" is not an ISO 3166-1 alpha-3 country code; it is kept as an actor named "Regional trade forum"');
		expect(said).toContain('line 1, field target: "JAP" is not an ISO 3166-1 alpha-3 country code; it is kept as an actor named "Tokyo"');
	});

	it('a file of gold-standard records draws its arcs: ISO states are placed from the country table', () => {
		const r = parsePloverJsonl(fixture('gold-standard.jsonl'), 'gsr.jsonl', TODAY);
		if (!r.ok) throw new Error('not read');
		const model = mapModel(baseMapFor(seedDataset), r.dataset, indexDataset(r.dataset), r.dataset.statements);
		expect(model.arcs.map((a) => `${a.source}→${a.target}`)).toEqual(['NOR→KEN']);
	});

	it('our older string form still opens', () => {
		const line = JSON.stringify({ id: 'x1', date: '2021-11-06', actor: 'IRN;RUS', recipient: 'AFG', event: 'AGREE', text: 'They agreed.', context: 'afghanistan' });
		const r = parsePloverJsonl(line, 'old.jsonl', TODAY);
		expect(r.ok && r.dataset.statements[0]).toMatchObject({ actors: ['IRN', 'RUS'], recipients: ['AFG'], topics: ['afghanistan'] });
	});

	it('a recipient that is also an actor (an older export of a call) reads as a joint act, with a warning', () => {
		const line = JSON.stringify({ id: 'x1', date: '2021-11-06', actor: 'IRN;RUS', recipient: 'RUS;IRN', event: 'CONSULT', text: 'They spoke.' });
		const r = parsePloverJsonl(line, 'old.jsonl', TODAY);
		expect(r.ok && r.dataset.statements[0].recipients).toEqual([]);
		expect(r.warnings.map((w) => w.message)).toContain('line 1, field recipient: "RUS" is also an actor of the record: read as a joint act, with no recipient "RUS" (no self-pair)');
	});
});

describe('round trips keep the picture', () => {
	const base = baseMapFor(seedDataset);
	const seedArcs = mapModel(base, seedDataset, indexDataset(seedDataset), seedDataset.statements).arcs.filter((a) => {
		const kinds = new Map(seedDataset.actors.map((x) => [x.id, x.kind]));
		return kinds.get(a.source) === 'state' && kinds.get(a.target) === 'state';
	});
	it.each([
		['statements.csv', () => parseStatementsCsv(statementsCsv(seedDataset), 'statements.csv', TODAY)],
		['plover.jsonl', () => parsePloverJsonl(ploverJsonl(seedDataset), 'plover.jsonl', TODAY)]
	])('%s: every state-to-state arc of the seed is drawn again, and no state lacks a map position', (_, read) => {
		const r = read();
		if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
		const unplaced = r.warnings.map((w) => w.message).find((m) => m.includes('no map position')) ?? '';
		const states = seedDataset.actors.filter((a) => a.kind === 'state').map((a) => `"${a.id}"`);
		for (const state of states) expect(unplaced).not.toContain(state);
		const arcs = mapModel(base, r.dataset, indexDataset(r.dataset), r.dataset.statements).arcs.map((a) => a.id);
		for (const a of seedArcs) expect(arcs).toContain(a.id);
	});
});
