/**
 * Fanned arc ends: where many arcs meet at one place (a busy capital), each ends on a ring around it,
 * towards its other end, the ends moved apart so each arc and arrowhead can be told from the others and
 * pointed at. Pure; points in viewBox units.
 */
import type { Point } from './anchors';

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Angles (degrees) for the ends of the arcs meeting at one place, each towards the arc's other end, moved
 * apart until neighbours are at least `step` degrees apart, the whole fan kept centred on where the arcs
 * come from. Arcs into a busy capital then end side by side around it, each arrowhead apart.
 */
export function fanAngles(toward: ReadonlyMap<string, number>, step: number): Map<string, number> {
	const order = [...toward].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
	const spread = order.map(([, a]) => a);
	for (let i = 1; i < spread.length; i++) spread[i] = Math.max(spread[i], spread[i - 1] + step);
	const shift = spread.reduce((s, a, i) => s + a - order[i][1], 0) / (spread.length || 1);
	return new Map(order.map(([id], i) => [id, r1(spread[i] - shift)]));
}

/** Where many arcs meet, their ends fan out on a ring this far around the place. */
export const fanRadius = (degree: number) => Math.min(26, 4 * Math.max(0, degree - 3));

/**
 * Where each edge ends at each of its two places, by `${edge id}>${place id}`: the place's own point (the
 * same array) where at most three edges meet, else a point on the ring around it, clear of its symbol
 * (`symbolRadius`), fanned (fanAngles) about the directions of the edges' other ends.
 */
export function fanEnds(
	edges: readonly { id: string; source: string; target: string }[],
	pointOf: (id: string) => Point,
	symbolRadius: (id: string) => number
): Map<string, Point> {
	const toward = new Map<string, Map<string, number>>();
	for (const e of edges)
		for (const [here, there] of [[e.source, e.target], [e.target, e.source]]) {
			const [x0, y0] = pointOf(here);
			const [x1, y1] = pointOf(there);
			if (!toward.has(here)) toward.set(here, new Map());
			toward.get(here)!.set(e.id, (Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI);
		}
	const ends = new Map<string, Point>();
	for (const [id, angles] of toward) {
		const at = pointOf(id);
		const r = fanRadius(angles.size) && Math.max(fanRadius(angles.size), symbolRadius(id) + 4);
		const fanned = fanAngles(angles, Math.max(7, Math.min(16, 300 / angles.size)));
		for (const [edgeId, deg] of fanned) {
			const a = (deg * Math.PI) / 180;
			ends.set(`${edgeId}>${id}`, r ? [r1(at[0] + r * Math.cos(a)), r1(at[1] + r * Math.sin(a))] : at);
		}
	}
	return ends;
}
