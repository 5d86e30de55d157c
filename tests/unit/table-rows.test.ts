import { describe, expect, it } from 'vitest';
import { searchRows, sortRows } from '$lib/charts/table/rows';
import { describeStatement } from '$lib/data/describe';
import { indexDataset } from '$lib/data/queries';
import { seedDataset as d } from '$lib/data/seed/dataset';

const index = indexDataset(d);
const rows = d.statements.map((s) => describeStatement(index, s));

describe('statement table rows', () => {
	it.each([
		{ query: 'sanctions', ids: ['s07', 's10'] },
		{ query: 'lavrov destructive', ids: ['s16'] },
		{ query: 'AFGHANISTAN', ids: ['s18', 's19'] },
		{ query: '', ids: d.statements.map((s) => s.id) }
	])('search "$query"', ({ query, ids }) => {
		expect(searchRows(rows, query).map((r) => r.id)).toEqual(ids);
	});

	it('sorts by date and keeps the order of the text among equal dates', () => {
		const sorted = sortRows(rows, 'date', 'ascending').map((r) => r.id);
		expect(sorted.slice(0, 2)).toEqual(['s06', 's07']);
		expect(sorted.slice(2, 4)).toEqual(['s01', 's02']);
		expect(sortRows(rows, 'date', 'descending').map((r) => r.id).at(-1)).toBe('s07');
	});

	it('sorts by speaker name', () => {
		const speakers = sortRows(rows, 'speaker', 'ascending').map((r) => r.speaker);
		expect(speakers[0]).toBe('Ali Baqeri');
		expect([...speakers].sort((a, b) => a.localeCompare(b))).toEqual(speakers);
	});
});
