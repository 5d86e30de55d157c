import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLOVER_EVENTS, QUAD_CLASSES } from '$lib/data/plover';
import type { Focus } from '$lib/state/focus';
import { decodeUrlState, encodeUrlState, withUrlState, type UrlState } from '$lib/state/url';

const id = fc.string({ minLength: 1, maxLength: 8 });
/** Ids with the characters a pin's syntax uses: `>` between the ends, `%` for escapes. */
const edgeId = fc.stringMatching(/^[A-Z>%3Ee]{1,6}$/);
const ids = fc.uniqueArray(id, { maxLength: 3 });
const date = fc
	.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));
const focus: fc.Arbitrary<Focus> = fc.oneof(
	id.map((i) => ({ kind: 'actor' as const, id: i })),
	id.map((i) => ({ kind: 'statement' as const, id: i })),
	fc.tuple(fc.oneof(id, edgeId), fc.oneof(id, edgeId)).map(([source, target]) => ({ kind: 'edge' as const, source, target }))
);
const state: fc.Arbitrary<UrlState> = fc.record({
	filters: fc.record({
		actors: ids,
		recipients: ids,
		topics: ids,
		events: fc.uniqueArray(fc.constantFrom(...PLOVER_EVENTS, ...QUAD_CLASSES), { maxLength: 3 }),
		attributions: fc.uniqueArray(fc.constantFrom('quote' as const, 'paraphrase' as const, 'outlet' as const), { maxLength: 3 }),
		from: fc.oneof(fc.constant(''), date),
		to: fc.oneof(fc.constant(''), date)
	}),
	pinned: fc.option(focus, { nil: null }),
	theme: fc.constantFrom('light' as const, 'dark' as const, 'auto' as const)
});

describe('URL state', () => {
	it('decode(encode(state)) equals state (fast-check)', () => {
		fc.assert(
			fc.property(state, (s) => {
				const through = new URLSearchParams(encodeUrlState(s).toString());
				expect(decodeUrlState(through)).toEqual(s);
			}),
			{ numRuns: 500 }
		);
	});

	it('ignores unknown and malformed parameters without throwing (fast-check)', () => {
		fc.assert(
			fc.property(fc.string(), (query) => {
				const s = decodeUrlState(new URLSearchParams(query));
				expect(s.filters.from === '' || /^\d{4}-\d{2}-\d{2}$/.test(s.filters.from)).toBe(true);
				for (const e of s.filters.events) expect([...PLOVER_EVENTS, ...QUAD_CLASSES]).toContain(e);
			}),
			{ numRuns: 500 }
		);
	});

	it.each([
		{ query: 'recipient=AFG', expected: { recipients: ['AFG'] } },
		{ query: 'event=PRAISE&event=REQUEST', expected: { events: ['REQUEST'] } },
		{ query: 'event=verbal-conflict', expected: { events: ['verbal-conflict'] } },
		{ query: 'from=2021-02-30&to=2021-11-06', expected: { from: '', to: '2021-11-06' } },
		{ query: 'attribution=rumour&attribution=outlet', expected: { attributions: ['outlet'] } },
		{ query: 'actor=IRN&actor=IRN&actor=', expected: { actors: ['IRN'] } }
	])('$query', ({ query, expected }) => {
		expect(decodeUrlState(new URLSearchParams(query)).filters).toMatchObject(expected);
	});

	it('drops ids the dataset does not know, when told which exist', () => {
		const known = { actors: new Set(['IRN', 'USA']), topics: new Set(['jcpoa']), statements: new Set(['s01']) };
		const s = decodeUrlState(new URLSearchParams('actor=IRN&actor=XXX&topic=nope&pin=edge:IRN>ZZZ'), known);
		expect(s.filters.actors).toEqual(['IRN']);
		expect(s.filters.topics).toEqual([]);
		expect(s.pinned).toBeNull();
		expect(decodeUrlState(new URLSearchParams('pin=edge:IRN>USA'), known).pinned).toEqual({ kind: 'edge', source: 'IRN', target: 'USA' });
		expect(decodeUrlState(new URLSearchParams('theme=neon')).theme).toBe('auto');
	});

	it('keeps parameters it does not own, such as dataset and title', () => {
		const s = decodeUrlState(new URLSearchParams('recipient=AFG'));
		expect(withUrlState(new URLSearchParams('dataset=x.json&title=0&recipient=USA'), s)).toBe('?dataset=x.json&title=0&recipient=AFG');
	});

	it.each([
		{ pin: 'edge:RUS>USA', expected: { kind: 'edge', source: 'RUS', target: 'USA' } },
		{ pin: 'edge:IRN%3EA>B', expected: { kind: 'edge', source: 'IRN>A', target: 'B' } },
		{ pin: 'edge:IRN>A%3EB', expected: { kind: 'edge', source: 'IRN', target: 'A>B' } },
		{ pin: 'edge:100%25>B', expected: { kind: 'edge', source: '100%', target: 'B' } },
		// An older link, written unescaped: read where exactly one split names two actors of the dataset.
		{ pin: 'edge:IRN>A>B', actors: ['IRN', 'A>B'], expected: { kind: 'edge', source: 'IRN', target: 'A>B' } },
		{ pin: 'edge:IRN>A>B', actors: ['IRN', 'A>B', 'IRN>A', 'B'], expected: null }
	])('pin=$pin names one edge, or none when it is ambiguous', ({ pin, actors, expected }) => {
		const all = actors ?? ['RUS', 'USA', 'IRN', 'IRN>A', 'B', 'A>B', '100%'];
		const known = { actors: new Set(all), topics: new Set<string>(), statements: new Set<string>() };
		expect(decodeUrlState(new URLSearchParams({ pin }), known).pinned).toEqual(expected);
	});

	it.each([
		{ source: 'IRN>A', target: 'B' },
		{ source: 'IRN', target: 'A>B' },
		{ source: 'a%3Eb', target: '%' }
	])('an edge between $source and $target survives the address', ({ source, target }) => {
		const state: UrlState = { filters: decodeUrlState(new URLSearchParams()).filters, pinned: { kind: 'edge', source, target }, theme: 'auto' };
		const known = { actors: new Set([source, target]), topics: new Set<string>(), statements: new Set<string>() };
		expect(decodeUrlState(new URLSearchParams(encodeUrlState(state).toString()), known).pinned).toEqual(state.pinned);
	});
});
