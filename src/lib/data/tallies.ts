/**
 * The counts the lede, the headline facts and the cells' takeaways read, in one pass over a list of
 * statements (once per list, data/passes.ts; a large dataset's is made a slice per task). Pure; no DOM.
 */
import { listPass, type ListPass } from './passes';
import { quadOf, type QuadClass } from './plover';
import type { Attribution } from './types';

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

export const statementTallies: ListPass<Readonly<StatementTallies>> = listPass(() => {
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
