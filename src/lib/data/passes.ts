/**
 * Passes over a list of statements that give one result per list (the dataset's, or the one the filters
 * leave): run over the whole list when first asked for, or ahead of time range by range (a large dataset
 * is taken in a slice per task, state/sliced-passes.ts). The same code does both, so a result made in
 * slices is the one made at once. Pure; no DOM.
 */
import type { Statement } from './types';

/** Statements a pass reads between two pauses (a generator's `yield`, or a look at the clock). */
export const STEP = 1_000;

/** Run a computation that pauses (a generator that yields between steps) to its end, without pausing. */
export function finishSteps<T>(steps: Generator<unknown, T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/** One run of a pass over a list: `add` its ranges in order, from the first statement to the last, then `finish`. */
export interface PassRun<T> {
	add(statements: readonly Statement[], from: number, to: number): void;
	finish(): T;
}

/** A result per list of statements, remembered while the list stays as it is (lists are never mutated). */
export interface ListPass<T> {
	(statements: readonly Statement[]): T;
	/** Whether the result for this list is remembered already. */
	has(statements: readonly Statement[]): boolean;
	/** A run over this list, range by range; its `finish` remembers the result for the list. */
	run(statements: readonly Statement[]): PassRun<T>;
}

export function listPass<T>(start: () => PassRun<T>): ListPass<T> {
	// The length too: a list that grew is another list.
	const known = new WeakMap<readonly Statement[], { length: number; value: T }>();
	const has = (statements: readonly Statement[]) => known.get(statements)?.length === statements.length;
	const run = (statements: readonly Statement[]): PassRun<T> => {
		const inner = start();
		return {
			add: (list, from, to) => inner.add(list, from, to),
			finish: () => {
				const value = inner.finish();
				known.set(statements, { length: statements.length, value });
				return value;
			}
		};
	};
	const whole = (statements: readonly Statement[]): T => {
		if (has(statements)) return known.get(statements)!.value;
		const r = run(statements);
		r.add(statements, 0, statements.length);
		return r.finish();
	};
	return Object.assign(whole, { has, run });
}

/** Every statement by its id (the last one wins where two share an id). */
export const statementsById: ListPass<Map<string, Statement>> = listPass(() => {
	const byId = new Map<string, Statement>();
	return {
		add(statements, from, to) {
			for (let i = from; i < to; i++) byId.set(statements[i].id, statements[i]);
		},
		finish: () => byId
	};
});
