import { describe, expect, it } from 'vitest';
import { headlineOf, missingOf, sourceName } from '$lib/data/headline';
import { seedDataset as d } from '$lib/data/seed/dataset';

describe('the headline says what happened', () => {
	it('the seed, whose text gives no headline, is titled by the occasion of most of its statements', () => {
		const occasions = d.statements.map((s) => s.occasion).filter(Boolean);
		const call = d.events.find((e) => e.id === 'ev-call')!;
		expect(occasions.filter((o) => o === 'ev-call').length * 2).toBeGreaterThan(occasions.length);
		expect(headlineOf(d)).toBe(`${call.title}, 6 November 2021`);
		expect(headlineOf(d)).not.toMatch(/untitled/i);
	});
	it('a source with a headline keeps it', () => {
		expect(headlineOf({ ...d, sources: [{ ...d.sources[0], title: 'Iran and Russia talk' }] })).toBe('Iran and Russia talk');
	});
	it('says what is missing rather than leaving a blank', () => {
		expect(missingOf(d.sources[0])).toEqual(['headline not given in the text', 'outlet not named in the text']);
		expect(sourceName({ title: '', dateline: '', published: '2021-11-06' })).toBe('Untitled report, 6 November 2021');
		expect(sourceName({ title: '', dateline: 'TEHRAN', published: '2021-11-06' })).toBe('Untitled report, TEHRAN, 6 November 2021');
	});
});
