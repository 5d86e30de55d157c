/**
 * A large dataset's shared lookups and its timeline's bins are made a slice at a time (data/passes.ts,
 * state/sliced-passes.ts): what comes out of slices must be what one pass over the whole list gives, and
 * a pass given up (another dataset came) must leave nothing remembered.
 */
import { describe, expect, it } from 'vitest';
import { binnedTimeline, binnedTimelineSteps } from '$lib/charts/timeline/binned';
import { generateDataset } from '$lib/data/generate';
import { definedPasses, listPass, statementsById, STEP, type ListPass } from '$lib/data/passes';
import { aggregateEdges, countsByActor, filterChoices, filterStatements, indexDataset, NO_FILTERS, statementsBySource } from '$lib/data/queries';
import type { Statement } from '$lib/data/types';
import { pairStances, statementTallies } from '$lib/data/tallies';
import { buildFocusIndex } from '$lib/state/focus';
import { runPassesInSlices } from '$lib/state/sliced-passes';
import { stepsInSlices } from '$lib/state/sliced-steps';

const dataset = generateDataset({ actors: 30, statements: 2 * STEP + 345, seed: 11 });
/** A copy of the list: a list the passes have not seen, so each result is made afresh. */
const fresh = () => [...dataset.statements];

/** Each pass's result over `list`, made in ranges of `size`, by the pass's own run. */
function inRanges<T>(pass: ListPass<T>, list: readonly Statement[], size: number): T {
	const run = pass.run(list);
	for (let from = 0; from < list.length; from += size) run.add(list, from, Math.min(list.length, from + size));
	return run.finish();
}

describe('a pass over a list, whole or in ranges', () => {
	const passes = { statementsById, aggregateEdges, countsByActor, filterChoices, buildFocusIndex, statementsBySource, statementTallies, pairStances } as Record<string, ListPass<unknown>>;
	it.each(Object.keys(passes))('%s: ranges of 7 or 1,000 give what one pass gives', (name) => {
		const pass = passes[name];
		const whole = pass(fresh());
		expect(inRanges(pass, fresh(), 7)).toEqual(whole);
		expect(inRanges(pass, fresh(), STEP)).toEqual(whole);
	});

	it('the result is remembered per list: asked again, the same object, without a pass', () => {
		let passes = 0;
		const count = listPass(() => ({ add: (_l, from, to) => void (passes += to - from), finish: () => ({}) }));
		const list = fresh();
		expect(count.has(list)).toBe(false);
		const first = count(list);
		expect(count.has(list)).toBe(true);
		expect(count(list)).toBe(first);
		expect(passes).toBe(list.length);
	});

	it('a list that grew is read again', () => {
		const list = fresh();
		const before = statementsById(list);
		list.push({ ...list[0], id: 'one-more' });
		expect(statementsById.has(list)).toBe(false);
		expect(statementsById(list)).not.toBe(before);
		expect(statementsById(list).get('one-more')).toBe(list.at(-1));
	});

	it("the focus index of the dataset's list shares the index's map by id", () => {
		const d = { ...dataset, statements: fresh() };
		expect(buildFocusIndex(d.statements).byId).toBe(indexDataset(d).statements);
	});

	it("statementsBySource: each source's statements, in list order", () => {
		const list = fresh();
		const bySource = statementsBySource(list);
		for (const source of dataset.sources) expect(bySource.get(source.id) ?? []).toEqual(list.filter((s) => s.source === source.id));
	});

	it('statementTallies: the counts a pass by hand gives', () => {
		const list = fresh();
		const t = statementTallies(list);
		const count = <K>(key: (s: Statement) => K) => list.reduce((m, s) => m.set(key(s), (m.get(key(s)) ?? 0) + 1), new Map<K, number>());
		expect(t.byDate).toEqual(count((s) => s.date));
		expect(t.byAttribution).toEqual(count((s) => s.attribution));
		expect(t.addressed).toBe(list.filter((s) => s.recipients.length).length);
		expect(t.recipients).toEqual(new Set(list.flatMap((s) => s.recipients)));
		expect([t.first, t.last]).toEqual([list.map((s) => s.date).sort()[0], list.map((s) => s.date).sort().at(-1)]);
	});

	it('with no filter on, the list in view is the list itself (no pass to find it)', () => {
		const list = fresh();
		expect(filterStatements(list, NO_FILTERS)).toBe(list);
		expect(filterStatements(list, { ...NO_FILTERS, actors: [list[0].actors[0]] }).length).toBeLessThan(list.length);
	});
});

describe('passes run a slice per task', () => {
	it('remember the results one pass gives', async () => {
		const list = fresh();
		const expected = [aggregateEdges(fresh()), countsByActor(fresh()), buildFocusIndex(fresh())];
		expect(await runPassesInSlices(list, [statementsById, aggregateEdges, countsByActor, buildFocusIndex], () => true, 0)).toBe(true);
		for (const pass of [statementsById, aggregateEdges, countsByActor, buildFocusIndex]) expect(pass.has(list)).toBe(true);
		expect([aggregateEdges(list), countsByActor(list), buildFocusIndex(list)]).toEqual(expected);
	});

	it('a large dataset runs every pass the code defines, the statements by id first (the focus index shares its map)', () => {
		const defined = definedPasses();
		expect(defined[0]).toBe(statementsById);
		for (const pass of [aggregateEdges, countsByActor, filterChoices, buildFocusIndex, statementsBySource, statementTallies, pairStances]) expect(defined).toContain(pass);
	});

	it('stop between slices once the list is no longer wanted, and remember nothing', async () => {
		const list = fresh();
		let slices = 0;
		expect(await runPassesInSlices(list, [aggregateEdges], () => ++slices < 2, 0)).toBe(false);
		expect(slices).toBe(2);
		expect(aggregateEdges.has(list)).toBe(false);
	});

	it("the timeline's bins, a step at a time, are the bins counted at once", async () => {
		const index = indexDataset(dataset);
		const steps = binnedTimelineSteps(index, dataset.statements);
		let pauses = 0;
		for (let next = steps.next(); !next.done; next = steps.next()) pauses++;
		// Two passes, each pausing after every STEP statements.
		expect(pauses).toBe(2 * Math.ceil(dataset.statements.length / STEP));
		expect(await stepsInSlices(binnedTimelineSteps(index, dataset.statements), () => true, 0)).toEqual(binnedTimeline(index, dataset.statements));
	});

	it('a count given up between slices gives nothing', async () => {
		const index = indexDataset(dataset);
		expect(await stepsInSlices(binnedTimelineSteps(index, dataset.statements), () => false, 0)).toBeNull();
	});
});
