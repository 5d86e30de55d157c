import { describe, expect, it } from 'vitest';
import { generateDataset } from '$lib/data/generate';
import { statementPairs } from '$lib/data/queries';
import { seedDataset } from '$lib/data/seed/dataset';
import { buildFocusIndex, focusActors, focusStatements, indexedFocusActors, indexedFocusStatements, statementsFocus, type Focus } from '$lib/state/focus';

/** Every focus a dataset offers: each actor, each actor → recipient pair, each statement, and a few unknown ones. */
function allFoci(statements: ReturnType<typeof generateDataset>['statements']): Focus[] {
	const foci: Focus[] = [{ kind: 'actor', id: 'nobody' }, { kind: 'edge', source: 'x', target: 'y' }, { kind: 'statement', id: 'none' }];
	const actors = new Set<string>();
	for (const s of statements) {
		foci.push({ kind: 'statement', id: s.id });
		for (const id of [...s.actors, ...s.recipients]) actors.add(id);
		for (const [source, target] of statementPairs(s)) foci.push({ kind: 'edge', source, target });
	}
	for (const id of actors) foci.push({ kind: 'actor', id });
	return foci;
}

describe('the focus index', () => {
	for (const [name, statements] of [
		['seed', seedDataset.statements],
		['generated', generateDataset({ actors: 60, statements: 400, seed: 3 }).statements],
		['generated, filtered to half', generateDataset({ actors: 40, statements: 300, seed: 5 }).statements.filter((_, i) => i % 2)]
	] as const) {
		it(`gives the same statements and actors as a full scan (${name})`, () => {
			const index = buildFocusIndex(statements);
			for (const f of allFoci(statements)) {
				expect(indexedFocusStatements(f, index).map((s) => s.id)).toEqual(focusStatements(f, statements).map((s) => s.id));
				expect([...indexedFocusActors(f, index)].sort()).toEqual([...focusActors(f, statements)].sort());
			}
		});
	}
});

describe('a focus on several statements (a bin)', () => {
	it('lists their ids when read, and finds the same statements through the index as by a scan', () => {
		const statements = generateDataset({ actors: 20, statements: 100, seed: 9 }).statements;
		const some = statements.filter((_, i) => i % 3 === 0);
		const focus = statementsFocus('bin', some);
		if (focus.kind !== 'statements') throw new Error('a focus on statements');
		expect(focus.ids).toEqual(some.map((s) => s.id));
		expect(focus.ids).toBe(focus.ids); // listed once
		expect(indexedFocusStatements(focus, buildFocusIndex(statements))).toEqual(focusStatements(focus, statements));
	});
});
