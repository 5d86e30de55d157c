/** What a view can point at, and which statements and actors that covers. Pure; no DOM. */
import { listPass, statementsById, type ListPass } from '$lib/data/passes';
import { statementPairs } from '$lib/data/queries';
import type { Statement } from '$lib/data/types';

export type Focus =
	| { kind: 'actor'; id: string }
	| { kind: 'edge'; source: string; target: string }
	| { kind: 'statement'; id: string }
	/** Several statements one mark stands for (a bin of a large timeline), named by the mark's key. Not kept in the address. */
	| { kind: 'statements'; key: string; ids: readonly string[] };

/**
 * The focus on several statements (a bin), their ids listed on first read: a large timeline's bins hold
 * every statement in view, and listing 1,000,000 ids as it is drawn held up the page for hundreds of ms.
 */
export function statementsFocus(key: string, statements: readonly Statement[]): Focus {
	let ids: readonly string[] | undefined;
	return {
		kind: 'statements',
		key,
		get ids() {
			return (ids ??= statements.map((s) => s.id));
		}
	};
}

export function sameFocus(a: Focus | null, b: Focus | null): boolean {
	if (!a || !b) return a === b;
	if (a.kind === 'actor' && b.kind === 'actor') return a.id === b.id;
	if (a.kind === 'statement' && b.kind === 'statement') return a.id === b.id;
	if (a.kind === 'edge' && b.kind === 'edge') return a.source === b.source && a.target === b.target;
	if (a.kind === 'statements' && b.kind === 'statements') return a.key === b.key;
	return false;
}

export function focusKey(f: Focus): string {
	return f.kind === 'edge' ? `edge:${f.source}→${f.target}` : `${f.kind}:${f.kind === 'statements' ? f.key : f.id}`;
}

/** The statements behind a focus, in dataset order. */
export function focusStatements(focus: Focus, statements: readonly Statement[]): Statement[] {
	switch (focus.kind) {
		case 'actor':
			return statements.filter((s) => s.actors.includes(focus.id) || s.recipients.includes(focus.id));
		case 'edge':
			return statements.filter((s) =>
				statementPairs(s).some(([a, r]) => a === focus.source && r === focus.target)
			);
		case 'statement':
			return statements.filter((s) => s.id === focus.id);
		case 'statements': {
			const ids = new Set(focus.ids);
			return statements.filter((s) => ids.has(s.id));
		}
	}
}

/** Actor ids a focus touches: the actor, both ends of an edge, or every party of the statements. */
export function focusActors(focus: Focus, statements: readonly Statement[]): Set<string> {
	if (focus.kind === 'actor') return new Set([focus.id]);
	if (focus.kind === 'edge') return new Set([focus.source, focus.target]);
	const ids = new Set<string>();
	for (const s of focusStatements(focus, statements)) for (const id of [...s.actors, ...s.recipients]) ids.add(id);
	return ids;
}

/**
 * Lookup tables from a focus to its statements, built once per list of statements (per filter change)
 * so that a hover costs the size of its answer, not a pass over every statement.
 */
export interface FocusIndex {
	/** Statements in which the actor speaks or is addressed, in list order. */
	byActor: Map<string, Statement[]>;
	/** Statements behind each actor → recipient pair, in list order: by actor, then by recipient. */
	byPair: Map<string, Map<string, Statement[]>>;
	byId: ReadonlyMap<string, Statement>;
}

/** The focus index of a list, once per list (data/passes.ts: a large dataset's is made a slice per task). */
export const buildFocusIndex: ListPass<FocusIndex> = /* @__PURE__ */ listPass(() => {
	const byActor = new Map<string, Statement[]>();
	// By actor, then recipient: no key string per pair and statement (garbage the collector would chase while a large list is indexed).
	const byPair = new Map<string, Map<string, Statement[]>>();
	const push = (m: Map<string, Statement[]>, k: string, s: Statement) => {
		const list = m.get(k);
		if (!list) m.set(k, [s]);
		else if (list[list.length - 1] !== s) list.push(s);
	};
	let list: readonly Statement[] = [];
	return {
		add(statements, from, to) {
			list = statements;
			for (let i = from; i < to; i++) {
				const s = statements[i];
				for (const id of s.actors) push(byActor, id, s);
				for (const id of s.recipients) push(byActor, id, s);
				for (const a of s.actors) {
					let row = byPair.get(a);
					for (const r of s.recipients) {
						if (a === r) continue;
						if (!row) byPair.set(a, (row = new Map()));
						push(row, r, s);
					}
				}
			}
		},
		// By id: the list's own map, shared with the dataset's index when the list is the dataset's.
		finish: () => ({ byActor, byPair, byId: statementsById(list) })
	};
});

const NONE: readonly Statement[] = Object.freeze([]);

/** focusStatements through an index: the same statements in the same order. Do not mutate the result. */
export function indexedFocusStatements(focus: Focus, index: FocusIndex): readonly Statement[] {
	switch (focus.kind) {
		case 'actor':
			return index.byActor.get(focus.id) ?? NONE;
		case 'edge':
			return index.byPair.get(focus.source)?.get(focus.target) ?? NONE;
		case 'statement': {
			const s = index.byId.get(focus.id);
			return s ? [s] : NONE;
		}
		case 'statements':
			return focus.ids.flatMap((id) => index.byId.get(id) ?? []);
	}
}

/** focusActors through an index. */
export function indexedFocusActors(focus: Focus, index: FocusIndex): Set<string> {
	if (focus.kind === 'actor') return new Set([focus.id]);
	if (focus.kind === 'edge') return new Set([focus.source, focus.target]);
	const ids = new Set<string>();
	for (const s of indexedFocusStatements(focus, index)) for (const id of [...s.actors, ...s.recipients]) ids.add(id);
	return ids;
}
