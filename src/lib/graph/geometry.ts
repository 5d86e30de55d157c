/**
 * Edge shapes in layout units: quadratic curves trimmed to the node circles, with an arrowhead at the
 * target. Two-way pairs and several quad classes between one pair are curved apart. Pure; no DOM.
 */
import type { Edge } from '$lib/data/queries';
import type { PairLink } from './build';
import type { Point } from './positions';

export interface EdgeShape {
	/** The edge id (queries.edgeId) and the pair it belongs to. */
	id: string;
	pair: string;
	edge: Edge;
	/** Start, control and end points of the quadratic curve. */
	s: Point;
	c: Point;
	e: Point;
	/** SVG path data of the curve. */
	d: string;
	/** SVG path data of the arrowhead triangle (a path, so a change of it can be animated like the curve). */
	arrow: string;
	arrowPoints: [Point, Point, Point];
	width: number;
}

export const edgeWidth = (count: number) => 1.1 + 1.5 * Math.sqrt(count - 1 + 0.0001);
const r2 = (v: number) => Math.round(v * 100) / 100;
const pt = (p: Point) => `${r2(p.x)},${r2(p.y)}`;

/** Sideways offsets (layout units) of the k edges of a pair: bent right of travel when two-way. */
export function pairOffsets(count: number, twoWay: boolean, spacing = 9): number[] {
	return Array.from({ length: count }, (_, k) => (twoWay ? 10 + k * spacing : (k - (count - 1) / 2) * spacing));
}

/** The shapes of a pair's edges between two circles (centre + radius). */
export function pairShapes(pair: PairLink, a: Point, ra: number, b: Point, rb: number): EdgeShape[] {
	const dx = b.x - a.x, dy = b.y - a.y;
	const len = Math.hypot(dx, dy) || 1;
	const nx = dy / len, ny = -dx / len; // the right-hand normal in screen coordinates (y down)
	const offsets = pairOffsets(pair.edges.length, pair.twoWay);
	return pair.edges.map((edge, k) => {
		const width = edgeWidth(edge.count);
		const bend = offsets[k] * 2; // control point twice as far as the curve's peak
		const c = { x: (a.x + b.x) / 2 + nx * bend, y: (a.y + b.y) / 2 + ny * bend };
		const head = 5 + width * 1.6;
		const s = towards(a, c, ra + 1);
		const tip = towards(b, c, rb + 1.5);
		const e = towards(tip, c, head * 0.8);
		const ux = (tip.x - c.x), uy = (tip.y - c.y);
		const ul = Math.hypot(ux, uy) || 1;
		const fx = ux / ul, fy = uy / ul;
		const base = { x: tip.x - fx * head, y: tip.y - fy * head };
		const half = head * 0.5;
		const arrowPoints: [Point, Point, Point] = [
			tip,
			{ x: base.x - fy * half, y: base.y + fx * half },
			{ x: base.x + fy * half, y: base.y - fx * half }
		];
		return new CurvedEdge(edge, pair.id, s, c, e, arrowPoints, width);
	});
}

/**
 * An edge's shape. Its SVG path data is written when first read: the canvas view draws from the points,
 * and formatting tens of thousands of numbers for it cost more than the geometry itself.
 */
class CurvedEdge implements EdgeShape {
	#d: string | undefined;
	#arrow: string | undefined;
	readonly id: string;
	constructor(
		readonly edge: Edge,
		readonly pair: string,
		readonly s: Point,
		readonly c: Point,
		readonly e: Point,
		readonly arrowPoints: [Point, Point, Point],
		readonly width: number
	) {
		this.id = edge.id;
	}
	get d(): string {
		return (this.#d ??= `M${pt(this.s)}Q${pt(this.c)} ${pt(this.e)}`);
	}
	get arrow(): string {
		return (this.#arrow ??= `M${this.arrowPoints.map(pt).join('L')}Z`);
	}
}

/** The point at `distance` from `from` on the way to `to`. */
function towards(from: Point, to: Point, distance: number): Point {
	const dx = to.x - from.x, dy = to.y - from.y;
	const len = Math.hypot(dx, dy) || 1;
	return { x: from.x + (dx / len) * distance, y: from.y + (dy / len) * distance };
}

/** A point on the quadratic curve at t ∈ [0, 1]. */
export function curvePoint(shape: Pick<EdgeShape, 's' | 'c' | 'e'>, t: number): Point {
	const u = 1 - t;
	return {
		x: u * u * shape.s.x + 2 * u * t * shape.c.x + t * t * shape.e.x,
		y: u * u * shape.s.y + 2 * u * t * shape.c.y + t * t * shape.e.y
	};
}
