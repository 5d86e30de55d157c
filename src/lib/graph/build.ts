/**
 * Actors + (filtered) statements → the graph the network chart draws. Pure; no DOM.
 * Statement links aggregate actor → recipient pairs by quad class and voice (queries.aggregateEdges);
 * membership links (group → member) are kept apart, since they are not statements.
 */
import { aggregateEdges, countsByActor, type Edge } from '$lib/data/queries';
import type { Actor, ActorKind, Statement } from '$lib/data/types';

export interface GraphNode {
	id: string;
	name: string;
	kind: ActorKind;
	/** Statements the actor made, was addressed in, and either (a statement counts once). */
	made: number;
	received: number;
	total: number;
	/** Of `made`, statements that name no recipient: drawn on the node itself (a joint act, or addressed to no one named). */
	unaddressed: number;
}

/** A group → member link: drawn distinctly, never counted as a statement. */
export interface MembershipLink {
	id: string;
	group: string;
	member: string;
}

/** Every aggregated edge between one ordered pair: the unit a reader focuses ("Iran → IAEA"). */
export interface PairLink {
	id: string;
	source: string;
	target: string;
	count: number;
	/** The quad/voice edges drawn between the pair, heaviest first. */
	edges: Edge[];
	/** True when the reverse pair also has statements (the two are curved apart). */
	twoWay: boolean;
}

export interface Graph {
	nodes: GraphNode[];
	/** Aggregated statement edges (one per pair × quad class × voice). */
	edges: Edge[];
	pairs: PairLink[];
	memberships: MembershipLink[];
}

export const pairId = (source: string, target: string) => `${source}→${target}`;

/**
 * The actors in view: every party to a shown statement; the members of a group that is a party; and a
 * group most of whose members are parties (so the membership context stays visible).
 */
export function actorsInView(actors: readonly Actor[], statements: readonly Statement[]): Set<string> {
	const known = new Set(actors.map((a) => a.id));
	// The parties of the statements, in order of first appearance: the ids countsByActor counts (once per list).
	const involved = new Set<string>();
	for (const id of countsByActor(statements).keys()) if (known.has(id)) involved.add(id);
	const inView = new Set(involved);
	for (const a of actors) {
		const members = (a.members ?? []).filter((m) => known.has(m));
		if (!members.length) continue;
		if (involved.has(a.id)) for (const m of members) inView.add(m);
		else if (members.filter((m) => involved.has(m)).length * 2 > members.length) inView.add(a.id);
	}
	return inView;
}

const graphs = new WeakMap<readonly Statement[], WeakMap<readonly Actor[], Graph>>();

/** The graph of the statements in view (one per list of statements and actors: the chart and its card share it). */
export function buildGraph(actors: readonly Actor[], statements: readonly Statement[]): Graph {
	let byActors = graphs.get(statements);
	if (!byActors) graphs.set(statements, (byActors = new WeakMap()));
	let graph = byActors.get(actors);
	if (!graph) byActors.set(actors, (graph = graphOf(actors, statements)));
	return graph;
}

function graphOf(actors: readonly Actor[], statements: readonly Statement[]): Graph {
	const inView = actorsInView(actors, statements);
	const counts = countsByActor(statements);
	const nodes: GraphNode[] = actors
		.filter((a) => inView.has(a.id))
		.map((a) => {
			const c = counts.get(a.id);
			return { id: a.id, name: a.name, kind: a.kind, made: c?.made ?? 0, received: c?.received ?? 0, total: c?.total ?? 0, unaddressed: c?.unaddressed ?? 0 };
		});
	const edges = aggregateEdges(statements).filter((e) => inView.has(e.source) && inView.has(e.target));
	const byPair = new Map<string, PairLink>();
	for (const e of edges) {
		const id = pairId(e.source, e.target);
		let p = byPair.get(id);
		if (!p) byPair.set(id, (p = { id, source: e.source, target: e.target, count: 0, edges: [], twoWay: false }));
		p.count += e.count;
		p.edges.push(e);
	}
	const pairs = [...byPair.values()];
	for (const p of pairs) {
		p.twoWay = byPair.has(pairId(p.target, p.source));
		p.edges.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
	}
	const memberships: MembershipLink[] = [];
	for (const a of actors) {
		if (!inView.has(a.id)) continue;
		for (const m of a.members ?? [])
			if (inView.has(m) && m !== a.id) memberships.push({ id: `${a.id}∋${m}`, group: a.id, member: m });
	}
	return { nodes, edges, pairs, memberships };
}

/** The ids of a node's neighbours through statements (either direction) and membership. */
export function neighbours(graph: Graph, id: string): Set<string> {
	const out = new Set<string>([id]);
	for (const p of graph.pairs) {
		if (p.source === id) out.add(p.target);
		if (p.target === id) out.add(p.source);
	}
	for (const m of graph.memberships) {
		if (m.group === id) out.add(m.member);
		if (m.member === id) out.add(m.group);
	}
	return out;
}

/** Node radius in layout units, by the statements that involve it. */
export function nodeRadius(total: number): number {
	return 5 + 3.2 * Math.sqrt(total);
}
