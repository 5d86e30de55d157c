/**
 * Arc geometry: a great circle between two anchors, projected, bowed to the right of its direction of
 * travel (so A→B and B→A fall on opposite sides and neither hides the other), trimmed clear of the
 * symbols at both ends, with an arrowhead at the recipient. Path strings out; no DOM.
 */
import { extentOf as extent } from './bounds';
import type { Point } from './anchors';
import { stepPath } from './compact-path';

export type LonLat = [number, number];

/**
 * `samples + 1` points along the great circle from `a` to `b`, in degrees: d3-geo's `geoInterpolate`,
 * computed the same way, so that the browser's map code does not load d3-geo (whose one module, shared
 * with Plot, is a third of the map's JS). A property test holds it to d3's result.
 */
export function greatCircle(a: LonLat, b: LonLat, samples = 32): LonLat[] {
	const radians = Math.PI / 180;
	const degrees = 180 / Math.PI;
	const haversin = (x: number) => {
		const s = Math.sin(x / 2);
		return s * s;
	};
	const [x0, y0, x1, y1] = [a[0] * radians, a[1] * radians, b[0] * radians, b[1] * radians];
	const [cy0, sy0, cy1, sy1] = [Math.cos(y0), Math.sin(y0), Math.cos(y1), Math.sin(y1)];
	const [kx0, ky0, kx1, ky1] = [cy0 * Math.cos(x0), cy0 * Math.sin(x0), cy1 * Math.cos(x1), cy1 * Math.sin(x1)];
	const h = Math.sqrt(haversin(y1 - y0) + cy0 * cy1 * haversin(x1 - x0));
	const d = 2 * (h > 1 ? Math.PI / 2 : Math.asin(h));
	const k = Math.sin(d);
	const at = (t: number): LonLat => {
		if (!d) return [x0 * degrees, y0 * degrees];
		const B = Math.sin((t *= d)) / k;
		const A = Math.sin(d - t) / k;
		const x = A * kx0 + B * kx1;
		const y = A * ky0 + B * ky1;
		const z = A * sy0 + B * sy1;
		return [Math.atan2(y, x) * degrees, Math.atan2(z, Math.sqrt(x * x + y * y)) * degrees];
	};
	return Array.from({ length: samples + 1 }, (_, i) => at(i / samples));
}

/**
 * Whether a great circle's points cross the map's seam, the meridian opposite its centre (`centre`, degrees
 * east): projected, such a line would run to one edge of the map and on from the other.
 */
export function crossesSeam(points: readonly LonLat[], centre: number): boolean {
	const fromCentre = (lon: number) => ((((lon - centre) % 360) + 540) % 360) - 180;
	for (let i = 1; i < points.length; i++) if (Math.abs(fromCentre(points[i][0]) - fromCentre(points[i - 1][0])) > 180) return true;
	return false;
}

/** Offset each point of a polyline sideways by `bend · sin(πt)`: to the right of travel for bend > 0. */
export function bow(points: readonly Point[], bend: number): Point[] {
	const n = points.length - 1;
	if (n < 1 || bend === 0) return points.map((p) => [p[0], p[1]]);
	const [x0, y0] = points[0];
	const [x1, y1] = points[n];
	const len = Math.hypot(x1 - x0, y1 - y0) || 1;
	// Right of travel in screen coordinates (y down): rotate the chord direction by +90°.
	const nx = -(y1 - y0) / len;
	const ny = (x1 - x0) / len;
	return points.map(([x, y], i) => {
		const k = bend * Math.sin((Math.PI * i) / n);
		return [x + nx * k, y + ny * k];
	});
}

function polylineLength(points: readonly Point[]): number {
	let l = 0;
	for (let i = 1; i < points.length; i++) l += Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
	return l;
}

/** Cut `start` units off the beginning and `end` units off the end of a polyline (null if nothing is left). */
export function trim(points: readonly Point[], start: number, end: number): Point[] | null {
	const total = polylineLength(points);
	if (points.length < 2 || start + end >= total) return null;
	const pointAt = (s: number): { point: Point; index: number } => {
		let walked = 0;
		for (let i = 1; i < points.length; i++) {
			const [ax, ay] = points[i - 1];
			const [bx, by] = points[i];
			const seg = Math.hypot(bx - ax, by - ay);
			if (walked + seg >= s) {
				const t = seg ? (s - walked) / seg : 0;
				return { point: [ax + (bx - ax) * t, ay + (by - ay) * t], index: i };
			}
			walked += seg;
		}
		return { point: points[points.length - 1], index: points.length - 1 };
	};
	const a = pointAt(start);
	const b = pointAt(total - end);
	return [a.point, ...points.slice(a.index, b.index), b.point];
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Path data through the points, rounded to 0.1, written short (see compact-path.ts). */
export function pathOf(points: readonly Point[]): string {
	return stepPath(points.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)]));
}

/** The three corners of a triangle with its tip at `tip`, pointing along `from → tip`. */
function arrowCorners(from: Point, tip: Point, length: number, halfWidth: number): Point[] {
	const dx = tip[0] - from[0];
	const dy = tip[1] - from[1];
	const len = Math.hypot(dx, dy) || 1;
	const ux = dx / len;
	const uy = dy / len;
	const bx = tip[0] - ux * length;
	const by = tip[1] - uy * length;
	return [tip, [bx - uy * halfWidth, by + ux * halfWidth], [bx + uy * halfWidth, by - ux * halfWidth]];
}

/** A closed triangle with its tip at `tip`, pointing along `from → tip`. */
export function arrowHead(from: Point, tip: Point, length: number, halfWidth: number): string {
	return pathOf(arrowCorners(from, tip, length, halfWidth)) + 'Z';
}

/** The box around an arrowhead, [x0, y0, x1, y1]: labels keep clear of it. */
function arrowBox(from: Point, tip: Point, length: number, halfWidth: number): [number, number, number, number] {
	const corners = arrowCorners(from, tip, length, halfWidth);
	const xs = corners.map((p) => p[0]);
	const ys = corners.map((p) => p[1]);
	const [x0, x1] = extent(xs) as [number, number];
	const [y0, y1] = extent(ys) as [number, number];
	return [r1(x0), r1(y0), r1(x1), r1(y1)];
}

/** Stroke width for an edge of `count` statements. */
export function arcWidth(count: number): number {
	return r1(1.2 + 1.1 * Math.sqrt(Math.max(0, count - 1)));
}

export interface ArcGeometry {
	/** The line, ending at the base of the arrowhead. */
	d: string;
	head: string;
	/** The arrowhead's box, [x0, y0, x1, y1]. */
	headBox: [number, number, number, number];
	/** The middle of the arc: where a card opens for keyboard focus. */
	mid: Point;
	/** The box around the whole arc, arrowhead included, [x0, y0, x1, y1]: the view makes room for it. */
	box: [number, number, number, number];
}

export interface ArcOptions {
	/** Sideways bow in viewBox units (positive: right of travel). */
	bend: number;
	/** Clearance at the source and target (their symbol radius plus a gap). */
	startGap: number;
	endGap: number;
	width: number;
}

/** The drawn arc for a projected great-circle polyline; null when the ends are too close to draw one. */
export function arcGeometry(projected: readonly Point[], o: ArcOptions): ArcGeometry | null {
	const bowed = bow(projected, o.bend);
	const headLength = 5 + o.width * 1.6;
	const toTip = trim(bowed, o.startGap, o.endGap);
	if (!toTip) return null;
	const line = trim(toTip, 0, headLength * 0.8);
	if (!line) return null;
	const tip = toTip[toTip.length - 1];
	const base = line[line.length - 1];
	const mid = bowed[Math.floor(bowed.length / 2)];
	const headBox = arrowBox(base, tip, headLength, 2.5 + o.width);
	const [x0, x1] = extent([...line.map((p) => p[0]), headBox[0], headBox[2]]) as [number, number];
	const [y0, y1] = extent([...line.map((p) => p[1]), headBox[1], headBox[3]]) as [number, number];
	return {
		d: pathOf(line),
		head: arrowHead(base, tip, headLength, 2.5 + o.width),
		headBox,
		mid: [r1(mid[0]), r1(mid[1])],
		box: [r1(x0), r1(y0), r1(x1), r1(y1)]
	};
}

/**
 * How far each edge bows: the k-th edge of the same direction bows further out, so several edges
 * (different event classes, or the outlet's voice) between the same two actors stay apart.
 */
export function bends(
	edges: readonly { id: string; source: string; target: string }[],
	chord: (source: string, target: string) => number,
	base = 0.1,
	step = 9
): Map<string, number> {
	const nth = new Map<string, number>();
	const out = new Map<string, number>();
	for (const e of edges) {
		const pair = `${e.source}\u0000${e.target}`;
		const k = nth.get(pair) ?? 0;
		nth.set(pair, k + 1);
		const c = chord(e.source, e.target);
		out.set(e.id, r1(Math.min(Math.max(base * c, 5), 34) + k * step));
	}
	return out;
}
