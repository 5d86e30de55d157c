/**
 * Passes over a list of statements that give one result per list (the dataset's, or the one the filters
 * leave): run over the whole list when first asked for, or ahead of time range by range (a large dataset
 * is taken in a slice per task, state/sliced-passes.ts). The same code does both, so a result made in
 * slices is the one made at once. Pure; no DOM.
 */
import { ListIdIndex } from './id-index';
import type { Statement } from './types';

/** Statements a pass reads between two pauses (a generator's `yield`, or a look at the clock). */
export const STEP = 1_000;

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

/** Every pass the page's code holds, in the order their modules defined them (statementsById first). */
const defined: ListPass<unknown>[] = [];
/** The passes a large dataset's lookups are made of, a slice per task (Dashboard): every one the page's code holds. */
export const definedPasses = (): readonly ListPass<unknown>[] => defined;

/** A pass. Define each with a pure annotation (`@__PURE__`), so that a bundle that never reads it neither holds nor runs it. */
export function listPass<T>(start: () => PassRun<T>): ListPass<T> {
	// The length too: a list that grew is another list.
	const known = new WeakMap<readonly Statement[], [length: number, value: T]>();
	const has = (statements: readonly Statement[]) => known.get(statements)?.[0] === statements.length;
	const run = (statements: readonly Statement[]): PassRun<T> => {
		const inner = start();
		return {
			add: inner.add,
			finish: () => {
				const value = inner.finish();
				known.set(statements, [statements.length, value]);
				return value;
			}
		};
	};
	const whole = (statements: readonly Statement[]): T => {
		if (has(statements)) return known.get(statements)![1];
		const r = run(statements);
		r.add(statements, 0, statements.length);
		return r.finish();
	};
	const pass = Object.assign(whole, { has, run });
	defined.push(pass);
	return pass;
}

/** Every statement by its id (the last one wins where two share an id): positions in one typed array, sized once (id-index.ts). */
export const statementsById: ListPass<ReadonlyMap<string, Statement>> = /* @__PURE__ */ listPass(() => {
	let byId: ListIdIndex<Statement> | null = null;
	return {
		add(statements, from, to) {
			(byId ??= new ListIdIndex(statements)).add(from, to);
		},
		finish: () => byId ?? new ListIdIndex<Statement>([])
	};
});
