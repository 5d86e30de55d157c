/**
 * Label placement for the map: every label clear of every other label, of the symbols and of the
 * arrowheads, inside the view. The most important labels are placed first, each at its own place when
 * that is free, else on rings farther and farther out (with a leader line back to its place); a label
 * with no free spot is dropped, so the least important move or go first. Pure and deterministic. The
 * boxes taken are kept in a grid, so a candidate is tested against its neighbours only.
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

/** The point of `r`'s edge nearest to `p`. */
function nearestOnEdge(r: Rect, [x, y]: Point): Point {
	return [Math.min(Math.max(x, r.x), r.x + r.width), Math.min(Math.max(y, r.y), r.y + r.height)];
}

/**
 * The boxes taken so far, found by a uniform grid over the bounds: a box is tested only against the
 * boxes that share a cell with it, not against every one (the map's 300-actor view takes hundreds).
 * Written here, not taken from a package: a few dozen lines, and the same answer as testing every box
 * with `overlaps` is what the labels' tests pin (tests/unit/map/labels-pinned.test.ts).
 */
class Taken {
	private readonly cells: Rect[][];
	/** Boxes with a negative or unknown size: tested every time, as `overlaps` would test them. */
	private readonly odd: Rect[] = [];
	private readonly x0: number;
	private readonly y0: number;
	private readonly cw: number;
	private readonly ch: number;
	private readonly nx: number;
	private readonly ny: number;

	constructor(bounds: Rect, fontSize: number) {
		const ok = [bounds.x, bounds.y, bounds.width, bounds.height, fontSize].every(Number.isFinite) && fontSize > 0 && bounds.width > 0 && bounds.height > 0;
		// Cells about a short name wide and a line and a half high; at most 64 a side. One cell when the bounds are odd.
		this.cw = ok ? Math.max(fontSize * 6, bounds.width / 64) : 1;
		this.ch = ok ? Math.max(fontSize * 2, bounds.height / 64) : 1;
		this.nx = ok ? Math.ceil(bounds.width / this.cw) + 1 : 1;
		this.ny = ok ? Math.ceil(bounds.height / this.ch) + 1 : 1;
		this.x0 = ok ? bounds.x : 0;
		this.y0 = ok ? bounds.y : 0;
		this.cells = Array.from({ length: this.nx * this.ny }, () => []);
	}

	/** `overlaps(r, box)` for the box from (x, y) to (x1, y1). */
	private static hit(r: Rect, x: number, y: number, x1: number, y1: number): boolean {
		return r.x < x1 && x < r.x + r.width && r.y < y1 && y < r.y + r.height;
	}

	/** The cell column or row of a coordinate, clamped to the grid (monotonic, so overlapping spans share a cell). */
	private static at(v: number, n: number): number {
		return v >= 0 ? (v < n ? Math.floor(v) : n - 1) : 0;
	}

	add(r: Rect): void {
		const x1 = r.x + r.width, y1 = r.y + r.height;
		if (!(x1 >= r.x && y1 >= r.y)) {
			this.odd.push(r);
			return;
		}
		const i0 = Taken.at((r.x - this.x0) / this.cw, this.nx), i1 = Taken.at((x1 - this.x0) / this.cw, this.nx);
		const j0 = Taken.at((r.y - this.y0) / this.ch, this.ny), j1 = Taken.at((y1 - this.y0) / this.ch, this.ny);
		for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) this.cells[j * this.nx + i].push(r);
	}

	/** Whether any box taken overlaps the box at (x, y), `width` by `height` (as `overlaps` says). */
	hits(x: number, y: number, width: number, height: number): boolean {
		const x1 = x + width, y1 = y + height;
		for (const r of this.odd) if (Taken.hit(r, x, y, x1, y1)) return true;
		if (!(x1 >= x && y1 >= y)) {
			// A box of negative size (a negative font size): every box taken, as `overlaps` would.
			for (const cell of this.cells) for (const r of cell) if (Taken.hit(r, x, y, x1, y1)) return true;
			return false;
		}
		const i0 = Taken.at((x - this.x0) / this.cw, this.nx), i1 = Taken.at((x1 - this.x0) / this.cw, this.nx);
		const j0 = Taken.at((y - this.y0) / this.ch, this.ny), j1 = Taken.at((y1 - this.y0) / this.ch, this.ny);
		for (let j = j0; j <= j1; j++)
			for (let i = i0; i <= i1; i++)
				for (const r of this.cells[j * this.nx + i]) if (Taken.hit(r, x, y, x1, y1)) return true;
		return false;
	}
}

export function layoutLabels(
	requests: readonly LabelRequest[],
	obstacles: readonly Rect[],
	bounds: Rect,
	fontSize: number
): PlacedMapLabel[] {
	const taken = new Taken(bounds, fontSize);
	for (const r of obstacles) taken.add(r);
	const placed: PlacedMapLabel[] = [];
	const order = [...requests].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const right = bounds.x + bounds.width, bottom = bounds.y + bounds.height;
	for (const l of order) {
		const near = fontSize * 0.8 + l.clearance;
		// Every candidate's box has the label's size (labelRect): computed once, not for each candidate.
		const { width, height } = labelRect(0, 0, l.text, fontSize);
		const [ax, ay] = l.at;
		/** Places the label centred on (x, y) when its box is inside the bounds and clear of every box taken. */
		const tryAt = (x: number, y: number): boolean => {
			const bx = x - width / 2, by = y - height / 2;
			if (!(bx >= bounds.x && by >= bounds.y && bx + width <= right && by + height <= bottom) || taken.hits(bx, by, width, height)) return false;
			const box: Rect = { x: bx, y: by, width, height };
			const edge = nearestOnEdge(box, l.at);
			const away = Math.hypot(edge[0] - ax, edge[1] - ay) > near;
			taken.add(box);
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
