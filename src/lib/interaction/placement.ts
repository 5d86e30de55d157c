/**
 * Where a statement card goes: pure geometry, no DOM. Given the mark's box, the card's natural size, the
 * viewport and the regions the card must leave clear (the notebook's sticky filter bar), it answers a
 * floating position beside the mark that covers neither, or, on a narrow screen or when no side has room,
 * a bottom sheet that leaves the mark visible above it (scrolling the page by `scrollBy` if it must).
 */

export interface Box {
	left: number;
	top: number;
	width: number;
	height: number;
}

export interface PlacementInput {
	/** The mark the card describes, in viewport pixels. */
	mark: Box;
	/** The card's size before any cut (its width is fixed by the style sheet). */
	card: { width: number; height: number };
	viewport: { width: number; height: number };
	/** Regions the card must not cover, in viewport pixels (e.g. a sticky bar). */
	obstacles?: readonly Box[];
	/** Space between the mark and the card. */
	gap?: number;
	/** Space kept between the card and the viewport's edges. */
	margin?: number;
	/** Below this viewport width the card is a bottom sheet. */
	sheetBelow?: number;
	/** A card cut shorter than this is not worth floating: it becomes a sheet. */
	minHeight?: number;
}

export type Side = 'below' | 'above' | 'right' | 'left';

export type Placement =
	| { mode: 'float'; side: Side; left: number; top: number; maxHeight: number | null }
	/** A sheet along the bottom edge: its height at most maxHeight; the page scrolls down by scrollBy first. */
	| { mode: 'sheet'; maxHeight: number; scrollBy: number };

export const SHEET_BELOW = 600;

const right = (b: Box) => b.left + b.width;
const bottom = (b: Box) => b.top + b.height;

export function overlaps(a: Box, b: Box): boolean {
	return a.left < right(b) && b.left < right(a) && a.top < bottom(b) && b.top < bottom(a);
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * The band of the viewport that is free from obstacles along its top and bottom edges (a sticky bar
 * spanning the page): cards float inside it.
 */
function freeBand(viewport: PlacementInput['viewport'], obstacles: readonly Box[], margin: number) {
	let top = margin;
	let end = viewport.height - margin;
	for (const o of obstacles) {
		if (o.width < viewport.width / 2) continue; // a small obstacle is checked by overlap instead
		if (o.top <= viewport.height / 3) top = Math.max(top, bottom(o) + margin);
		else end = Math.min(end, o.top - margin);
	}
	return { top, bottom: end };
}

export function placeCard(input: PlacementInput): Placement {
	const { mark, card, viewport } = input;
	const obstacles = input.obstacles ?? [];
	const gap = input.gap ?? 8;
	const margin = input.margin ?? 8;
	const minHeight = input.minHeight ?? 120;
	const band = freeBand(viewport, obstacles, margin);
	if (viewport.width < (input.sheetBelow ?? SHEET_BELOW)) return sheet(input, band.top, gap);

	const w = Math.min(card.width, viewport.width - 2 * margin);
	const centreX = clamp(mark.left + mark.width / 2 - w / 2, margin, viewport.width - margin - w);
	const centreY = (h: number) => clamp(mark.top + mark.height / 2 - h / 2, band.top, band.bottom - h);
	const at = (side: Side, h: number): Box => {
		switch (side) {
			case 'below':
				return { left: centreX, top: bottom(mark) + gap, width: w, height: h };
			case 'above':
				return { left: centreX, top: mark.top - gap - h, width: w, height: h };
			case 'right':
				return { left: right(mark) + gap, top: centreY(h), width: w, height: h };
			case 'left':
				return { left: mark.left - gap - w, top: centreY(h), width: w, height: h };
		}
	};
	const fits = (b: Box) =>
		b.left >= margin - 0.5 &&
		right(b) <= viewport.width - margin + 0.5 &&
		b.top >= band.top - 0.5 &&
		bottom(b) <= band.bottom + 0.5 &&
		!overlaps(b, mark) &&
		!obstacles.some((o) => overlaps(b, o));
	const sides: Side[] = ['below', 'above', 'right', 'left'];
	for (const side of sides) {
		const b = at(side, card.height);
		if (fits(b)) return { mode: 'float', side, left: b.left, top: b.top, maxHeight: null };
	}
	// No side holds the whole card: cut it to the roomier of below and above, if that leaves enough.
	const roomBelow = band.bottom - (bottom(mark) + gap);
	const roomAbove = mark.top - gap - band.top;
	const side: Side = roomBelow >= roomAbove ? 'below' : 'above';
	const room = Math.floor(Math.max(roomBelow, roomAbove));
	if (room >= minHeight) {
		const b = at(side, room);
		if (fits(b)) return { mode: 'float', side, left: b.left, top: b.top, maxHeight: room };
	}
	return sheet(input, band.top, gap);
}

/**
 * A bottom sheet: as tall as the card, at most 60% of the viewport, never over the mark. If the mark sits
 * where the sheet goes, the page scrolls so the mark comes to rest above the sheet (as far as the free
 * band above allows); what is still missing is taken off the sheet's height.
 */
function sheet(input: PlacementInput, bandTop: number, gap: number): Placement {
	const { mark, card, viewport } = input;
	const minHeight = Math.min(input.minHeight ?? 120, viewport.height / 3);
	let height = Math.min(card.height, Math.floor(viewport.height * 0.6));
	const sheetTop = viewport.height - height;
	let scrollBy = 0;
	const markBottom = bottom(mark) + gap;
	if (markBottom > sheetTop) {
		// Scroll the mark up, but not under the band's top.
		scrollBy = Math.max(0, Math.min(markBottom - sheetTop, mark.top - bandTop));
		const stillCovered = markBottom - scrollBy - sheetTop;
		if (stillCovered > 0) height = Math.max(minHeight, height - stillCovered);
	}
	return { mode: 'sheet', maxHeight: Math.floor(height), scrollBy: Math.ceil(scrollBy) };
}

/** A box for a mark too big to stand beside (a large country): a small square at a point inside it. */
export function markBox(box: Box, point?: { x: number; y: number }, largest = 160): Box {
	if (box.width <= largest && box.height <= largest) return box;
	const x = point?.x ?? box.left + box.width / 2;
	const y = point?.y ?? box.top + box.height / 2;
	return { left: x - 12, top: y - 12, width: 24, height: 24 };
}
