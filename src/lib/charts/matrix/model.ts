/**
 * The stance matrix's model, without Plot: actor × recipient cells with their cooperation/conflict
 * balance, their order and size, the elements a reader can focus. Only spec.ts needs Plot.
 */
import { max, min } from 'd3';
import { fitLabel } from '../plot/fit-label';
import { byName } from '$lib/data/compare';
import { actorName, type DatasetIndex } from '$lib/data/queries';
import { pairStances } from '$lib/data/tallies';
import type { Statement } from '$lib/data/types';
import type { Palette } from '../plot/palette';
import type { PlotTarget } from '../plot/targets';

export interface MatrixCell {
	actor: string;
	recipient: string;
	actorName: string;
	recipientName: string;
	cooperative: number;
	conflictual: number;
	total: number;
	/** (cooperative − conflictual) / total, from −1 (all conflict) to +1 (all cooperation). */
	balance: number;
	statements: Statement[];
}

export function matrixCells(index: DatasetIndex, statements: readonly Statement[]): MatrixCell[] {
	// The pairs' counts once per list (data/tallies.ts: a large dataset's are made a slice per task), named here.
	return pairStances(statements).map(({ actor, recipient, cooperative, conflictual, total, statements }) => ({
		actor,
		recipient,
		actorName: actorName(index, actor),
		recipientName: actorName(index, recipient),
		cooperative,
		conflictual,
		total,
		balance: (cooperative - conflictual) / total,
		statements
	}));
}

/** Rows and columns ordered by how much each party said (rows) and was told (columns). */
export function matrixOrder(cells: readonly MatrixCell[]): { rows: string[]; columns: string[] } {
	const rowTotals = new Map<string, number>();
	const colTotals = new Map<string, number>();
	for (const c of cells) {
		rowTotals.set(c.actorName, (rowTotals.get(c.actorName) ?? 0) + c.total);
		colTotals.set(c.recipientName, (colTotals.get(c.recipientName) ?? 0) + c.total);
	}
	const order = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || byName(a[0], b[0])).map(([k]) => k);
	return { rows: order(rowTotals), columns: order(colTotals) };
}

export function cellText(c: MatrixCell): string {
	return `+${c.cooperative} −${c.conflictual}`;
}

export function cellLabel(c: MatrixCell): string {
	return `${c.actorName} → ${c.recipientName}: ${c.total} statement${c.total === 1 ? '' : 's'}, ${c.cooperative} cooperative, ${c.conflictual} conflictual`;
}

const CELL = 44;
/** The smallest cell that holds its two counts well, one above the other in small type. */
const MIN_CELL = 30;
/** A matrix that fits its box only with cells smaller than this is drawn at MIN_CELL, wider than the box, which scrolls. */
const SQUEEZED_MIN = 22;
export const MARGIN_TOP = 96;
/** Room for the row labels, and at least for the corner's note of what the rows and columns are (spec.ts). */
const MARGIN_LEFT_MIN = 76;
/** How far the column labels are turned up, in degrees (spec.ts). */
export const TICK_ANGLE = 40;
/** A character of the axes' 12 px labels, estimated. */
const CHAR = 6.8;
/** The width of the longest of some labels, estimated. */
const labelWidth = (labels: readonly string[]) => (max(labels, (l) => l.length) ?? 0) * CHAR;
/** The longest column label that fits under the top margin once turned up. */
const COLUMN_CHARS = Math.floor((MARGIN_TOP - 8) / (CHAR * Math.sin((Math.PI * TICK_ANGLE) / 180)));

export { fitLabel };

/**
 * How the matrix is laid out in a box this wide. Rows are the speaking parties and columns the parties
 * addressed, unless those columns do not fit at the smallest legible cell and the other way round
 * overflows less (a phone, with a few speakers and many addressees): then the matrix is `transposed`,
 * rows are the parties addressed and columns the speakers. Cells shrink from full size to fit the box,
 * down to SQUEEZED_MIN; a matrix that needs smaller cells is laid out at MIN_CELL instead, wider than the
 * box (`width`), to be scrolled sideways rather than shrunk past reading.
 */
export function matrixLayout(cells: readonly MatrixCell[], width: number) {
	const { rows: speakers, columns: addressed } = matrixOrder(cells);
	const marginLeftFor = (rows: string[]) => Math.min(width * 0.4, Math.max(MARGIN_LEFT_MIN, labelWidth(rows) + 14));
	// Each column's label, turned up, reaches right of its cell's centre by this much; the margin holds the
	// label that reaches furthest past the last cell, which need not be the last one (a long name one
	// column before a short one).
	const cos = Math.cos((Math.PI * TICK_ANGLE) / 180);
	const reaches = (columns: string[]) =>
		columns.map((c, i) => ({ reach: labelWidth([fitLabel(c, COLUMN_CHARS)]) * cos, cellsBefore: columns.length - i - 0.5 }));
	const marginRightFor = (columns: string[], cell: number) => Math.max(10, max(reaches(columns), (r) => r.reach - r.cellsBefore * cell) ?? 0);
	const overflow = (rows: string[], columns: string[]) => marginLeftFor(rows) + marginRightFor(columns, MIN_CELL) + columns.length * MIN_CELL - width;
	const transposed = overflow(speakers, addressed) > 0 && overflow(addressed, speakers) < overflow(speakers, addressed);
	const [rows, columns] = transposed ? [addressed, speakers] : [speakers, addressed];
	const marginLeft = marginLeftFor(rows);
	// The largest cell for which every label's reach still fits: solved for each label, and for the 10 px floor.
	const room = width - marginLeft, n = Math.max(1, columns.length);
	const fitted = Math.min((room - 10) / n, min(reaches(columns), (r) => (room - r.reach) / (n - r.cellsBefore)) ?? Infinity);
	const cell = fitted >= SQUEEZED_MIN ? Math.min(CELL, fitted) : MIN_CELL;
	const marginRight = marginRightFor(columns, cell);
	return {
		transposed,
		rows,
		columns,
		/** The longest row and column labels drawn whole; longer ones are cut (fitLabel). */
		rowChars: Math.floor((marginLeft - 14) / CHAR),
		columnChars: COLUMN_CHARS,
		marginLeft,
		marginRight,
		cell,
		height: MARGIN_TOP + 12 + rows.length * cell,
		width: marginLeft + marginRight + columns.length * cell
	};
}

/** The corner's note of what the rows and the columns are: columns on the first line, rows on the second. */
export function matrixCorner(transposed: boolean): string {
	return transposed ? 'actor →\naddressed ↓' : 'addressed →\nactor ↓';
}

export const MATRIX_TARGETS = 'g.pairs > *';

/**
 * The busiest rows × columns of a big matrix: rows are the parties that spoke most, columns those
 * addressed most. A 300 × 300 matrix is neither readable nor fast to draw; the rest stays in the table.
 */
export function capMatrix(cells: MatrixCell[], maxRows: number, maxColumns: number) {
	const rowTotals = new Map<string, number>(), colTotals = new Map<string, number>();
	for (const c of cells) {
		rowTotals.set(c.actor, (rowTotals.get(c.actor) ?? 0) + c.total);
		colTotals.set(c.recipient, (colTotals.get(c.recipient) ?? 0) + c.total);
	}
	if (rowTotals.size <= maxRows && colTotals.size <= maxColumns) return { cells, omittedRows: 0, omittedColumns: 0, omittedCells: 0 };
	const top = (m: Map<string, number>, n: number) => new Set([...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([k]) => k));
	const rows = top(rowTotals, maxRows), columns = top(colTotals, maxColumns);
	const kept = cells.filter((c) => rows.has(c.actor) && columns.has(c.recipient));
	return { cells: kept, omittedRows: rowTotals.size - rows.size, omittedColumns: colTotals.size - columns.size, omittedCells: cells.length - kept.length };
}

/** At most this many rows and columns: the busiest speakers × the most addressed. */
export const MAX_MATRIX = 30;

export function matrixTargets(cells: readonly MatrixCell[]): PlotTarget[] {
	return cells.map((c) => ({
		label: cellLabel(c),
		heading: cellLabel(c),
		focus: { kind: 'edge', source: c.actor, target: c.recipient },
		statements: c.statements
	}));
}

/** The width the matrix is drawn at in a box this wide: it stops growing once its cells are full size, and passes the box's width only when it must scroll. */
export function matrixWidth(cells: readonly MatrixCell[], width: number): number {
	return matrixLayout(cells, width).width;
}

/** Everything the drawing depends on besides its width, as one string: equal keys, equal drawings. */
export function matrixKey(cells: readonly MatrixCell[]): string {
	return cells.map((c) => `${c.actor}>${c.recipient}:${c.actorName}>${c.recipientName}:${c.cooperative}:${c.conflictual}`).join('|');
}

/**
 * A cell's colour from its balance: conflict ← neutral → cooperation, mixed linearly in sRGB (as Plot's
 * linear colour scale does) by CSS, so with the CSS palette the theme resolves it and dark mode needs
 * no redraw.
 */
export function balanceColor(balance: number, palette: Palette): string {
	const b = Math.max(-1, Math.min(1, balance));
	if (b === 0) return palette.neutral;
	const end = b < 0 ? palette.quad['verbal-conflict'] : palette.quad['verbal-cooperation'];
	return `color-mix(in srgb, ${end} ${Math.round(Math.abs(b) * 1000) / 10}%, ${palette.neutral})`;
}
