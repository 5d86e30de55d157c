/**
 * Hit-testing for the canvas view: which node or edge is under a point (layout units). Nodes, and each
 * edge curve cut into a few straight segments, go into d3 quadtrees (segments by their midpoints), so a
 * lookup visits only what is near the point. Pure.
 */
import { quadtree, type Quadtree } from 'd3';
import { curvePoint, type EdgeShape } from './geometry';

export interface HitCircle {
	id: string;
	x: number;
	y: number;
	r: number;
}

export type Hit = { kind: 'node'; id: string } | { kind: 'pair'; id: string };

interface EdgeSegment {
	/** Midpoint (the quadtree key). */
	x: number;
	y: number;
	ax: number;
	ay: number;
	bx: number;
	by: number;
	pair: string;
	/** Half the stroke width. */
	half: number;
}

/** The datum with the smallest gap (at most `within`) among those keyed within `reach` of (x, y). */
function nearest<T>(tree: Quadtree<T>, x: number, y: number, reach: number, gapOf: (d: T) => number, within: number): T | null {
	let best: T | null = null;
	let bestGap = Infinity;
	tree.visit((q, x0, y0, x1, y1) => {
		if (!q.length) {
			for (let leaf: typeof q | undefined = q; leaf && !leaf.length; leaf = (leaf as { next?: typeof q }).next) {
				const d = (leaf as { data: T }).data;
				const gap = gapOf(d);
				if (gap <= within && gap < bestGap) {
					best = d;
					bestGap = gap;
				}
			}
		}
		return x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach;
	});
	return best;
}

/** Segments per curve: about one per SEGMENT units of length, 2 to 16 (a hit is exact to well under a pixel). */
const SEGMENT = 24;

function segmentsOf(shape: EdgeShape): EdgeSegment[] {
	const approx = Math.hypot(shape.c.x - shape.s.x, shape.c.y - shape.s.y) + Math.hypot(shape.e.x - shape.c.x, shape.e.y - shape.c.y);
	const n = Math.max(2, Math.min(16, Math.ceil(approx / SEGMENT)));
	const out: EdgeSegment[] = [];
	let a = shape.s;
	for (let i = 1; i <= n; i++) {
		const b = curvePoint(shape, i / n);
		out.push({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, ax: a.x, ay: a.y, bx: b.x, by: b.y, pair: shape.pair, half: shape.width / 2 });
		a = b;
	}
	return out;
}

function distanceToSegment(x: number, y: number, s: EdgeSegment): number {
	const dx = s.bx - s.ax, dy = s.by - s.ay;
	const len2 = dx * dx + dy * dy;
	const t = len2 ? Math.max(0, Math.min(1, ((x - s.ax) * dx + (y - s.ay) * dy) / len2)) : 0;
	return Math.hypot(s.ax + t * dx - x, s.ay + t * dy - y);
}

export interface HitIndex {
	find(x: number, y: number, tolerance?: number): Hit | null;
	/**
	 * Put more edges in the index while `hasTime()` says there is time (at least one curve a call); true
	 * once every edge is in. A big graph's edges are cut into about 100,000 segments: indexed in slices
	 * while the page is idle, no single task holds up input. `find` indexes what is left first.
	 */
	build(hasTime: () => boolean): boolean;
}

export function buildHitIndex(nodes: readonly HitCircle[], shapes: readonly EdgeShape[]): HitIndex {
	const nodeTree: Quadtree<HitCircle> = quadtree<HitCircle>()
		.x((d) => d.x)
		.y((d) => d.y)
		.addAll(nodes as HitCircle[]);
	const maxR = nodes.reduce((m, n) => Math.max(m, n.r), 0);
	const edgeTree = quadtree<EdgeSegment>()
		.x((d) => d.x)
		.y((d) => d.y);
	// Edges run between nodes: cover the nodes' box at once, so that adding segments rarely grows the tree.
	const [x0, y0, x1, y1] = nodeTree.extent()?.flat() ?? [];
	if (x0 !== undefined) edgeTree.cover(x0, y0).cover(x1, y1);
	let reachOfSegment = 0;
	let next = 0;
	const build = (hasTime: () => boolean) => {
		do {
			if (next >= shapes.length) break;
			for (const seg of segmentsOf(shapes[next++])) {
				edgeTree.add(seg);
				reachOfSegment = Math.max(reachOfSegment, Math.hypot(seg.bx - seg.ax, seg.by - seg.ay) / 2 + seg.half);
			}
		} while (hasTime());
		return next >= shapes.length;
	};
	return {
		build,
		find(x, y, tolerance = 3) {
			build(() => true);
			// The nearest centre is not always the circle under the point when radii differ: check nearby ones.
			const node = nearest(nodeTree, x, y, maxR + tolerance, (d) => Math.hypot(d.x - x, d.y - y) - d.r, tolerance);
			if (node) return { kind: 'node', id: node.id };
			// A segment's midpoint is at most half its length (plus half the stroke) from any point of it.
			const edge = nearest(edgeTree, x, y, tolerance + 2 + reachOfSegment, (d) => distanceToSegment(x, y, d) - d.half, tolerance + 2);
			return edge ? { kind: 'pair', id: edge.pair } : null;
		}
	};
}
