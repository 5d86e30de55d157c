/** Plain queries over a dataset: filtering, edges, counts. No DOM, no state. */
import { listPass, statementsById, type ListPass } from './passes';
import { isPloverEvent, QUAD_CLASSES, quadOf, type QuadClass } from './plover';
import type { Actor, Attribution, Dataset, PloverEvent, Statement } from './types';

export interface Filters {
	/** Statements made by any of these actors. */
	actors: string[];
	/** Statements addressed to any of these actors. */
	recipients: string[];
	topics: string[];
	/** PLOVER event types and/or quad classes. */
	events: (PloverEvent | QuadClass)[];
	attributions: Attribution[];
	/** Inclusive YYYY-MM-DD bounds; "" for none. */
	from: string;
	to: string;
}

export const NO_FILTERS: Filters = Object.freeze({
	actors: [],
	recipients: [],
	topics: [],
	events: [],
	attributions: [],
	from: '',
	to: ''
}) as Filters;

export function isQuadClass(value: string): value is QuadClass {
	return (QUAD_CLASSES as readonly string[]).includes(value);
}

export function statementMatches(s: Statement, f: Filters): boolean {
	if (f.actors.length && !s.actors.some((a) => f.actors.includes(a))) return false;
	if (f.recipients.length && !s.recipients.some((r) => f.recipients.includes(r))) return false;
	if (f.topics.length && !s.topics.some((t) => f.topics.includes(t))) return false;
	if (f.events.length && !f.events.some((e) => (isPloverEvent(e) ? s.event === e : quadOf(s.event) === e)))
		return false;
	if (f.attributions.length && !f.attributions.includes(s.attribution)) return false;
	if (f.from && s.date < f.from) return false;
	if (f.to && s.date > f.to) return false;
	return true;
}

/** The statements that pass the filters: the list itself when every one does (so what is computed per list is reused). */
export function filterStatements(statements: readonly Statement[], filters: Filters): readonly Statement[] {
	const passed = statements.filter((s) => statementMatches(s, filters));
	return passed.length === statements.length ? statements : passed;
}

/** Who addressed whom: every actor × recipient pair of a statement, except an actor to itself. */
export function forEachPair(s: Statement, visit: (actor: string, recipient: string) => void): void {
	for (const a of s.actors) for (const r of s.recipients) if (a !== r) visit(a, r);
}

/** The pairs of forEachPair, as a list. */
export function statementPairs(s: Statement): [actor: string, recipient: string][] {
	const pairs: [string, string][] = [];
	forEachPair(s, (a, r) => pairs.push([a, r]));
	return pairs;
}

export type Voice = 'reported' | 'outlet';

/** Statements aggregated into one directed edge: actor → recipient, in one quad class and voice. */
export interface Edge {
	id: string;
	source: string;
	target: string;
	quad: QuadClass;
	/** "outlet" when the statements are the article's own voice (drawn dashed). */
	voice: Voice;
	count: number;
	statementIds: string[];
}

export function edgeId(source: string, target: string, quad: QuadClass, voice: Voice): string {
	return `${source}→${target}:${quad}${voice === 'outlet' ? ':outlet' : ''}`;
}

/*
 * Results per list of statements, for the functions below that every view calls on the same list (the
 * dataset's, or the filtered one): computed once per list, not once per view (data/passes.ts), and for a
 * large dataset ahead of the views, a slice per task.
 */

/** Aggregate statements into edges; order follows the first statement of each edge. */
export const aggregateEdges: ListPass<readonly Edge[]> = /* @__PURE__ */ listPass(() => {
	// source → target → the pair's edges by quad class and voice (8 slots): no key string per statement.
	const bySource = new Map<string, Map<string, (Edge | undefined)[]>>();
	const edges: Edge[] = [];
	const add = (s: Statement) => {
		const quad = quadOf(s.event);
		const voice: Voice = s.attribution === 'outlet' ? 'outlet' : 'reported';
		const slot = 2 * QUAD_CLASSES.indexOf(quad) + (voice === 'outlet' ? 1 : 0);
		// forEachPair's pairs, in its order, without a closure per statement (garbage while a large list is indexed).
		for (const source of s.actors)
			for (const target of s.recipients) {
				if (source === target) continue;
				let byTarget = bySource.get(source);
				if (!byTarget) bySource.set(source, (byTarget = new Map()));
				let slots = byTarget.get(target);
				if (!slots) byTarget.set(target, (slots = []));
				let edge = slots[slot];
				if (!edge) {
					edge = slots[slot] = { id: edgeId(source, target, quad, voice), source, target, quad, voice, count: 0, statementIds: [] };
					edges.push(edge);
				}
				edge.count += 1;
				edge.statementIds.push(s.id);
			}
	};
	return {
		add(statements, from, to) {
			for (let i = from; i < to; i++) add(statements[i]);
		},
		finish: () => edges
	};
});

/** What the statements hold for the filter bar to offer: who spoke, who was addressed, which event types, and the dates' range ("" when none). */
export interface FilterChoices {
	spoke: ReadonlySet<string>;
	heard: ReadonlySet<string>;
	events: ReadonlySet<string>;
	first: string;
	last: string;
}

/** The filter bar's choices, in one pass over the statements (once per list). */
export const filterChoices: ListPass<Readonly<FilterChoices>> = /* @__PURE__ */ listPass(() => {
	const spoke = new Set<string>(), heard = new Set<string>(), events = new Set<string>();
	let first = '', last = '';
	return {
		add(statements, from, to) {
			for (let i = from; i < to; i++) {
				const s = statements[i];
				if (!first || s.date < first) first = s.date;
				if (s.date > last) last = s.date;
				for (const a of s.actors) spoke.add(a);
				for (const r of s.recipients) heard.add(r);
				events.add(s.event);
			}
		},
		finish: () => ({ spoke, heard, events, first, last })
	};
});

export interface ActorCounts {
	/** Statements in which the actor speaks. */
	made: number;
	/** Statements addressed to the actor. */
	received: number;
	/** Statements that involve the actor either way (a statement counts once). */
	total: number;
	/** Of `made`, those that name no recipient (a joint act, or a position addressed to no one named). */
	unaddressed: number;
}

/** Per actor: statements made, received, and involving it. */
export const countsByActor: ListPass<ReadonlyMap<string, Readonly<ActorCounts>>> = /* @__PURE__ */ listPass(() => {
	const counts = new Map<string, ActorCounts>();
	const get = (id: string) => {
		let c = counts.get(id);
		if (!c) counts.set(id, (c = { made: 0, received: 0, total: 0, unaddressed: 0 }));
		return c;
	};
	// Lists of a statement are short: a repeat is found by looking back, without a Set per statement.
	const add = ({ actors, recipients }: Statement) => {
		for (let i = 0; i < actors.length; i++) {
			const c = get(actors[i]);
			c.made += 1;
			if (!recipients.length) c.unaddressed += 1;
			if (actors.indexOf(actors[i]) === i) c.total += 1;
		}
		for (let i = 0; i < recipients.length; i++) {
			const id = recipients[i];
			if (recipients.indexOf(id) !== i) continue;
			const c = get(id);
			c.received += 1;
			if (!actors.includes(id)) c.total += 1;
		}
	};
	return {
		add(statements, from, to) {
			for (let i = from; i < to; i++) add(statements[i]);
		},
		finish: () => counts
	};
});

/** The statements of each source, in list order (once per list: the source text's cell reads its own). */
export const statementsBySource: ListPass<ReadonlyMap<string, readonly Statement[]>> = /* @__PURE__ */ listPass(() => {
	const bySource = new Map<string, Statement[]>();
	return {
		add(statements, from, to) {
			for (let i = from; i < to; i++) {
				const s = statements[i];
				const list = bySource.get(s.source);
				if (list) list.push(s);
				else bySource.set(s.source, [s]);
			}
		},
		finish: () => bySource
	};
});

export function countsByEvent(statements: readonly Statement[]): Map<PloverEvent, number> {
	const counts = new Map<PloverEvent, number>();
	for (const s of statements) counts.set(s.event, (counts.get(s.event) ?? 0) + 1);
	return counts;
}

/** Lookup tables for a dataset, built once per dataset. */
export interface DatasetIndex {
	actors: Map<string, Actor>;
	people: Map<string, Dataset['people'][number]>;
	topics: Map<string, Dataset['topics'][number]>;
	sources: Map<string, Dataset['sources'][number]>;
	events: Map<string, Dataset['events'][number]>;
	statements: ReadonlyMap<string, Statement>;
}

const indexes = new WeakMap<Dataset, { lists: unknown[][]; sizes: number[]; index: DatasetIndex }>();

/** The dataset's lookup tables; kept per dataset while its lists stay the same (the page and its facts share them). */
export function indexDataset(d: Dataset): DatasetIndex {
	const lists = [d.actors, d.people, d.topics, d.sources, d.events, d.statements];
	const sizes = lists.map((l) => l.length);
	const known = indexes.get(d);
	if (known && known.lists.every((l, i) => l === lists[i] && known.sizes[i] === sizes[i])) return known.index;
	const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
	const index = {
		actors: byId(d.actors),
		people: byId(d.people),
		topics: byId(d.topics),
		sources: byId(d.sources),
		events: byId(d.events),
		statements: statementsById(d.statements)
	};
	indexes.set(d, { lists, sizes, index });
	return index;
}

export function actorName(index: DatasetIndex, id: string): string {
	return index.actors.get(id)?.name ?? id;
}

/** "Iran → United States: 3 statements" — the accessible name of an edge. */
export function edgeLabel(index: DatasetIndex, source: string, target: string, count: number): string {
	return `${actorName(index, source)} → ${actorName(index, target)}: ${count} statement${count === 1 ? '' : 's'}`;
}
