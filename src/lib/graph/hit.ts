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
}

export function buildHitIndex(nodes: readonly HitCircle[], shapes: readonly EdgeShape[]): HitIndex {
	const nodeTree: Quadtree<HitCircle> = quadtree<HitCircle>()
		.x((d) => d.x)
		.y((d) => d.y)
		.addAll(nodes as HitCircle[]);
	const maxR = nodes.reduce((m, n) => Math.max(m, n.r), 0);
	const segments: EdgeSegment[] = [];
	let reachOfSegment = 0;
	for (const shape of shapes)
		for (const seg of segmentsOf(shape)) {
			segments.push(seg);
			reachOfSegment = Math.max(reachOfSegment, Math.hypot(seg.bx - seg.ax, seg.by - seg.ay) / 2 + seg.half);
		}
	const edgeTree = quadtree<EdgeSegment>()
		.x((d) => d.x)
		.y((d) => d.y)
		.addAll(segments);
	return {
		find(x, y, tolerance = 3) {
			// The nearest centre is not always the circle under the point when radii differ: check nearby ones.
			let best: HitCircle | null = null;
			let bestGap = Infinity;
			const reach = maxR + tolerance;
			nodeTree.visit((q, x0, y0, x1, y1) => {
				if (!q.length) {
					let leaf: typeof q | undefined = q;
					while (leaf && !leaf.length) {
						const d = (leaf as { data: HitCircle }).data;
						const gap = Math.hypot(d.x - x, d.y - y) - d.r;
						if (gap <= tolerance && gap < bestGap) {
							best = d;
							bestGap = gap;
						}
						leaf = (leaf as { next?: typeof q }).next;
					}
				}
				return x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach;
			});
			if (best) return { kind: 'node', id: (best as HitCircle).id };
			// The nearest segment within reach (a segment's midpoint is at most half its length from any of it).
			let edge: EdgeSegment | null = null;
			let edgeGap = Infinity;
			const r = tolerance + 2 + reachOfSegment;
			edgeTree.visit((q, x0, y0, x1, y1) => {
				if (!q.length) {
					let leaf: typeof q | undefined = q;
					while (leaf && !leaf.length) {
						const d = (leaf as { data: EdgeSegment }).data;
						const gap = distanceToSegment(x, y, d) - d.half;
						if (gap <= tolerance + 2 && gap < edgeGap) {
							edge = d;
							edgeGap = gap;
						}
						leaf = (leaf as { next?: typeof q }).next;
					}
				}
				return x0 > x + r || x1 < x - r || y0 > y + r || y1 < y - r;
			});
			return edge ? { kind: 'pair', id: (edge as EdgeSegment).pair } : null;
		}
	};
}
