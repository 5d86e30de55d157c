/** The codebook's rules (docs/dataset.md §4), checked on the seed and on small counter-examples. */
import { describe, expect, it } from 'vitest';
import { pairingIssues, pairKindOf, statementPairRows } from '$lib/data/pairs';
import { quadSign, quadOf } from '$lib/data/plover';
import { validateDataset } from '$lib/data/schema';
import { seedDataset } from '$lib/data/seed/dataset';
import type { Dataset, Statement } from '$lib/data/types';

const d = seedDataset;
const byId = new Map(d.statements.map((s) => [s.id, s]));
const seed = (id: string) => byId.get(id)!;
const sentenceOf = (s: Statement) => {
	const text = d.sources[0].text;
	const start = Math.max(text.lastIndexOf('\n', s.span.start), text.lastIndexOf('. ', s.span.start));
	const end = text.indexOf('\n', s.span.end);
	return text.slice(start + 1, end < 0 ? text.length : end);
};

describe('a recipient is a party the sentence names', () => {
	it('no statement of the seed pairs a party with itself or lists one twice', () => {
		for (const s of d.statements) expect(pairingIssues(s), s.id).toEqual([]);
	});

	it('every recipient of the seed is named in its sentence (by name, demonym or the group’s name)', () => {
		const names: Record<string, RegExp> = { USA: /United States|U\.S\.|American/, EU: /European/, IRN: /Iran/, RUS: /Russia/, IAEA: /IAEA|Atomic Energy/, AFG: /Afghanistan/, '3+3': /3\+3/ };
		for (const s of d.statements) for (const r of s.recipients) expect(sentenceOf(s), `${s.id} → ${r}`).toMatch(names[r]);
	});

	it.each([
		['s08', 'Iran “will pursue its demands robustly” names no one'],
		['s09', '“all parties” names no party'],
		['s14', 'Lavrov “stressed the importance of reviving the 2015 nuclear deal” names no one'],
		['s23', 'Baqeri’s “unlawful & inhumane sanctions” names no one who imposed them']
	])('%s has no recipient: %s', (id) => {
		expect(seed(id).recipients).toEqual([]);
		expect(pairKindOf(seed(id))).toBe('no-recipient');
	});

	it('“all parties, firstly, the United States” is addressed to the United States only', () => {
		expect(seed('s15').recipients).toEqual(['USA']);
	});
});

describe('a group is coded as the group', () => {
	it('Iran’s support for the 3+3 format has one recipient, the 3+3 group, whose members the map outlines', () => {
		const s20 = seed('s20');
		expect(s20.recipients).toEqual(['3+3']);
		expect(d.actors.find((a) => a.id === '3+3')?.members).toEqual(['IRN', 'RUS', 'TUR', 'GEO', 'AZE', 'ARM']);
	});
});

describe('a joint act has both parties as actors and no recipient', () => {
	it.each([['s01', ['IRN', 'RUS']], ['s07', ['IRN', 'EU']]])('%s', (id, actors) => {
		expect(seed(id).actors).toEqual(actors);
		expect(seed(id).recipients).toEqual([]);
		expect(statementPairRows(seed(id))).toEqual(actors.map((actor) => ({ actor, recipient: '', kind: 'joint' })));
	});

	it('the seed gives no self-pair, however it is split by actor', () => {
		for (const s of d.statements) for (const row of statementPairRows(s)) expect(row.actor, s.id).not.toBe(row.recipient);
	});
});

describe('a statement is dated when it was said; one understanding counts once', () => {
	it('each statement’s occasion is an event of the same day', () => {
		const events = new Map(d.events.map((e) => [e.id, e]));
		for (const s of d.statements) if (s.occasion) expect(events.get(s.occasion)?.date, s.id).toBe(s.date);
	});

	it('the reference on 6 November to the agreement with Mora is a 6 November statement; the agreement is the 3 November tweet', () => {
		const reference = d.statements.find((s) => s.quote.includes('Enrique Mora'))!;
		expect(reference.date).toBe('2021-11-06');
		expect(seed('s07')).toMatchObject({ date: '2021-11-03', occasion: 'ev-tweet', event: 'AGREE' });
	});

	it('the agreement to start the talks on 29 November is one cooperative statement, not three', () => {
		const aboutIt = d.statements.filter((s) => /Mora|enriquemora|November 29|29 November/.test(s.quote) && quadSign(quadOf(s.event)) > 0);
		expect(aboutIt.map((s) => s.id)).toEqual(['s07']);
	});
});

describe('what the article states is coded', () => {
	it('Iran’s scepticism of the Americans’ intentions is an accusation at the United States', () => {
		expect(d.statements.find((s) => s.quote.includes('skeptical of the Americans’ intentions'))).toMatchObject({ event: 'ACCUSE', actors: ['IRN'], recipients: ['USA'] });
	});
	it('the new US sanctions against Iran are a SANCTION by the United States', () => {
		expect(d.statements.find((s) => s.quote.includes('new U.S. sanctions'))).toMatchObject({ event: 'SANCTION', actors: ['USA'], recipients: ['IRN'] });
	});
	it('Baqeri’s “unlawful & inhumane sanctions” is his own accusation, in quotation marks', () => {
		expect(d.statements.find((s) => s.quote === 'unlawful & inhumane sanctions')).toMatchObject({ event: 'ACCUSE', speaker: 'baqeri', attribution: 'quote' });
	});
});

describe('counter-examples: the validator refuses what the codebook forbids', () => {
	const base: Dataset = {
		schemaVersion: 1,
		sources: [{ id: 'src', title: 't', outlet: null, dateline: '', published: '2021-01-01', language: 'en', url: null, text: 'They spoke.' }],
		actors: [
			{ id: 'IRN', name: 'Iran', kind: 'state', iso3: 'IRN', m49: '364', anchor: { lon: 51, lat: 35, place: 'Tehran' } },
			{ id: 'RUS', name: 'Russia', kind: 'state', iso3: 'RUS', m49: '643', anchor: { lon: 37, lat: 55, place: 'Moscow' } }
		],
		people: [],
		topics: [],
		events: [],
		statements: []
	};
	const withStatement = (actors: string[], recipients: string[]): Dataset => ({
		...base,
		statements: [{ id: 'x', date: '2021-01-01', source: 'src', span: { start: 0, end: 11 }, quote: 'They spoke.', actors, recipients, event: 'CONSULT', topics: [], attribution: 'outlet', summary: '' }]
	});

	it.each([
		{ actors: ['IRN', 'RUS'], recipients: ['RUS', 'IRN'], paths: ['statements[0].recipients[0]', 'statements[0].recipients[1]'] },
		{ actors: ['IRN'], recipients: ['IRN'], paths: ['statements[0].recipients[0]'] },
		{ actors: ['IRN', 'IRN'], recipients: ['RUS'], paths: ['statements[0].actors[1]'] },
		{ actors: ['IRN'], recipients: ['RUS', 'RUS'], paths: ['statements[0].recipients[1]'] }
	])('$actors → $recipients is refused at $paths', ({ actors, recipients, paths }) => {
		const r = validateDataset(withStatement(actors, recipients), new Date('2030-01-01'));
		expect(r.ok).toBe(false);
		expect(r.errors.map((e) => e.path)).toEqual(paths);
	});

	it('the same call coded as a joint act is accepted', () => {
		expect(validateDataset(withStatement(['IRN', 'RUS'], []), new Date('2030-01-01')).errors).toEqual([]);
	});

	it.each([
		{ actors: ['IRN'], recipients: ['RUS'], rows: [['IRN', 'RUS', 'directed']] },
		{ actors: ['IRN', 'RUS'], recipients: ['RUS'], rows: [['IRN', 'RUS', 'directed']] },
		{ actors: ['IRN', 'RUS'], recipients: [], rows: [['IRN', '', 'joint'], ['RUS', '', 'joint']] },
		{ actors: ['IRN'], recipients: [], rows: [['IRN', '', 'no-recipient']] },
		{ actors: ['IRN', 'RUS'], recipients: ['USA', 'EU'], rows: [['IRN', 'USA', 'directed'], ['IRN', 'EU', 'directed'], ['RUS', 'USA', 'directed'], ['RUS', 'EU', 'directed']] }
	])('pairs of $actors → $recipients', ({ actors, recipients, rows }) => {
		expect(statementPairRows({ actors, recipients }).map((p) => [p.actor, p.recipient, p.kind])).toEqual(rows);
	});
});

describe('every error in one pass', () => {
	it('a bad date and an unknown actor in the same dataset are both listed, each at its path', () => {
		const d = structuredClone(seedDataset) as unknown as { statements: Record<string, unknown>[] };
		d.statements[0].date = '2021-02-30';
		d.statements[2].recipients = ['NOPE'];
		d.statements[3].recipients = ['EU', 'IRN'];
		const r = validateDataset(d, new Date('2030-01-01'));
		expect(r.errors.map((e) => e.path)).toEqual(['statements[0].date', 'statements[2].recipients[0]', 'statements[3].recipients[1]']);
	});
});
