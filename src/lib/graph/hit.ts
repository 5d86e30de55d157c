/**
 * Hit-testing for the canvas view: which node or edge is under a point (layout units).
 * Nodes and points sampled along each edge go into d3 quadtrees, so a lookup is O(log n). Pure.
 */
import { quadtree, type Quadtree } from 'd3';
import { samplePoints, type EdgeShape } from './geometry';

export interface HitCircle {
	id: string;
	x: number;
	y: number;
	r: number;
}

export type Hit = { kind: 'node'; id: string } | { kind: 'pair'; id: string };

interface EdgeSample {
	x: number;
	y: number;
	pair: string;
	half: number;
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
	const samples: EdgeSample[] = [];
	for (const s of shapes) for (const p of samplePoints(s, 5)) samples.push({ x: p.x, y: p.y, pair: s.pair, half: s.width / 2 });
	const edgeTree = quadtree<EdgeSample>()
		.x((d) => d.x)
		.y((d) => d.y)
		.addAll(samples);
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
			const e = edgeTree.find(x, y, tolerance + 6);
			if (e && Math.hypot(e.x - x, e.y - y) <= tolerance + e.half + 2) return { kind: 'pair', id: e.pair };
			return null;
		}
	};
}
