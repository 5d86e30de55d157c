import { describe, expect, it } from 'vitest';
import { pageCount, searchRows, sortRows } from '$lib/charts/table/rows';
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

describe('table pages', () => {
	const many = Array.from({ length: 250 }, (_, i) => ({ id: `r${i}` }));
	it('renders the requested rows, never more than there are', () => {
		expect(pageCount(many, 100, 100, null)).toBe(100);
		expect(pageCount(many, 300, 100, null)).toBe(250);
		expect(pageCount(many.slice(0, 20), 100, 100, null)).toBe(20);
	});
	it('extends to the whole page that holds the pinned row', () => {
		expect(pageCount(many, 100, 100, 'r42')).toBe(100);
		expect(pageCount(many, 100, 100, 'r100')).toBe(200);
		expect(pageCount(many, 100, 100, 'r249')).toBe(250);
		expect(pageCount(many, 100, 100, 'absent')).toBe(100);
	});
});
