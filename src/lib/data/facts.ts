/** Headline facts computed from a dataset: what the page says about the data, never typed by hand. */
import { QUAD_CLASSES, QUAD_LABELS } from './plover';
import { actorName, countsByActor, indexDataset } from './queries';
import { statementTallies } from './tallies';
import type { Dataset, Statement } from './types';
import { joinAnd } from './wording';

export interface HeadlineFacts {
	statements: number;
	/** Parties: actors or recipients of a statement in view (parties.ts, the network's definition too). */
	actors: number;
	speakers: number;
	firstDate: string;
	lastDate: string;
	byQuad: { quad: (typeof QUAD_CLASSES)[number]; label: string; count: number }[];
	/** The party that is an actor in the most statements (all tied parties named, "Iran and Russia"), with its count. */
	mostActive: { id: string; name: string; made: number } | null;
	/** The party addressed most often (all tied parties named), with its count. */
	mostAddressed: { id: string; name: string; received: number } | null;
}

export function headlineFacts(dataset: Dataset, statements: readonly Statement[] = dataset.statements): HeadlineFacts {
	const index = indexDataset(dataset);
	const counts = countsByActor(statements);
	// The highest counts, every party tied at them named ("Iran and Russia").
	let made = 0, received = 0;
	for (const c of counts.values()) {
		made = Math.max(made, c.made);
		received = Math.max(received, c.received);
	}
	const namesAt = (count: (c: { made: number; received: number }) => number, n: number) =>
		joinAnd([...counts].filter(([, c]) => count(c) === n).map(([id]) => actorName(index, id)));
	const firstAt = (count: (c: { made: number; received: number }) => number, n: number) => [...counts].find(([, c]) => count(c) === n)![0];
	const mostActive: HeadlineFacts['mostActive'] = made ? { id: firstAt((c) => c.made, made), name: namesAt((c) => c.made, made), made } : null;
	const mostAddressed: HeadlineFacts['mostAddressed'] = received
		? { id: firstAt((c) => c.received, received), name: namesAt((c) => c.received, received), received }
		: null;
	// Dates, speakers and classes: counted once per list (tallies.ts).
	const { first: firstDate, last: lastDate, speakers, byQuad } = statementTallies(statements);
	return {
		statements: statements.length,
		actors: counts.size,
		speakers: speakers.size,
		firstDate,
		lastDate,
		byQuad: QUAD_CLASSES.map((quad) => ({ quad, label: QUAD_LABELS[quad], count: byQuad.get(quad) ?? 0 })),
		mostActive,
		mostAddressed
	};
}
