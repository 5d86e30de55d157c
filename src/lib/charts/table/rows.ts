/** Sorting and searching the statement table: pure functions over display rows. */
import { byName } from '$lib/data/compare';
import type { StatementView } from '$lib/data/describe';

export type SortKey = 'date' | 'speaker' | 'pair' | 'event' | 'order';
export type SortDirection = 'ascending' | 'descending';

function keyOf(row: StatementView, key: SortKey): string {
	switch (key) {
		case 'date':
			return row.date;
		case 'speaker':
			return row.speaker;
		case 'pair':
			return `${row.actors} → ${row.recipients}`;
		case 'event':
			return `${row.quad} ${row.event}`;
		case 'order':
			return '';
	}
}

/** Stable sort: rows with equal keys keep the order of the text. */
export function sortRows(rows: readonly StatementView[], key: SortKey, direction: SortDirection): StatementView[] {
	if (key === 'order') return direction === 'ascending' ? [...rows] : [...rows].reverse();
	const sign = direction === 'ascending' ? 1 : -1;
	return rows
		.map((row, i) => ({ row, i }))
		.sort((a, b) => sign * byName(keyOf(a.row, key), keyOf(b.row, key)) || a.i - b.i)
		.map(({ row }) => row);
}

/** Rows whose quote, summary, names, event type or topics contain every word of the query. */
export function searchRows(rows: readonly StatementView[], query: string): StatementView[] {
	const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
	if (!words.length) return [...rows];
	return rows.filter((r) => {
		const hay = [r.quote, r.summary, r.speaker, r.actors, r.recipients, r.event, r.quadLabel, r.topics, r.attributionLabel]
			.join(' ')
			.toLocaleLowerCase();
		return words.every((w) => hay.includes(w));
	});
}

/** What the reader has set in the table: its search and its sort. */
export interface TableView {
	query: string;
	sortKey: SortKey;
	direction: SortDirection;
}

/**
 * The statements the table shows, in its order: of `statements` (those the filters pass), the ones the
 * search finds, sorted. The table lists these and its CSV and JSON export these. `describe` makes a
 * statement's display row; with no search and the text's order, no statement is described.
 */
export function shownStatements<S>(statements: readonly S[], view: TableView, describe: (s: S) => StatementView): readonly S[] {
	if (!view.query.trim() && view.sortKey === 'order') return view.direction === 'ascending' ? statements : [...statements].reverse();
	const of = new Map<StatementView, S>();
	for (const s of statements) of.set(describe(s), s);
	return sortRows(searchRows([...of.keys()], view.query), view.sortKey, view.direction).map((v) => of.get(v)!);
}

/**
 * How many rows to render: at least `requested` (a multiple of the page size, or all), and enough
 * whole pages to include the pinned row, so a selection made elsewhere is always in the table.
 */
export function pageCount(rows: readonly Pick<StatementView, 'id'>[], requested: number, page: number, pinnedId: string | null): number {
	let count = Math.min(rows.length, requested);
	if (pinnedId) {
		const at = rows.findIndex((r) => r.id === pinnedId);
		if (at >= count) count = Math.min(rows.length, Math.ceil((at + 1) / page) * page);
	}
	return count;
}

/** One page of a paged table: rows start to end (end excluded), page of pages, counted from 0. */
export interface PageWindow {
	page: number;
	pages: number;
	start: number;
	end: number;
}

/** The rows of page `page` of `size` rows each, the page kept within the pages there are. */
export function pageWindow(total: number, size: number, page: number): PageWindow {
	const pages = Math.max(1, Math.ceil(total / size));
	const p = Math.min(Math.max(0, page), pages - 1);
	return { page: p, pages, start: p * size, end: Math.min(total, (p + 1) * size) };
}

/** "Statements 6–10 of 20" (or "No statements"), as the pager says and announces it. */
export function pageSummary(w: PageWindow, total: number): string {
	return total ? `Statements ${w.start + 1}–${w.end} of ${total}` : 'No statements';
}
