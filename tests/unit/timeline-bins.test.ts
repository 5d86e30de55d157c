/**
 * A large dataset's timeline counts its statements by period, party and quad class: every statement in
 * a drawn lane is in exactly one bin, bins stack in their column, and a bin's filters put its statements
 * in the table.
 */
import { describe, expect, it } from 'vitest';
import { largeDataset } from '../../scripts/generate-large-dataset';
import { binFilters, binPeriod, periodEnd, periodStart, tallestColumn, timelineBins } from '$lib/charts/timeline/bins';
import { binnedTimeline, binTargets } from '$lib/charts/timeline/binned';
import { MAX_LANES } from '$lib/charts/timeline/model';
import { group, max } from 'd3';
import { quadOf } from '$lib/data/plover';
import { filterStatements, indexDataset, NO_FILTERS } from '$lib/data/queries';

describe('periods', () => {
	it.each([
		{ first: '2021-01-01', last: '2021-01-01', period: 'day' },
		{ first: '2021-01-01', last: '2021-03-01', period: 'day' },
		{ first: '2021-01-01', last: '2021-03-02', period: 'week' },
		{ first: '2021-01-01', last: '2021-12-28', period: 'week' },
		{ first: '2021-01-01', last: '2024-12-31', period: 'month' },
		{ first: '1990-01-01', last: '2024-12-31', period: 'year' }
	] as const)('$first to $last: by $period', ({ first, last, period }) => {
		expect(binPeriod(first, last)).toBe(period);
	});

	it.each([
		{ day: '2021-03-10', period: 'day', start: '2021-03-10', end: '2021-03-10' },
		// A Wednesday: its week runs Monday 8 to Sunday 14 March.
		{ day: '2021-03-10', period: 'week', start: '2021-03-08', end: '2021-03-14' },
		{ day: '2021-03-08', period: 'week', start: '2021-03-08', end: '2021-03-14' },
		{ day: '2021-03-14', period: 'week', start: '2021-03-08', end: '2021-03-14' },
		{ day: '2021-01-02', period: 'week', start: '2020-12-28', end: '2021-01-03' },
		{ day: '2024-02-17', period: 'month', start: '2024-02-01', end: '2024-02-29' },
		{ day: '2021-12-31', period: 'year', start: '2021-01-01', end: '2021-12-31' }
	] as const)('$day is in the $period $start to $end', ({ day, period, start, end }) => {
		expect(periodStart(day, period)).toBe(start);
		expect(periodEnd(start, period)).toBe(end);
	});
});

describe('bins', () => {
	const dataset = largeDataset(3_000);
	const index = indexDataset(dataset);

	it('every statement of a drawn lane is in exactly one bin, of its lane, period and quad class', () => {
		const { bins, lanes, omittedStatements } = binnedTimeline(index, dataset.statements);
		expect(omittedStatements).toBe(0);
		const counted = bins.flatMap((b) => b.statements.map((s) => s.id));
		expect(new Set(counted).size).toBe(counted.length);
		expect(counted.length).toBe(dataset.statements.length);
		for (const b of bins) {
			expect(lanes).toContain(b.lane);
			for (const s of b.statements) {
				expect(quadOf(s.event)).toBe(b.quad);
				expect(s.date >= b.from && s.date <= b.to).toBe(true);
				expect(s.date >= b.first && s.date <= b.last).toBe(true);
			}
		}
	});

	it('bins of one column stack: each starts where the ones below it end', () => {
		const { bins } = binnedTimeline(index, dataset.statements);
		const columns = group(bins, (b) => `${b.lane}|${b.from}`);
		for (const column of columns.values()) {
			let below = 0;
			for (const b of column) {
				expect(b.below).toBe(below);
				below += b.statements.length;
			}
		}
		const totals = [...columns.values()].map((c) => c.reduce((n, b) => n + b.statements.length, 0));
		expect(tallestColumn(bins)).toBe(max(totals));
	});

	it('keeps the lanes of the parties that spoke most, and counts what it leaves out', () => {
		const statements = dataset.statements.map((s, i) => ({ ...s, actors: [`X${i % (MAX_LANES + 5)}`] }));
		const { lanes, bins, omittedLanes, omittedStatements } = binnedTimeline(index, statements);
		expect(lanes.length).toBe(MAX_LANES);
		expect(omittedLanes).toBe(5);
		expect(bins.reduce((n, b) => n + b.statements.length, 0) + omittedStatements).toBe(statements.length);
	});

	it('a bin’s card counts its statements, names who spoke to whom, and when', () => {
		const { bins } = binnedTimeline(index, dataset.statements);
		const targets = binTargets(index, bins);
		const b = bins[0], t = targets[0];
		expect(t.heading).toContain(`${b.statements.length} statements`);
		expect(t.heading).toContain(index.actors.get(b.actors[0])!.name);
		expect(t.focus).toEqual({ kind: 'statements', key: b.key, ids: b.statements.map((s) => s.id) });
		expect(t.statements).toBe(b.statements);
	});

	it('a bin’s filters put exactly its statements in the table (one speaker per lane)', () => {
		const { bins } = binnedTimeline(index, dataset.statements);
		for (const b of [bins[0], bins[Math.floor(bins.length / 2)], bins[bins.length - 1]]) {
			const shown = filterStatements(dataset.statements, binFilters(b, NO_FILTERS));
			expect(shown.map((s) => s.id)).toEqual(b.statements.map((s) => s.id));
		}
	});

	it('a bin’s filters keep the filters in view and narrow their days', () => {
		const current = { ...NO_FILTERS, events: ['REQUEST' as const], from: '2021-03-09', to: '2021-12-31' };
		const filters = binFilters({ actors: ['IRN'], quad: 'verbal-conflict', first: '2021-03-08', last: '2021-03-12' }, current);
		expect(filters).toEqual({ ...current, actors: ['IRN'], events: ['REQUEST'], from: '2021-03-09', to: '2021-03-12' });
	});

	it('bins only the lanes asked for', () => {
		const bins = timelineBins(dataset.statements, (s) => s.actors[0], ['IRN'], 'month');
		expect(new Set(bins.map((b) => b.lane))).toEqual(new Set(['IRN']));
		expect(bins.reduce((n, b) => n + b.statements.length, 0)).toBe(dataset.statements.filter((s) => s.actors[0] === 'IRN').length);
	});
});
