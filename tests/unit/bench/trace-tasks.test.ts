import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTasks, type TraceEvent } from '../../../bench/lib/trace-tasks';

/**
 * A trace of a page whose script busies the main thread for 120 ms (by the clock) 300 ms after it loads,
 * recorded with the bench's categories and cut down to what the figures read: the renderer's main thread name,
 * the browser's frame events, navigationStart, first paints and that thread's RunTasks of 0.5 ms or more.
 */
const trace: TraceEvent[] = JSON.parse(readFileSync(new URL('./busy-page.trace.json', import.meta.url), 'utf8'));
const navStart = trace.find((e) => e.name === 'navigationStart' && /^http/.test((e.args.data as { documentLoaderURL: string }).documentLoaderURL))!.ts;
const fcpAt = (trace.find((e) => e.name === 'firstContentfulPaint')!.ts - navStart) / 1000;
const runTasks = trace.filter((e) => e.name === 'RunTask');
const { pid, tid, cat } = runTasks[0];
/** The fixture's trace with its RunTasks replaced by these: [start, duration] in ms from the navigation. */
const withTasks = (tasks: [number, number][]) => [
	...trace.filter((e) => e.name !== 'RunTask'),
	...tasks.map(([start, dur]) => ({ name: 'RunTask', cat, ph: 'X', pid, tid, ts: navStart + start * 1000, dur: dur * 1000, args: {} }))
];

describe('loadTasks on a recorded trace', () => {
	const figures = loadTasks(trace);
	const busy = Math.max(...runTasks.map((e) => e.dur!)) / 1000;

	it('finds the busy task as the longest: at least the 120 ms its script runs', () => {
		expect(busy).toBeGreaterThanOrEqual(120);
		expect(figures.longest).toBeCloseTo(busy, 6);
	});

	it('takes first contentful paint from the trace, from the navigation', () => {
		expect(figures.fcp).toBeCloseTo(fcpAt, 6);
	});

	it('sums the blocking time of the one task over 50 ms after first paint', () => {
		expect(figures.tbt).toBeCloseTo(busy - 50, 6);
	});

	it('counts the tasks from the navigation on, not the one running when it starts', () => {
		const before = runTasks.filter((e) => e.ts < navStart);
		expect(before.length).toBeGreaterThan(0);
		expect(figures.tasks).toHaveLength(runTasks.length - before.length);
		expect(Math.min(...figures.tasks.map((t) => t.start))).toBeGreaterThanOrEqual(0);
	});

	it('has no blocking time without a first contentful paint, and still a longest task', () => {
		const noPaint = loadTasks(trace.filter((e) => e.name !== 'firstContentfulPaint'));
		expect(noPaint.tbt).toBeNaN();
		expect(noPaint.longest).toBeCloseTo(busy, 6);
	});
});

describe('longest task and TBT, as Lighthouse counts them', () => {
	// Times relative to first contentful paint (the fixture's, about 53 ms after the navigation).
	const rows: { name: string; tasks: [number, number][]; longest: number; tbt: number }[] = [
		{ name: 'no task', tasks: [], longest: 0, tbt: 0 },
		{ name: 'a task under 50 ms blocks nothing', tasks: [[10, 49]], longest: 49, tbt: 0 },
		{ name: 'a 120 ms task blocks 70 ms', tasks: [[10, 120]], longest: 120, tbt: 70 },
		{ name: 'two long tasks add up', tasks: [[10, 60], [100, 70]], longest: 70, tbt: 30 },
		{ name: 'a task across first paint counts from it', tasks: [[-30, 90]], longest: 90, tbt: 10 },
		{ name: 'a long task under 50 ms after first paint blocks nothing', tasks: [[-40, 80]], longest: 80, tbt: 0 },
		{ name: 'a task before first paint is a longest task but blocks nothing', tasks: [[-45, 40], [20, 10]], longest: 40, tbt: 0 }
	];
	for (const row of rows)
		it(row.name, () => {
			const f = loadTasks(withTasks(row.tasks.map(([s, d]) => [fcpAt + s, d])));
			expect(f.longest).toBeCloseTo(row.longest, 6);
			expect(f.tbt).toBeCloseTo(row.tbt, 6);
		});

	it('leaves out a task that was running when the navigation started', () => {
		const f = loadTasks(withTasks([[-1, 300], [fcpAt + 10, 60]]));
		expect(f.longest).toBeCloseTo(60, 6);
		expect(f.tbt).toBeCloseTo(10, 6);
	});
});
