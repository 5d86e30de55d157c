/** Headline facts computed from a dataset: what the page says about the data, never typed by hand. */
import { QUAD_CLASSES, QUAD_LABELS, quadOf } from './plover';
import { actorName, countsByActor, indexDataset } from './queries';
import type { Dataset, Statement } from './types';

export interface HeadlineFacts {
	statements: number;
	actors: number;
	speakers: number;
	firstDate: string;
	lastDate: string;
	byQuad: { quad: (typeof QUAD_CLASSES)[number]; label: string; count: number }[];
	/** The actor that made the most statements, with its count. */
	mostActive: { id: string; name: string; made: number } | null;
	/** The actor addressed most often, with its count. */
	mostAddressed: { id: string; name: string; received: number } | null;
}

export function headlineFacts(dataset: Dataset, statements: readonly Statement[] = dataset.statements): HeadlineFacts {
	const index = indexDataset(dataset);
	const counts = countsByActor(statements);
	let mostActive: HeadlineFacts['mostActive'] = null;
	let mostAddressed: HeadlineFacts['mostAddressed'] = null;
	for (const [id, c] of counts) {
		if (c.made > (mostActive?.made ?? 0)) mostActive = { id, name: actorName(index, id), made: c.made };
		if (c.received > (mostAddressed?.received ?? 0))
			mostAddressed = { id, name: actorName(index, id), received: c.received };
	}
	// Dates, speakers and classes in one pass (a large dataset has tens of thousands of statements).
	let firstDate = '', lastDate = '';
	const speakers = new Set<string>();
	const byQuad = new Map<string, number>();
	for (const s of statements) {
		if (!firstDate || s.date < firstDate) firstDate = s.date;
		if (s.date > lastDate) lastDate = s.date;
		if (s.speaker) speakers.add(s.speaker);
		const quad = quadOf(s.event);
		byQuad.set(quad, (byQuad.get(quad) ?? 0) + 1);
	}
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
