/**
 * Label placement for the map: every label clear of every other label, of the symbols and of the
 * arrowheads, inside the view. The most important labels are placed first, each at its own place when
 * that is free, else on rings farther and farther out (with a leader line back to its place); a label
 * with no free spot is dropped, so the least important move or go first. Pure and deterministic. The
 * boxes taken are kept by rows, so a candidate is tested only against the boxes near it.
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

/**
 * The boxes taken so far, by the rows of the bounds they span (32 rows, the last and first also
 * holding what is below and above): a box is tested only against the boxes in its rows, not against
 * every one (the map's 300-actor view has a thousand arrowheads). Written here, not taken from a
 * package: a few lines, and the same answer as testing every box with `overlaps` is what the labels'
 * tests pin (tests/unit/map/labels-pinned.test.ts).
 */
function takenRows({ y: y0, height }: Rect) {
	const h = Math.abs(height) / 32;
	const rows: Rect[][] = [];
	// A coordinate's row: never decreasing as y grows (whatever the bounds), so two boxes that overlap
	// share a row; a box of negative height overlaps only boxes across its span, one of unknown size none.
	const at = (y: number) => Math.min(Math.max((y - y0) / h, 0), 32) | 0;
	/** Whether a box taken overlaps `box` (as `overlaps` says); with `take`, takes it instead. */
	return (box: Rect, take?: boolean) => {
		const { y, height } = box;
		for (let j = at(Math.min(y, y + height)), last = at(Math.max(y, y + height)); j <= last; j++)
			if (take) (rows[j] ??= []).push(box);
			else if (rows[j]?.some((r) => overlaps(r, box))) return true;
		return false;
	};
}

export function layoutLabels(
	requests: readonly LabelRequest[],
	obstacles: readonly Rect[],
	bounds: Rect,
	fontSize: number
): PlacedMapLabel[] {
	const taken = takenRows(bounds);
	for (const r of obstacles) taken(r, true);
	const placed: PlacedMapLabel[] = [];
	const order = [...requests].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	for (const l of order) {
		const near = fontSize * 0.8 + l.clearance;
		// The label's size, for the rings' reach: computed once, not for each candidate.
		const { width, height } = labelRect(0, 0, l.text, fontSize);
		const [ax, ay] = l.at;
		/** Places the label centred on (x, y) when its box is inside the bounds and clear of every box taken. */
		const tryAt = (x: number, y: number): boolean => {
			const box = labelRect(x, y, l.text, fontSize);
			if (!inside(box, bounds) || taken(box)) return false;
			const edge = nearestOnEdge(box, l.at);
			const away = Math.hypot(edge[0] - ax, edge[1] - ay) > near;
			taken(box, true);
			placed.push({ id: l.id, text: l.text, x: r1(x), y: r1(y), leader: away ? [l.at, [r1(edge[0]), r1(edge[1])]] : null, box });
			return true;
		};
		// The candidates: the label's place (when no clearance), then rings out from it, each candidate out
		// along its direction far enough that the box clears the circle of the ring's distance.
		if (!l.clearance && tryAt(ax, ay)) continue;
		rings: for (let ring = l.clearance ? 0 : 1; ring < RINGS; ring++) {
			const d = l.clearance + ring * fontSize * 1.1;
			for (const [dx, dy] of DIRECTIONS) {
				const reach = d + Math.abs(dx) * (width / 2) + Math.abs(dy) * (height / 2);
				if (tryAt(ax + dx * reach, ay + dy * reach)) break rings;
			}
		}
	}
	return placed;
}
