import { describe, expect, it } from 'vitest';
import { seedDataset } from '$lib/data/seed/dataset';
import type { Source, Statement } from '$lib/data/types';
import { sourceLine } from '$lib/export/source-line';

const source = (id: string, outlet: string | null, dateline: string, published: string): Source => ({
	id,
	title: id,
	outlet,
	dateline,
	published,
	language: 'en',
	url: null,
	text: ''
});
const citing = (...ids: string[]) => ids.map((id) => ({ source: id }) as Statement);

const A = source('a', null, 'TEHRAN', '2021-11-06');
const B = source('b', 'Reuters', 'MOSCOW', '2021-11-07');
const C = source('c', 'AP', 'VIENNA', '2021-11-29');
const D = source('d', 'AFP', 'BRUSSELS', '2021-12-01');
const E = source('e', 'Reuters', 'MOSCOW', '2021-11-07'); // reads as B

describe('sourceLine', () => {
	it.each([
		{ sources: [A], statements: citing('a'), name: '', expected: 'Source: outlet not named, TEHRAN, 6 November 2021. Coded in PLOVER 2.0.' },
		{
			sources: [A, B],
			statements: citing('a', 'b'),
			name: '',
			expected: 'Sources: outlet not named, TEHRAN, 6 November 2021 and Reuters, MOSCOW, 7 November 2021. Coded in PLOVER 2.0.'
		},
		{
			sources: [A, B, C],
			statements: citing('c', 'a', 'b'),
			name: '',
			expected: 'Sources: outlet not named, TEHRAN, 6 November 2021; Reuters, MOSCOW, 7 November 2021 and AP, VIENNA, 29 November 2021. Coded in PLOVER 2.0.'
		},
		{
			sources: [A, B, C, D],
			statements: citing('a', 'b', 'c', 'd'),
			name: '',
			expected: 'Sources: outlet not named, TEHRAN, 6 November 2021; Reuters, MOSCOW, 7 November 2021 and 2 more. Coded in PLOVER 2.0.'
		},
		// Only the sources of the statements shown; the same outlet, place and day named once.
		{ sources: [A, B, C, D, E], statements: citing('e', 'b', 'd'), name: '', expected: 'Sources: Reuters, MOSCOW, 7 November 2021 and AFP, BRUSSELS, 1 December 2021. Coded in PLOVER 2.0.' },
		// No statement shown: the dataset's sources.
		{ sources: [A, B], statements: [], name: '', expected: 'Sources: outlet not named, TEHRAN, 6 November 2021 and Reuters, MOSCOW, 7 November 2021. Coded in PLOVER 2.0.' },
		{ sources: [], statements: [], name: '', expected: 'Source: dataset. Coded in PLOVER 2.0.' },
		{ sources: [B], statements: citing('b'), name: 'talks.json', expected: 'Source: Reuters, MOSCOW, 7 November 2021. Dataset: talks.json. Coded in PLOVER 2.0.' },
		{
			sources: [A, B, C, D],
			statements: citing('a', 'b', 'c', 'd'),
			name: 'vienna.json',
			expected: 'Sources: outlet not named, TEHRAN, 6 November 2021; Reuters, MOSCOW, 7 November 2021 and 2 more. Dataset: vienna.json. Coded in PLOVER 2.0.'
		}
	])('$expected', ({ sources, statements, name, expected }) => {
		expect(sourceLine(sources, statements, name)).toBe(expected);
	});

	it('names the built-in dataset’s one source, which gives no outlet and no headline', () => {
		expect(sourceLine(seedDataset.sources, seedDataset.statements, '')).toBe('Source: outlet not named, TEHRAN, 6 November 2021 (untitled). Coded in PLOVER 2.0.');
	});
});

describe('a source with missing fields says so', () => {
	it('words a missing dateline, outlet and headline as missing, never as a blank', () => {
		const bare = { ...source('x', null, '', '2021-11-06'), title: '' };
		expect(sourceLine([bare], citing('x'), '')).toBe('Source: outlet not named, 6 November 2021 (untitled). Coded in PLOVER 2.0.');
	});
});
