/**
 * The dataset a session exports: what the statements use and nothing more (a defined organisation no
 * statement names is left out, so it brings no warning), in the schema every reader of the app accepts.
 */
import type { Dataset } from '$lib/data/types';

export function datasetOf(d: Dataset): Dataset {
	const used = new Set<string>();
	for (const s of d.statements) for (const id of [...s.actors, ...s.recipients]) used.add(id);
	const speakers = new Set(d.statements.map((s) => s.speaker).filter((x): x is string => !!x));
	const people = d.people.filter((p) => speakers.has(p.id));
	for (const p of people) used.add(p.actor);
	for (const e of d.events) for (const id of e.actors) used.add(id);
	// A used group brings its members (the map outlines them), and theirs.
	const byId = new Map(d.actors.map((a) => [a.id, a]));
	const queue = [...used];
	while (queue.length) for (const m of byId.get(queue.pop()!)?.members ?? []) if (!used.has(m)) (used.add(m), queue.push(m));
	const topics = new Set(d.statements.flatMap((s) => s.topics));
	return {
		schemaVersion: 1,
		sources: d.sources,
		actors: d.actors.filter((a) => used.has(a.id)),
		people,
		topics: d.topics.filter((t) => topics.has(t.id)),
		events: d.events,
		statements: d.statements
	};
}

/** A file name from the article's title: "Iran and Russia talk" → "iran-and-russia-talk". */
export function fileStem(title: string): string {
	const stem = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
	return stem || 'coded-article';
}
