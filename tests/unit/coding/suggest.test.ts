import { describe, expect, it } from 'vitest';
import { attributionHints, isQuotedSpan, partiesNamed, partyMatchers, partyNames } from '../../../src/lib/coding/suggest';
import type { Actor } from '../../../src/lib/data/types';
import { builtInDataset } from '../../../src/lib/server/dataset';
import { COUNTRIES } from './countries';

const matchers = partyMatchers(COUNTRIES, [{ id: 'IAEA', name: 'International Atomic Energy Agency', aliases: ['IAEA'] }]);

describe('partiesNamed', () => {
	const rows = [
		{ text: 'Russian Foreign Minister Sergei Lavrov told Tehran that the Americans must return.', expected: ['RUS', 'IRN', 'USA'] },
		{ text: 'The U.S. and the Islamic Republic of Iran met in Vienna with the IAEA.', expected: ['USA', 'IRN', 'AUT', 'IAEA'] },
		{ text: 'Washington must return to the deal, Moscow said.', expected: ['USA', 'RUS'] },
		{ text: 'Georgia, Azerbaijan and Armenia; Iranian officials.', expected: ['GEO', 'AZE', 'ARM', 'IRN'] },
		// Words that only contain a name, or a two-letter code in lower case, name no one.
		{ text: 'The omanis? No: an iran-free sentence in us english, Chinatown.', expected: [] }
	];
	it.each(rows)('$text', ({ text, expected }) => {
		expect(partiesNamed(text, matchers).map((p) => p.id)).toEqual(expected);
	});
	it('says how the text names a country', () => {
		const [rus, irn] = partiesNamed('Russian envoy in Tehran', matchers);
		expect(rus).toMatchObject({ id: 'RUS', name: 'Russia', found: 'Russian', how: 'demonym' });
		expect(irn).toMatchObject({ id: 'IRN', found: 'Tehran', how: 'capital' });
	});
});

describe('attributionHints', () => {
	it('quotation marks suggest a quote, with the span of the quoted words', () => {
		const article = 'Intro. He said: “We will not yield.” Then more.';
		const start = article.indexOf('He');
		const passage = article.slice(start, article.indexOf('Then') - 1);
		const hints = attributionHints(passage, passage, start);
		expect(hints.map((h) => h.attribution)).toEqual(['quote', 'paraphrase']);
		expect(article.slice(hints[0].span!.start, hints[0].span!.end)).toBe('We will not yield.');
		expect(hints[1].why).toBe('reporting verb “said”');
	});
	it.each([
		{ s: 'Lavrov stressed the need to revive the deal.', expected: ['paraphrase'] },
		{ s: 'According to the ministry, talks resume.', expected: ['paraphrase'] },
		{ s: 'Talks have stalled for months.', expected: [] },
		{ s: 'The "illegal" sanctions remain.', expected: ['quote'] }
	])('$s', ({ s, expected }) => {
		expect(attributionHints(s, s, 0).map((h) => h.attribution)).toEqual(expected);
	});
});

describe('isQuotedSpan', () => {
	const text = 'He said: “We will not yield.” Then «non» and plain words.';
	const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
	it.each([
		{ span: at('We will not yield.'), expected: true },
		{ span: at('“We will not yield.”'), expected: true },
		{ span: at('non'), expected: true },
		{ span: at('will not'), expected: false },
		{ span: at('plain words'), expected: false }
	])('$span', ({ span, expected }) => expect(isQuotedSpan(text, span)).toBe(expected));
});

describe('partyNames: the parties besides countries a selection is matched against', () => {
	const open = builtInDataset().actors;
	const bodies = open.filter((a) => a.kind === 'organization' || a.kind === 'group');
	const own: Actor[] = [{ id: 'SCO', name: 'Shanghai Cooperation Organisation', kind: 'organization' }, { id: 'IRN', name: 'Iran', kind: 'state' }];

	it("the coder's own first, then the open dataset's bodies and groupings the coder has not defined, each once", () => {
		const names = partyNames([...own, bodies[0]], open);
		expect(names.map((p) => p.id)).toEqual(['SCO', bodies[0].id, ...bodies.slice(1).map((a) => a.id)]);
		// Its states come from the country table, its outlet is no party a passage names.
		expect(names.some((p) => open.some((a) => a.id === p.id && (a.kind === 'state' || a.kind === 'media')))).toBe(false);
	});
	it("a passage naming the open dataset's body, by its name or its id, suggests it", () => {
		const iaea = bodies.find((a) => a.id === 'IAEA')!;
		const matchers = partyMatchers(COUNTRIES, partyNames([], open));
		expect(partiesNamed(`Grossi said the ${iaea.name} would report.`, matchers).map((p) => p.id)).toEqual(['IAEA']);
		expect(partiesNamed('Tehran let IAEA inspectors in.', matchers).map((p) => p.id)).toEqual(['IRN', 'IAEA']);
		const group = bodies.find((a) => a.kind === 'group' && a.members?.length)!;
		expect(partiesNamed(`The ${group.name} met.`, matchers).map((p) => p.id)).toEqual([group.id]);
	});
	it('without an open dataset, only the coder’s own', () => {
		expect(partyNames(own).map((p) => p.id)).toEqual(['SCO']);
	});
});
