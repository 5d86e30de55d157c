/**
 * The bench's rows and its two printed tables: the figures against the baselines (d3 gallery, force-graph), and
 * the budgets (DESIGN.md), each with its floor or baseline, the ratio to it, the budget and the verdict.
 */

export interface Budget {
	op: '<' | '<=' | '>=';
	value: number;
}
export interface Row {
	section: string;
	figure: string;
	ours: number | null;
	d3?: number | null;
	fg?: number | null;
	unit: string;
	/** The budget: on `ours`, or on the ratio to `floor` when there is one. */
	budget?: Budget;
	/**
	 * What `ours` is divided by, measured in the same run (an empty page, a first paint, …). `ratio` when the
	 * ratio is not ours ÷ value (e.g. the median of each run's own ratio).
	 */
	floor?: { label: string; value: number | null; ratio?: number | null };
	note?: string;
}

const finite = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

export function fmt(v: number | null | undefined, unit: string): string {
	if (!finite(v)) return '—';
	if (unit === 'KB' || unit === 'fps') return v.toFixed(1);
	if (unit === '' || unit === 'CLS') return v.toFixed(3);
	if (unit === '×') return v.toFixed(2);
	return v.toFixed(0);
}
/** a ÷ b, or null when either is missing or b is 0. */
export const divide = (a: number | null | undefined, b: number | null | undefined) => (finite(a) && finite(b) && b !== 0 ? a / b : null);
export const fmtRatio = (r: number | null | undefined) => (finite(r) ? `${r.toFixed(2)}×` : '—');

/** The row's ratio to its floor: the one given, else ours ÷ floor; null without a floor. */
export function ratioOf(r: Row): number | null {
	if (!r.floor) return null;
	return r.floor.ratio !== undefined ? (finite(r.floor.ratio) ? r.floor.ratio : null) : divide(r.ours, r.floor.value);
}
/** The figure the budget is held against: the ratio when the row has a floor, else ours. */
export const judged = (r: Row) => (r.floor ? ratioOf(r) : r.ours);

export type Verdict = 'met' | 'missed' | 'not measured' | '';
export function verdict(r: Row): Verdict {
	if (!r.budget) return '';
	const v = judged(r);
	if (!finite(v)) return 'not measured';
	const { op, value } = r.budget;
	return (op === '<' ? v < value : op === '<=' ? v <= value : v >= value) ? 'met' : 'missed';
}
export function budgetText(r: Row): string {
	if (!r.budget) return '';
	const { op, value } = r.budget;
	const unit = r.floor ? '×' : r.unit === 'score' || r.unit === 'CLS' ? '' : ` ${r.unit}`;
	return `${op === '<' ? '<' : op === '<=' ? '≤' : '≥'} ${value}${unit}`;
}

const withUnit = (v: number | null | undefined, unit: string) => (finite(v) ? `${fmt(v, unit)}${unit === 'score' || unit === 'CLS' ? '' : ` ${unit}`}` : '—');
const markdown = (head: string[], body: string[][], left: number) =>
	[`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i < left ? '---' : '---:')).join('|')}|`, ...body.map((b) => `| ${b.join(' | ')} |`)].join('\n');

/** Every row that has no budget or has a baseline to compare with: ours, the baselines and ours ÷ each. */
export function figuresTable(rows: Row[]): string {
	const head = ['figure', 'unit', 'ours', 'd3 (gallery)', 'ours÷d3', 'force-graph', 'ours÷fg'];
	const body = rows
		.filter((r) => !r.budget || r.d3 !== undefined || r.fg !== undefined)
		.map((r) => [
			`${r.section}: ${r.figure}`,
			r.unit,
			fmt(r.ours, r.unit),
			r.d3 === undefined ? '' : fmt(r.d3, r.unit),
			r.d3 === undefined ? '' : fmtRatio(divide(r.ours, r.d3)),
			r.fg === undefined ? '' : fmt(r.fg, r.unit),
			r.fg === undefined ? '' : fmtRatio(divide(r.ours, r.fg))
		]);
	return markdown(head, body, 2);
}

/** Every row with a budget: the figure, its floor or baseline, the ratio to it, the budget and the verdict. */
export function budgetsTable(rows: Row[]): string {
	const head = ['budget figure', 'ours', 'baseline / floor', 'ratio', 'budget', 'verdict'];
	const body = rows
		.filter((r) => r.budget)
		.map((r) => [
			`${r.section}: ${r.figure}`,
			withUnit(r.ours, r.unit),
			r.floor ? `${r.floor.label}: ${withUnit(r.floor.value, r.unit)}` : '',
			r.floor ? fmtRatio(ratioOf(r)) : '',
			budgetText(r),
			verdict(r)
		]);
	return markdown(head, body, 1);
}
