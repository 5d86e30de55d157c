/**
 * Positions of a network layout and what a page needs of them without running the layout (layout.ts,
 * which loads d3-force): a layout's key, positions prepared elsewhere, the box around them. Pure.
 */
import type { SimulationNodeDatum } from 'd3';
import type { Graph } from './build';

export interface Point {
	x: number;
	y: number;
}
export type Positions = Map<string, Point>;

export interface SimNode extends SimulationNodeDatum {
	id: string;
	r: number;
}
/** The seed the network chart lays out with, at build time and in the browser. */
export const NETWORK_SEED = 1;

export function positionsOf(nodes: readonly SimNode[]): Positions {
	const round = (v: number) => Math.round(v * 100) / 100;
	return new Map(nodes.map((n) => [n.id, { x: round(n.x ?? 0), y: round(n.y ?? 0) }]));
}

export interface Extent {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The box around every node (with its radius) plus a margin: the SVG viewBox. */
export function extentOf(positions: Positions, radius: (id: string) => number, margin = 24): Extent {
	let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
	for (const [id, p] of positions) {
		const r = radius(id);
		x0 = Math.min(x0, p.x - r);
		y0 = Math.min(y0, p.y - r);
		x1 = Math.max(x1, p.x + r);
		y1 = Math.max(y1, p.y + r);
	}
	if (!Number.isFinite(x0)) return { x: -100, y: -60, width: 200, height: 120 };
	return { x: x0 - margin, y: y0 - margin, width: x1 - x0 + 2 * margin, height: y1 - y0 + 2 * margin };
}

/** What a layout depends on, as one string: equal keys give equal layouts for the same seed. */
export function layoutKey(graph: Graph, seed = 1): string {
	const nodes = graph.nodes.map((n) => `${n.id}:${n.total}`).join(',');
	const pairs = graph.pairs.map((p) => `${p.source}>${p.target}:${p.count}`).join(',');
	const members = graph.memberships.map((m) => `${m.group}>${m.member}`).join(',');
	return `${seed}|${nodes}|${pairs}|${members}`;
}

/** A layout computed elsewhere (at build time, or in a worker) in a form that survives serialisation. */
export interface PreparedLayout {
	key: string;
	/** [id, x, y] per node. */
	positions: [string, number, number][];
}

/** The prepared positions when they were computed for this graph and seed, else null. */
export function preparedPositions(prepared: PreparedLayout | null | undefined, graph: Graph, seed = 1): Positions | null {
	if (!prepared || prepared.key !== layoutKey(graph, seed)) return null;
	return new Map(prepared.positions.map(([id, x, y]) => [id, { x, y }]));
}
