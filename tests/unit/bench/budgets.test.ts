import { describe, expect, it } from 'vitest';
import { budgetText, budgetsTable, figuresTable, fmtRatio, ratioOf, verdict, type Row } from '../../../bench/lib/budgets';

const row = (r: Partial<Row>): Row => ({ section: 's', figure: 'f', ours: null, unit: 'ms', ...r });

describe('verdict', () => {
	const rows: { name: string; row: Row; ratio: number | null; verdict: string }[] = [
		{ name: 'under a ceiling', row: row({ ours: 46, budget: { op: '<=', value: 100 } }), ratio: null, verdict: 'met' },
		{ name: 'at a ceiling', row: row({ ours: 100, budget: { op: '<=', value: 100 } }), ratio: null, verdict: 'met' },
		{ name: 'at a strict ceiling', row: row({ ours: 2000, budget: { op: '<', value: 2000 } }), ratio: null, verdict: 'missed' },
		{ name: 'over a ceiling', row: row({ ours: 430, budget: { op: '<=', value: 200 } }), ratio: null, verdict: 'missed' },
		{ name: 'a score at its floor', row: row({ ours: 95, unit: 'score', budget: { op: '>=', value: 95 } }), ratio: null, verdict: 'met' },
		{ name: 'a score under it', row: row({ ours: 94, unit: 'score', budget: { op: '>=', value: 95 } }), ratio: null, verdict: 'missed' },
		{
			name: 'a ratio to a floor within budget, though ours alone is over the budget figure',
			row: row({ ours: 82, floor: { label: 'empty page', value: 62 }, budget: { op: '<=', value: 1.5 } }),
			ratio: 82 / 62,
			verdict: 'met'
		},
		{ name: 'a ratio over budget', row: row({ ours: 250, floor: { label: 'empty page', value: 62 }, budget: { op: '<=', value: 1.5 } }), ratio: 250 / 62, verdict: 'missed' },
		{
			name: 'a ratio given (median of each run’s), not ours ÷ floor',
			row: row({ ours: 700, floor: { label: 'FCP', value: 500, ratio: 1.1 }, budget: { op: '<=', value: 1.2 } }),
			ratio: 1.1,
			verdict: 'met'
		},
		{ name: 'no figure', row: row({ ours: null, budget: { op: '<=', value: 100 } }), ratio: null, verdict: 'not measured' },
		{ name: 'a failed figure', row: row({ ours: NaN, budget: { op: '<=', value: 100 } }), ratio: null, verdict: 'not measured' },
		{ name: 'a floor of 0', row: row({ ours: 80, floor: { label: 'empty page', value: 0 }, budget: { op: '<=', value: 1.5 } }), ratio: null, verdict: 'not measured' },
		{ name: 'no floor figure', row: row({ ours: 80, floor: { label: 'empty page', value: null }, budget: { op: '<=', value: 1.5 } }), ratio: null, verdict: 'not measured' },
		{ name: 'no budget', row: row({ ours: 80 }), ratio: null, verdict: '' }
	];
	for (const r of rows)
		it(r.name, () => {
			expect(verdict(r.row)).toBe(r.verdict);
			if (r.ratio === null) expect(ratioOf(r.row)).toBeNull();
			else expect(ratioOf(r.row)).toBeCloseTo(r.ratio, 9);
		});
});

describe('formatting', () => {
	it('writes ratios to two decimals with ×, and a dash for none', () => {
		expect(fmtRatio(250 / 62)).toBe('4.03×');
		expect(fmtRatio(null)).toBe('—');
		expect(fmtRatio(Infinity)).toBe('—');
	});
	it('writes a budget in the unit it is held in: × for a ratio, none for a score', () => {
		expect(budgetText(row({ floor: { label: 'x', value: 1 }, budget: { op: '<=', value: 1.5 } }))).toBe('≤ 1.5×');
		expect(budgetText(row({ unit: 'KB', budget: { op: '<=', value: 120 } }))).toBe('≤ 120 KB');
		expect(budgetText(row({ unit: 'score', budget: { op: '>=', value: 95 } }))).toBe('≥ 95');
		expect(budgetText(row({ budget: { op: '<', value: 2000 } }))).toBe('< 2000 ms');
	});
});

describe('tables', () => {
	const rows: Row[] = [
		row({ section: 'longest task at 4×', figure: '/', ours: 250, floor: { label: 'empty page', value: 62 }, budget: { op: '<=', value: 1.5 } }),
		row({ section: 'longest task at 4×', figure: '/embed/network', ours: 87, d3: 86, fg: 150, floor: { label: 'empty page', value: 62 }, budget: { op: '<=', value: 1.5 } }),
		row({ section: 'LCP at 4×', figure: '/', ours: 628 }),
		row({ section: 'HTML gzip', figure: '/', ours: 29.04, unit: 'KB', budget: { op: '<=', value: 30 } })
	];
	const lines = (table: string) => table.split('\n').slice(2);

	it('prints each budget with its figure, floor, ratio, budget and verdict', () => {
		expect(lines(budgetsTable(rows))).toEqual([
			'| longest task at 4×: / | 250 ms | empty page: 62 ms | 4.03× | ≤ 1.5× | missed |',
			'| longest task at 4×: /embed/network | 87 ms | empty page: 62 ms | 1.40× | ≤ 1.5× | met |',
			'| HTML gzip: / | 29.0 KB |  |  | ≤ 30 KB | met |'
		]);
	});

	it('prints the figures without a budget, and those with a baseline, against the baselines', () => {
		expect(lines(figuresTable(rows))).toEqual([
			'| longest task at 4×: /embed/network | ms | 87 | 86 | 1.01× | 150 | 0.58× |',
			'| LCP at 4×: / | ms | 628 |  |  |  |  |'
		]);
	});
});
