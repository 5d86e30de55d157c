/**
 * The counts the lede, the headline facts and the cells' takeaways read, in one pass over a list of
 * statements (once per list, data/passes.ts; a large dataset's is made a slice per task). Pure; no DOM.
 */
import { listPass, type ListPass } from './passes';
import { quadOf, quadSign, type QuadClass } from './plover';
import type { Attribution, Statement } from './types';

export interface StatementTallies {
	/** Statements per day, in order of first appearance. */
	byDate: ReadonlyMap<string, number>;
	byAttribution: ReadonlyMap<Attribution, number>;
	byQuad: ReadonlyMap<QuadClass, number>;
	/** The named speakers (people's ids), in order of first appearance. */
	speakers: ReadonlySet<string>;
	/** The parties addressed, in order of first appearance. */
	recipients: ReadonlySet<string>;
	/** Statements that name a recipient. */
	addressed: number;
	/** The first and last day a statement was made ("" for none; ISO dates compare as text). */
	first: string;
	last: string;
}

export const statementTallies: ListPass<Readonly<StatementTallies>> = /* @__PURE__ */ listPass(() => {
	const byDate = new Map<string, number>(), byAttribution = new Map<Attribution, number>(), byQuad = new Map<QuadClass, number>();
	const speakers = new Set<string>(), recipients = new Set<string>();
	const quads = new Map<string, QuadClass>();
	let addressed = 0, first = '', last = '';
	return {
		add(statements, from, to) {
			for (let i = from; i < to; i++) {
				const s = statements[i];
				byDate.set(s.date, (byDate.get(s.date) ?? 0) + 1);
				byAttribution.set(s.attribution, (byAttribution.get(s.attribution) ?? 0) + 1);
				let quad = quads.get(s.event);
				if (quad === undefined) quads.set(s.event, (quad = quadOf(s.event)));
				byQuad.set(quad, (byQuad.get(quad) ?? 0) + 1);
				if (s.speaker) speakers.add(s.speaker);
				if (s.recipients.length) addressed += 1;
				for (const r of s.recipients) recipients.add(r);
				if (!first || s.date < first) first = s.date;
				if (s.date > last) last = s.date;
			}
		},
		finish: () => ({ byDate, byAttribution, byQuad, speakers, recipients, addressed, first, last })
	};
});

/** An actor → recipient pair's statements, counted cooperative or conflictual by their quad class. */
export interface PairStance {
	actor: string;
	recipient: string;
	cooperative: number;
	conflictual: number;
	total: number;
	/** In list order; a statement twice when it names the pair twice. */
	statements: Statement[];
}

/** Every actor → recipient pair (never a party with itself), in order of first appearance, with its stance counts (the matrix's cells). */
export const pairStances: ListPass<readonly Readonly<PairStance>[]> = /* @__PURE__ */ listPass(() => {
	// actor → recipient → pair: no pair list or key string per statement.
	const pairs: PairStance[] = [];
	const byActor = new Map<string, Map<string, PairStance>>();
	return {
		add(statements, from, to) {
			for (let i = from; i < to; i++) {
				const s = statements[i];
				const cooperative = quadSign(quadOf(s.event)) > 0;
				for (const actor of s.actors) {
					let row = byActor.get(actor);
					if (!row) byActor.set(actor, (row = new Map()));
					for (const recipient of s.recipients) {
						if (actor === recipient) continue;
						let p = row.get(recipient);
						if (!p) row.set(recipient, (p = { actor, recipient, cooperative: 0, conflictual: 0, total: 0, statements: [] })), pairs.push(p);
						if (cooperative) p.cooperative += 1;
						else p.conflictual += 1;
						p.total += 1;
						p.statements.push(s);
					}
				}
			}
		},
		finish: () => pairs
	};
});
