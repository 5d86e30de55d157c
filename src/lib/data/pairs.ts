/**
 * Who did what to whom, pair by pair: the codebook's rules on actors and recipients as code (docs/dataset.md
 * §4.5). A statement's pairs are every actor × recipient; a party is never paired with itself. A statement
 * with no recipient is a joint act (two or more actors, e.g. a call) or a position addressed to no one named.
 * Pure; the validator, the views and every export read these.
 */
import type { Statement } from './types';

export type PairKind = 'directed' | 'joint' | 'no-recipient';

export interface StatementPair {
	actor: string;
	/** "" when the statement has no recipient. */
	recipient: string;
	kind: PairKind;
}

/** How a statement pairs its parties: directed when it names a recipient, otherwise joint or no-recipient. */
export function pairKindOf(s: Pick<Statement, 'actors' | 'recipients'>): PairKind {
	if (s.recipients.length) return 'directed';
	return new Set(s.actors).size > 1 ? 'joint' : 'no-recipient';
}

/**
 * One entry per (actor, recipient) of the statement, never a self-pair, repeats dropped; a statement with no
 * recipient gives one entry per actor with recipient "". The rows of statements.csv, and what views count.
 */
export function statementPairRows(s: Pick<Statement, 'actors' | 'recipients'>): StatementPair[] {
	const kind = pairKindOf(s);
	const actors = [...new Set(s.actors)];
	if (kind !== 'directed') return actors.map((actor) => ({ actor, recipient: '', kind }));
	const rows: StatementPair[] = [];
	for (const actor of actors)
		for (const recipient of new Set(s.recipients)) if (actor !== recipient) rows.push({ actor, recipient, kind });
	return rows;
}

export interface PairingIssue {
	/** The statement's field at fault, e.g. `recipients[1]`. */
	field: string;
	message: string;
	expected: string;
	received: string;
}

/** What breaks the codebook's pairing rules: a party listed twice, or a party as its own recipient. */
export function pairingIssues(s: Pick<Statement, 'actors' | 'recipients'>): PairingIssue[] {
	const issues: PairingIssue[] = [];
	const repeats = (list: string[], name: 'actors' | 'recipients') =>
		list.forEach((id, j) => {
			if (list.indexOf(id) !== j)
				issues.push({ field: `${name}[${j}]`, message: `${JSON.stringify(id)} is listed twice in ${name}`, expected: 'each party once', received: JSON.stringify(id) });
		});
	repeats(s.actors, 'actors');
	repeats(s.recipients, 'recipients');
	s.recipients.forEach((id, j) => {
		if (s.actors.includes(id))
			issues.push({
				field: `recipients[${j}]`,
				message: `${JSON.stringify(id)} is both an actor and a recipient of the statement (a self-pair); a joint act lists both sides as actors and no recipient`,
				expected: 'a recipient that is not one of the actors',
				received: JSON.stringify(id)
			});
	});
	return issues;
}
