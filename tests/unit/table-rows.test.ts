import { describe, expect, it } from 'vitest';
import { pageCount, pageSummary, pageWindow, searchRows, shownStatements, sortRows, type TableView } from '$lib/charts/table/rows';
import { describeStatement } from '$lib/data/describe';
import { filterStatements, indexDataset, NO_FILTERS } from '$lib/data/queries';
import type { Statement } from '$lib/data/types';
import { CellStatements } from '$lib/state/cell-statements.svelte';
import { seedDataset as d } from '$lib/data/seed/dataset';

const index = indexDataset(d);
const rows = d.statements.map((s) => describeStatement(index, s));

describe('statement table rows', () => {
	it.each([
		// in the quote or the summary (s07, s23, s21), or the topic "US sanctions" (s10)
		{ query: 'sanctions', ids: ['s07', 's23', 's21', 's10'] },
		{ query: 'lavrov destructive', ids: ['s16'] },
		{ query: 'AFGHANISTAN', ids: ['s18', 's19'] },
		{ query: '', ids: d.statements.map((s) => s.id) }
	])('search "$query"', ({ query, ids }) => {
		expect(searchRows(rows, query).map((r) => r.id)).toEqual(ids);
	});

	it('sorts by date and keeps the order of the text among equal dates', () => {
		const sorted = sortRows(rows, 'date', 'ascending').map((r) => r.id);
		expect(sorted.slice(0, 2)).toEqual(['s07', 's23']);
		expect(sorted.slice(2, 4)).toEqual(['s01', 's02']);
		expect(sortRows(rows, 'date', 'descending').map((r) => r.id).at(-1)).toBe('s23');
	});

	it('sorts by speaker name', () => {
		const speakers = sortRows(rows, 'speaker', 'ascending').map((r) => r.speaker);
		expect(speakers[0]).toBe('Ali Baqeri');
		expect([...speakers].sort((a, b) => a.localeCompare(b))).toEqual(speakers);
	});
});

describe('the statements the table shows (listed, and exported as CSV and JSON)', () => {
	const describeOne = (s: Statement) => describeStatement(index, s);
	const view = (v: Partial<TableView> = {}): TableView => ({ query: '', sortKey: 'order', direction: 'ascending', ...v });
	const filtered = filterStatements(d.statements, { ...NO_FILTERS, actors: ['RUS'], topics: ['jcpoa'] });
	const ids = (list: readonly Statement[]) => list.map((s) => s.id);

	it('are those the filters pass, less those the search leaves out', () => {
		expect(ids(filtered)).toEqual(['s01', 's14', 's15', 's16']);
		expect(ids(shownStatements(filtered, view({ query: 'Lavrov also' }), describeOne))).toEqual(['s14', 's16']);
		expect(ids(shownStatements(filtered, view({ query: 'nothing like this' }), describeOne))).toEqual([]);
	});

	it('are the same statements, not copies, in the sort order', () => {
		const byDate = shownStatements(filtered, view({ sortKey: 'date', direction: 'descending' }), describeOne);
		expect(byDate.every((s) => filtered.includes(s))).toBe(true);
		const dates = byDate.map((s) => s.date);
		expect(dates).toEqual([...dates].sort().reverse());
		expect(ids(shownStatements(filtered, view({ direction: 'descending' }), describeOne))).toEqual(['s16', 's15', 's14', 's01']);
	});

	it('with no search, in the text order, are the filtered list itself and describe nothing', () => {
		let described = 0;
		const counting = (s: Statement) => (described++, describeOne(s));
		expect(shownStatements(filtered, view(), counting)).toBe(filtered);
		expect(shownStatements(filtered, view({ query: '  ' }), counting)).toBe(filtered);
		expect(described).toBe(0);
	});

	it('search and sort agree with searchRows and sortRows', () => {
		const all = d.statements;
		const v = view({ query: 'iran', sortKey: 'speaker', direction: 'descending' });
		expect(ids(shownStatements(all, v, describeOne))).toEqual(sortRows(searchRows(rows, 'iran'), 'speaker', 'descending').map((r) => r.id));
	});
});

describe('a cell\'s statements', () => {
	it('are the provided list, read when asked, until the provider leaves', () => {
		const cell = new CellStatements();
		expect(cell.shown).toBeNull();
		let list: readonly Statement[] = d.statements.slice(0, 2);
		const stop = cell.provide(() => list);
		expect(cell.shown).toBe(list);
		list = d.statements.slice(3, 4);
		expect(cell.shown).toBe(list);
		stop();
		expect(cell.shown).toBeNull();
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

describe('pageWindow', () => {
	it.each([
		{ total: 20, size: 5, page: 0, expected: { page: 0, pages: 4, start: 0, end: 5 }, summary: 'Statements 1–5 of 20' },
		{ total: 20, size: 5, page: 3, expected: { page: 3, pages: 4, start: 15, end: 20 }, summary: 'Statements 16–20 of 20' },
		{ total: 12, size: 5, page: 2, expected: { page: 2, pages: 3, start: 10, end: 12 }, summary: 'Statements 11–12 of 12' },
		{ total: 12, size: 5, page: 9, expected: { page: 2, pages: 3, start: 10, end: 12 }, summary: 'Statements 11–12 of 12' },
		{ total: 0, size: 5, page: 1, expected: { page: 0, pages: 1, start: 0, end: 0 }, summary: 'No statements' }
	])('$total rows, $size a page, page $page → $summary', ({ total, size, page, expected, summary }) => {
		const w = pageWindow(total, size, page);
		expect(w).toEqual(expected);
		expect(pageSummary(w, total)).toBe(summary);
	});
});
