/**
 * What the network chart draws, in layout units: nodes with shapes and accessible names, pairs of
 * edges with their curves, membership lines, the viewBox. Shared by the SVG and the canvas view. Pure.
 */
import { actorName, edgeLabel, type DatasetIndex } from '$lib/data/queries';
import type { ActorKind } from '$lib/data/types';
import { neighbours, nodeRadius, type Graph, type GraphNode } from './build';
import { pairShapes, type EdgeShape } from './geometry';
import type { LabelInput, PlacedLabel } from './labels';
import { extentOf, type Extent, type Positions } from './positions';

export interface SceneNode extends GraphNode {
	x: number;
	y: number;
	r: number;
	/** SVG path data of the node's shape (also drawn on canvas through Path2D). */
	d: string;
	/** Accessible name: "Iran (state): made 14 statements, addressed in 5". */
	label: string;
}

export interface ScenePair {
	id: string;
	source: string;
	target: string;
	count: number;
	/** The reverse pair has statements too (the edges are bent apart). */
	twoWay: boolean;
	label: string;
	shapes: EdgeShape[];
}

export interface SceneMembership {
	id: string;
	group: string;
	member: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export interface Scene {
	nodes: SceneNode[];
	pairs: ScenePair[];
	memberships: SceneMembership[];
	extent: Extent;
}

export const KIND_LABELS: Record<ActorKind, string> = {
	state: 'state',
	organization: 'organisation',
	group: 'group',
	media: 'media'
};

const r2 = (v: number) => Math.round(v * 100) / 100;

/** State: circle; organisation: square; group: hexagon; media: diamond. Colour is never the only cue. */
export function nodeShape(kind: ActorKind, x: number, y: number, r: number): string {
	const poly = (points: [number, number][]) => `M${points.map(([px, py]) => `${r2(x + px)},${r2(y + py)}`).join('L')}Z`;
	switch (kind) {
		case 'organization': {
			const s = r * 0.88;
			return poly([[-s, -s], [s, -s], [s, s], [-s, s]]);
		}
		case 'group':
			return poly(Array.from({ length: 6 }, (_, i) => [r * 1.08 * Math.cos((i * Math.PI) / 3), r * 1.08 * Math.sin((i * Math.PI) / 3)] as [number, number]));
		case 'media':
			return poly([[0, -r * 1.2], [r * 1.2, 0], [0, r * 1.2], [-r * 1.2, 0]]);
		default:
			return `M${r2(x - r)},${r2(y)}a${r2(r)},${r2(r)} 0 1,0 ${r2(2 * r)},0a${r2(r)},${r2(r)} 0 1,0 ${r2(-2 * r)},0Z`;
	}
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function nodeLabel(n: GraphNode): string {
	return `${n.name} (${KIND_LABELS[n.kind]}): made ${plural(n.made, 'statement')}, addressed in ${n.received}`;
}

export function buildScene(graph: Graph, positions: Positions, index: DatasetIndex): Scene {
	const at = (id: string) => positions.get(id) ?? { x: 0, y: 0 };
	const nodes: SceneNode[] = graph.nodes.map((n) => {
		const { x, y } = at(n.id);
		const r = nodeRadius(n.total);
		return { ...n, x, y, r, d: nodeShape(n.kind, x, y, r), label: nodeLabel(n) };
	});
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const pairs: ScenePair[] = graph.pairs.map((p) => {
		const a = byId.get(p.source)!, b = byId.get(p.target)!;
		const shapes = pairShapes(p, a, a.r, b, b.r);
		return { id: p.id, source: p.source, target: p.target, count: p.count, twoWay: p.twoWay, label: edgeLabel(index, p.source, p.target, p.count), shapes };
	});
	const memberships = graph.memberships.map((m) => {
		const g = byId.get(m.group)!, s = byId.get(m.member)!;
		return { id: m.id, group: m.group, member: m.member, x1: g.x, y1: g.y, x2: s.x, y2: s.y };
	});
	return { nodes, pairs, memberships, extent: extentOf(positions, (id) => byId.get(id)?.r ?? 0, 28) };
}

/**
 * One node of a scene moved to (x, y), with what moves with it: its pairs' curves, its membership lines
 * and its label (shifted by the same amount). What a drag on the canvas draws each frame.
 */
export function movedNode(
	scene: Scene,
	id: string,
	x: number,
	y: number,
	labels: readonly PlacedLabel[]
): { nodes: SceneNode[]; pairs: ScenePair[]; memberships: SceneMembership[]; labels: PlacedLabel[] } | null {
	const n = scene.nodes.find((m) => m.id === id);
	if (!n) return null;
	const node: SceneNode = { ...n, x, y, d: nodeShape(n.kind, x, y, n.r) };
	const byId = new Map(scene.nodes.map((m) => [m.id, m]));
	const at = (other: string) => (other === id ? node : byId.get(other)!);
	const pairs = scene.pairs
		.filter((p) => p.source === id || p.target === id)
		.map((p) => {
			const a = at(p.source), b = at(p.target);
			const edges = p.shapes.map((s) => s.edge);
			return { ...p, shapes: pairShapes({ id: p.id, source: p.source, target: p.target, count: p.count, twoWay: p.twoWay, edges }, a, a.r, b, b.r) };
		});
	const memberships = scene.memberships
		.filter((m) => m.group === id || m.member === id)
		.map((m) => ({ ...m, ...(m.group === id ? { x1: x, y1: y } : { x2: x, y2: y }) }));
	const label = labels.find((l) => l.id === id);
	return { nodes: [node], pairs, memberships, labels: label ? [{ ...label, x: label.x + x - n.x, y: label.y + y - n.y }] : [] };
}

/** What the chart frames: every node of a graph (the whole dataset's), at its place and full size. */
export interface SceneFrame {
	extent: Extent;
	/** Label inputs of every node, for room around the extent. */
	nodes: LabelInput[];
}

/**
 * The frame of the whole graph. The chart keeps it while filters change, so a node stays where it is on
 * the screen, not only in the layout, and a filter moves nothing that did not change.
 */
export function sceneFrame(graph: Graph, positions: Positions): SceneFrame {
	const nodes = graph.nodes.map((n) => {
		const p = positions.get(n.id) ?? { x: 0, y: 0 };
		return { id: n.id, x: p.x, y: p.y, r: nodeRadius(n.total), text: n.name, priority: n.total };
	});
	const r = new Map(nodes.map((n) => [n.id, n.r]));
	return { extent: extentOf(positionsFor(graph, positions), (id) => r.get(id) ?? 0, 28), nodes };
}

/** Positions restricted to the nodes of a graph. */
export function positionsFor(graph: Graph, positions: Positions): Positions {
	return new Map(graph.nodes.map((n) => [n.id, positions.get(n.id) ?? { x: 0, y: 0 }]));
}

/** "Made 14 statements: to Russia (5), United States (4), …" — what a node's card says first. */
export function nodeSummary(graph: Graph, index: DatasetIndex, id: string, top = 3): string {
	const to = new Map<string, number>(), from = new Map<string, number>();
	for (const p of graph.pairs) {
		if (p.source === id) to.set(p.target, (to.get(p.target) ?? 0) + p.count);
		if (p.target === id) from.set(p.source, (from.get(p.source) ?? 0) + p.count);
	}
	const list = (m: Map<string, number>) => {
		const sorted = [...m].sort((a, b) => b[1] - a[1]);
		const shown = sorted.slice(0, top).map(([k, n]) => `${actorName(index, k)} (${n})`);
		return shown.join(', ') + (sorted.length > top ? `, and ${sorted.length - top} more` : '');
	};
	const node = graph.nodes.find((n) => n.id === id);
	const parts = [
		`Made ${plural(node?.made ?? 0, 'statement')}${to.size ? `: to ${list(to)}` : ''}${node?.unaddressed ? `; ${node.unaddressed} with no recipient` : ''}.`,
		`Addressed in ${node?.received ?? 0}${from.size ? `: by ${list(from)}` : ''}.`
	];
	const groups = graph.memberships.filter((m) => m.member === id).map((m) => actorName(index, m.group));
	const members = graph.memberships.filter((m) => m.group === id).map((m) => actorName(index, m.member));
	if (groups.length) parts.push(`Member of ${groups.join(', ')}.`);
	if (members.length) parts.push(`Members: ${members.join(', ')}.`);
	return parts.join(' ');
}

export type Highlight = { nodes: Set<string>; pairs: Set<string> } | null;

/** What to highlight for the active focus: a node with its neighbours, an edge's two ends, a statement's parties. */
export function highlightFor(
	graph: Graph,
	active: { kind: string; id?: string; source?: string; target?: string } | null,
	statementIds: Set<string>,
	actorIds: Set<string>
): Highlight {
	if (!active) return null;
	if (active.kind === 'actor' && active.id) {
		const id = active.id;
		return { nodes: neighbours(graph, id), pairs: new Set(graph.pairs.filter((p) => p.source === id || p.target === id).map((p) => p.id)) };
	}
	if (active.kind === 'edge') return { nodes: new Set([active.source!, active.target!]), pairs: new Set([`${active.source}→${active.target}`]) };
	return { nodes: actorIds, pairs: new Set(graph.pairs.filter((p) => p.edges.some((e) => e.statementIds.some((s) => statementIds.has(s)))).map((p) => p.id)) };
}
