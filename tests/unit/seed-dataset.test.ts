import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { describe, expect, it } from 'vitest';
import { PLOVER_EVENTS, QUAD_OF_EVENT } from '$lib/data/plover';
import { checkConsistency, validateDataset } from '$lib/data/schema';
import { seedDataset, spanOf } from '$lib/data/seed/dataset';
import { countsByEvent } from '$lib/data/queries';

const d = seedDataset;
const text = d.sources[0].text;

describe('the seed dataset', () => {
	it('validates with no errors and no warnings (the 3+3 format, with no seat, is drawn as its members’ outline)', () => {
		const result = validateDataset(d, new Date('2026-01-01'));
		expect(result.errors).toEqual([]);
		expect(result.ok).toBe(true);
		expect(result.warnings).toEqual([]);
	});

	it('keeps the article verbatim: it starts with a space and the dateline', () => {
		expect(text.startsWith(' date 2021-11-06 TEHRAN — On Saturday')).toBe(true);
		expect(text.length).toBe(3194);
	});

	it.each(d.statements.map((s) => [s.id, s] as const))('%s: quote equals the text at its span', (_, s) => {
		expect(text.slice(s.span.start, s.span.end)).toBe(s.quote);
		expect(s.span.end).toBeGreaterThan(s.span.start);
	});

	it('spans nest or are apart, so the source reader marks each word once (a clause may hold its own position)', () => {
		for (const a of d.statements)
			for (const b of d.statements) {
				if (a === b) continue;
				const apart = a.span.end <= b.span.start || b.span.end <= a.span.start;
				const nested = (a.span.start >= b.span.start && a.span.end <= b.span.end) || (b.span.start >= a.span.start && b.span.end <= a.span.end);
				expect(apart || nested, `${a.id} and ${b.id}`).toBe(true);
			}
	});

	it('has no duplicate ids in any collection', () => {
		for (const list of [d.sources, d.actors, d.people, d.topics, d.events, d.statements]) {
			const ids = list.map((x) => x.id);
			expect(new Set(ids).size).toBe(ids.length);
		}
	});

	it('references only ids that exist', () => {
		const actors = new Set(d.actors.map((a) => a.id));
		const people = new Set(d.people.map((p) => p.id));
		const topics = new Set(d.topics.map((t) => t.id));
		const events = new Set(d.events.map((e) => e.id));
		for (const s of d.statements) {
			for (const a of [...s.actors, ...s.recipients]) expect(actors, `${s.id} → ${a}`).toContain(a);
			for (const t of s.topics) expect(topics).toContain(t);
			if (s.speaker) expect(people).toContain(s.speaker);
			if (s.occasion) expect(events).toContain(s.occasion);
		}
		for (const a of d.actors) for (const m of a.members ?? []) expect(actors).toContain(m);
		for (const p of d.people) expect(actors).toContain(p.actor);
		expect(checkConsistency(d).errors).toEqual([]);
	});

	it('resolves every state actor to a world-atlas feature with its ISO numeric id', () => {
		const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
		const features = feature(topology, topology.objects.countries).features;
		const byId = new Map(features.filter((f) => f.id !== undefined).map((f) => [String(f.id), f]));
		const states = d.actors.filter((a) => a.kind === 'state');
		expect(states.map((a) => a.id).sort()).toEqual(
			['AFG', 'ARM', 'AZE', 'CHN', 'DEU', 'FRA', 'GBR', 'GEO', 'IRN', 'RUS', 'TUR', 'USA'].sort()
		);
		for (const a of states) {
			expect(a.iso3, a.id).toBe(a.id);
			expect(byId.has(a.m49!), `${a.id} m49 ${a.m49}`).toBe(true);
		}
		expect(byId.get('364')?.properties.name).toBe('Iran');
		expect(d.actors.find((a) => a.id === 'IRN')?.m49).toBe('364');
	});

	it('has real ISO dates, and the events of the article on their days', () => {
		for (const x of [...d.statements, ...d.events]) {
			expect(x.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(Number.isNaN(Date.parse(x.date))).toBe(false);
		}
		const byKind = Object.fromEntries(d.events.map((e) => [e.kind, e]));
		expect(byKind.announcement.date).toBe('2021-11-03');
		expect(byKind.post.date).toBe('2021-11-03');
		expect(byKind.call.date).toBe('2021-11-06');
		expect(byKind.talks).toMatchObject({ date: '2021-11-29', status: 'scheduled' });
	});

	it('codes each event type in its PLOVER quad class', () => {
		expect(PLOVER_EVENTS).toHaveLength(16);
		const expected = {
			'verbal-cooperation': ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE'],
			'material-cooperation': ['COOPERATE', 'AID', 'RETREAT'],
			'verbal-conflict': ['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN'],
			'material-conflict': ['PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']
		};
		for (const [quad, events] of Object.entries(expected))
			for (const e of events) expect(QUAD_OF_EVENT[e as keyof typeof QUAD_OF_EVENT], e).toBe(quad);
	});

	it('codes the outlet’s own voice as outlet, and the quoted tweet as a quote', () => {
		const sixRounds = d.statements.find((s) => s.quote.startsWith('Six rounds'))!;
		expect(sixRounds.attribution).toBe('outlet');
		const tweet = d.statements.find((s) => s.quote.includes('@enriquemora_'))!;
		expect(tweet).toMatchObject({ attribution: 'quote', speaker: 'baqeri', date: '2021-11-03' });
		expect(d.sources[0].outlet).toBeNull();
	});

	it('has the statement counts per event type that the notes report', () => {
		expect(Object.fromEntries(countsByEvent(d.statements))).toEqual({
			CONSULT: 2,
			SUPPORT: 3,
			AGREE: 4,
			REQUEST: 7,
			ACCUSE: 4,
			SANCTION: 1
		});
	});

	it('spanOf refuses a quote that is missing or ambiguous', () => {
		expect(() => spanOf('abc abc', 'abc')).toThrow(/more than once/);
		expect(() => spanOf('abc', 'x')).toThrow(/not found/);
		expect(spanOf('say hello', 'hello')).toEqual({ start: 4, end: 9 });
	});
});
