import { describe, expect, it } from 'vitest';
import { attributionHints, isQuotedSpan, partiesNamed, partyMatchers } from '../../../src/lib/coding/suggest';
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
