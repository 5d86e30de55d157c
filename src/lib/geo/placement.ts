/**
 * Label placement for the map: every label clear of every other label, of the symbols and of the
 * arrowheads, inside the view. The most important labels are placed first, each at its own place when
 * that is free, else on rings farther and farther out (with a leader line back to its place); a label
 * with no free spot is dropped, so the least important move or go first. Pure and deterministic.
 */
import type { Point } from './anchors';

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export function overlaps(a: Rect, b: Rect): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Estimated width of a bold system sans label: about 0.62 em per character. */
const EM_PER_CHARACTER = 0.62;

/** A label's box, centred on (x, y), with a little air around the text (its halo). */
export function labelRect(x: number, y: number, text: string, fontSize: number): Rect {
	const width = (text.length * EM_PER_CHARACTER + 0.3) * fontSize;
	const height = fontSize * 1.3;
	return { x: x - width / 2, y: y - height / 2, width, height };
}

export interface LabelRequest {
	id: string;
	text: string;
	/** The place the label names: a country's centre or a symbol's. */
	at: Point;
	/** Distance kept from `at` (a symbol's radius); 0 to try the place itself first. */
	clearance: number;
	/** Higher is placed first. */
	priority: number;
}

export interface PlacedMapLabel {
	id: string;
	text: string;
	x: number;
	y: number;
	/** From the label's edge back to its place, when the label sits away from it. */
	leader: [Point, Point] | null;
	box: Rect;
}

/** The sixteen directions of each ring, starting below and going round; then the rings. */
const DIRECTIONS = Array.from({ length: 16 }, (_, i) => {
	const a = Math.PI / 2 + (i % 2 ? -1 : 1) * Math.ceil(i / 2) * (Math.PI / 8);
	return [Math.cos(a), Math.sin(a)] as const;
});
const RINGS = 9;

const r1 = (v: number) => Math.round(v * 10) / 10;

function inside(r: Rect, bounds: Rect): boolean {
	return r.x >= bounds.x && r.y >= bounds.y && r.x + r.width <= bounds.x + bounds.width && r.y + r.height <= bounds.y + bounds.height;
}

/** The point of `r`'s edge nearest to `p`. */
function nearestOnEdge(r: Rect, [x, y]: Point): Point {
	return [Math.min(Math.max(x, r.x), r.x + r.width), Math.min(Math.max(y, r.y), r.y + r.height)];
}

/** Candidate centres for a label: its place (when no clearance), then rings out from it. */
function candidates(l: LabelRequest, fontSize: number): Point[] {
	const [x, y] = l.at;
	const box = labelRect(0, 0, l.text, fontSize);
	const out: Point[] = l.clearance ? [] : [[x, y]];
	for (let ring = 0; ring < RINGS; ring++) {
		const d = l.clearance + ring * fontSize * 1.1;
		for (const [dx, dy] of DIRECTIONS) {
			// Out along the direction far enough that the box clears the circle of radius d.
			const reach = d + Math.abs(dx) * (box.width / 2) + Math.abs(dy) * (box.height / 2);
			if (ring || l.clearance) out.push([x + dx * reach, y + dy * reach]);
		}
	}
	return out;
}

export function layoutLabels(
	requests: readonly LabelRequest[],
	obstacles: readonly Rect[],
	bounds: Rect,
	fontSize: number
): PlacedMapLabel[] {
	const taken: Rect[] = [...obstacles];
	const placed: PlacedMapLabel[] = [];
	const order = [...requests].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	for (const l of order) {
		const near = fontSize * 0.8 + l.clearance;
		for (const [x, y] of candidates(l, fontSize)) {
			const box = labelRect(x, y, l.text, fontSize);
			if (!inside(box, bounds) || taken.some((r) => overlaps(r, box))) continue;
			const edge = nearestOnEdge(box, l.at);
			const away = Math.hypot(edge[0] - l.at[0], edge[1] - l.at[1]) > near;
			taken.push(box);
			placed.push({
				id: l.id,
				text: l.text,
				x: r1(x),
				y: r1(y),
				leader: away ? [l.at, [r1(edge[0]), r1(edge[1])]] : null,
				box
			});
			break;
		}
	}
	return placed;
}
