/** Which elements of a Plot figure a selection lights: a statement → target-index lookup. Pure; no DOM. */
import type { Statement } from '$lib/data/types';

/** For each statement id, the indices of the targets that include it. Built once per list of targets. */
export function targetsByStatement(targets: readonly { statements: readonly Pick<Statement, 'id'>[] }[]): Map<string, number[]> {
	const m = new Map<string, number[]>();
	targets.forEach((t, i) => {
		for (const s of t.statements) {
			const list = m.get(s.id);
			if (!list) m.set(s.id, [i]);
			else if (list[list.length - 1] !== i) list.push(i);
		}
	});
	return m;
}

/** The target indices lit by a set of statement ids: costs the size of the selection, not of the chart. */
export function litTargets(activeIds: Iterable<string>, byStatement: Map<string, number[]>): Set<number> {
	const lit = new Set<number>();
	for (const id of activeIds) for (const i of byStatement.get(id) ?? []) lit.add(i);
	return lit;
}

/** What changes between two lit sets: the indices to switch off and to switch on. */
export function litChanges(before: ReadonlySet<number>, after: ReadonlySet<number>): { off: number[]; on: number[] } {
	const off: number[] = [], on: number[] = [];
	for (const i of before) if (!after.has(i)) off.push(i);
	for (const i of after) if (!before.has(i)) on.push(i);
	return { off, on };
}
