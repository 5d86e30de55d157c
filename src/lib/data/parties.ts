/**
 * Who takes part in statements, by one definition each, so every count on the page means the same thing.
 * - A **party** is an actor or a recipient of a statement (what "Parties" counts above the charts, and the
 *   network's nodes apart from the members it shows for a group).
 * - A **speaking party** is one whose words a statement reports: the party its named speaker speaks for;
 *   in the outlet's own voice, only a media actor (the outlet itself); otherwise every actor ("the two
 *   sides agreed"). A party that acted but said nothing (sanctions, a call the outlet reports) is not one.
 * Pure; no DOM.
 */
import { listPass, type ListPass } from './passes';
import type { DatasetIndex } from './queries';
import type { Statement } from './types';

/** The parties of the statements: every actor and recipient, in first-seen order. */
export function partiesOf(statements: readonly Statement[]): Set<string> {
	const parties = new Set<string>();
	for (const s of statements) {
		for (const a of s.actors) parties.add(a);
		for (const r of s.recipients) parties.add(r);
	}
	return parties;
}

/** The parties whose words the statement reports (see the module's comment). */
export function speakingPartiesOf(index: DatasetIndex, s: Statement): string[] {
	const person = s.speaker ? index.people.get(s.speaker) : undefined;
	if (person && s.actors.includes(person.actor)) return [person.actor];
	if (s.attribution === 'outlet') return s.actors.filter((a) => index.actors.get(a)?.kind === 'media');
	return [...new Set(s.actors)];
}

/**
 * The first statement of each kind that decides its speaking parties (its speaker, whether the outlet
 * speaks, its actors), in list order: a few dozen where a list has 1,000,000 statements. A pass
 * (data/passes.ts), so a large dataset's is made a slice per task with the other lookups.
 */
export const speakerCases: ListPass<readonly Statement[]> = /* @__PURE__ */ listPass(() => {
	// By speaker, then whether the outlet speaks, then the actors: no key string per statement. A list of
	// actors is shared by the statements that name the same ones (the page's unpacking: packed-statements.ts),
	// so its key is made once per list.
	const first = new Map<string, Map<string, Statement>[]>();
	const actorsKeys = new Map<readonly string[], string>();
	const cases: Statement[] = [];
	return {
		add(statements, from, to) {
			for (let i = from; i < to; i++) {
				const s = statements[i];
				let actors = actorsKeys.get(s.actors);
				if (actors === undefined) actorsKeys.set(s.actors, (actors = s.actors.join('\u0000')));
				let bySpeaker = first.get(s.speaker ?? '');
				if (!bySpeaker) first.set(s.speaker ?? '', (bySpeaker = [new Map(), new Map()]));
				const byActors = bySpeaker[s.attribution === 'outlet' ? 1 : 0];
				if (!byActors.has(actors)) byActors.set(actors, s), cases.push(s);
			}
		},
		finish: () => cases
	};
});

/**
 * Every speaking party of the statements, in first-seen order. Statements of one case (speakerCases) have
 * the same speaking parties, and each case's first statement comes first: so reading the cases gives the
 * parties, and their order, that reading every statement gives.
 */
export function speakersOf(index: DatasetIndex, statements: readonly Statement[]): Set<string> {
	const speakers = new Set<string>();
	for (const s of speakerCases(statements)) for (const a of speakingPartiesOf(index, s)) speakers.add(a);
	return speakers;
}
