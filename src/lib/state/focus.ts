/** What a view can point at, and which statements and actors that covers. Pure; no DOM. */
import { statementPairs } from '$lib/data/queries';
import type { Statement } from '$lib/data/types';

export type Focus =
	| { kind: 'actor'; id: string }
	| { kind: 'edge'; source: string; target: string }
	| { kind: 'statement'; id: string };

export function sameFocus(a: Focus | null, b: Focus | null): boolean {
	if (!a || !b) return a === b;
	if (a.kind === 'actor' && b.kind === 'actor') return a.id === b.id;
	if (a.kind === 'statement' && b.kind === 'statement') return a.id === b.id;
	if (a.kind === 'edge' && b.kind === 'edge') return a.source === b.source && a.target === b.target;
	return false;
}

export function focusKey(f: Focus): string {
	return f.kind === 'edge' ? `edge:${f.source}→${f.target}` : `${f.kind}:${f.id}`;
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
