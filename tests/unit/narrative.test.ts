import { describe, expect, it } from 'vitest';
import { busiestLink, howAttributed, lede, mostAddressed, stanceBalance, whenSaid, whoSpokeMost } from '$lib/data/narrative';
import { CHARTS } from '$lib/charts/registry';
import { filterStatements, indexDataset, NO_FILTERS } from '$lib/data/queries';
import { seedDataset as d } from '$lib/data/seed/dataset';

const index = indexDataset(d);
/** Each chart's takeaway, as its folder supplies it. */
const TAKEAWAYS = await Promise.all(CHARTS.map(async (c) => [c.id, (await c.parts()).takeaway] as const));
const all = d.statements;
const toAfghanistan = filterStatements(all, { ...NO_FILTERS, recipients: ['AFG'] });

describe('takeaway sentences, written from the data in view', () => {
	it.each([
		{ name: 'who spoke most (all)', got: () => whoSpokeMost(index, all), expected: 'Iran made 15 of the 20 statements: as many agreements or pledges as requests or demands (6 each).' },
		{ name: 'who spoke most (to Afghanistan)', got: () => whoSpokeMost(index, toAfghanistan), expected: 'Iran made all 2 statements: an agreement or pledge and a request or demand.' },
		{ name: 'busiest link', got: () => busiestLink(index, all), expected: 'The busiest of 15 links are Russia → Iran and Iran → United States, with 4 statements each.' },
		{ name: 'when', got: () => whenSaid(d, all), expected: '18 statements on 6 November 2021 and 2 on 3 November 2021; Vienna talks with the P4+1 resume: scheduled for 29 November 2021.' },
		{ name: 'stance', got: () => stanceBalance(index, all), expected: 'Iran → United States is the most conflictual pair (3 conflictual, 1 cooperative); 8 of 15 pairs lean cooperative.' },
		{ name: 'attribution', got: () => howAttributed(all), expected: '20 statements: 1 direct quote, 17 in reported speech, 2 in the outlet’s own voice.' },
		{ name: 'most addressed', got: () => mostAddressed(index, all), expected: 'United States was addressed most: 7 of the 20 statements, by Iran, Russia and Outlet (unnamed).' },
		{ name: 'empty', got: () => busiestLink(index, []), expected: 'No statement matches the filters.' }
	])('$name', ({ got, expected }) => {
		expect(got()).toBe(expected);
	});

	it('writes the lede from counts', () => {
		expect(lede(d, index, all)).toBe(
			'A report datelined Tehran, 6 November 2021, carries 20 stated positions by 4 parties, addressed to 11. ' +
				'Iran made 15 of the 20 statements: as many agreements or pledges as requests or demands (6 each).'
		);
	});
});

describe('a dataset with no statements says so, instead of blaming the filters', () => {
	const empty = { ...d, statements: [] };
	const emptyIndex = indexDataset(empty);
	it.each(TAKEAWAYS)('%s takeaway', (_, takeaway) => {
		expect(takeaway({ dataset: empty, index: emptyIndex, statements: [] })).toBe('This dataset has no statements.');
		// Filters that leave nothing of a dataset that has statements still say so.
		expect(takeaway({ dataset: d, index, statements: [] })).toBe('No statement matches the filters.');
	});
	it('the lede', () => {
		expect(lede(empty, emptyIndex, [])).toBe('This dataset has no statements.');
		expect(lede(d, index, [])).toBe('No statement matches the filters.');
	});
});
