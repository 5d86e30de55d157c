import { describe, expect, it } from 'vitest';
import { markBox, overlaps, placeCard, type Box, type PlacementInput } from '$lib/interaction/placement';

const desk = { width: 1440, height: 900 };
const phone = { width: 390, height: 844 };
const card = { width: 352, height: 300 };
const bar: Box = { left: 0, top: 0, width: 1440, height: 100 };

/** The card's box for a floating placement. */
function boxOf(input: PlacementInput): Box {
	const p = placeCard(input);
	if (p.mode !== 'float') throw new Error(`expected a floating card, got ${p.mode}`);
	return { left: p.left, top: p.top, width: Math.min(input.card.width, input.viewport.width - 16), height: p.maxHeight ?? input.card.height };
}

describe('placeCard', () => {
	it.each([
		{ name: 'room below: below the mark', mark: { left: 600, top: 200, width: 20, height: 20 }, side: 'below' },
		{ name: 'near the bottom: above', mark: { left: 600, top: 800, width: 20, height: 20 }, side: 'above' },
		{ name: 'tall card in the middle, bar on top: to the right', mark: { left: 400, top: 420, width: 20, height: 20 }, side: 'right', height: 500 },
		{ name: 'at the right edge, tall card: to the left', mark: { left: 1300, top: 420, width: 20, height: 20 }, side: 'left', height: 500 }
	])('$name', ({ mark, side, height }) => {
		const input = { mark, card: { ...card, height: height ?? card.height }, viewport: desk, obstacles: [bar] };
		const p = placeCard(input);
		expect(p.mode).toBe('float');
		expect(p.mode === 'float' && p.side).toBe(side);
		const b = boxOf(input);
		expect(overlaps(b, mark)).toBe(false);
		expect(overlaps(b, bar)).toBe(false);
		expect(b.left).toBeGreaterThanOrEqual(8);
		expect(b.left + b.width).toBeLessThanOrEqual(desk.width - 8);
		expect(b.top + b.height).toBeLessThanOrEqual(desk.height - 8);
	});

	it('never goes under the sticky bar: a mark just below it opens its card below, not above', () => {
		const input = { mark: { left: 600, top: 120, width: 20, height: 20 }, card, viewport: desk, obstacles: [bar] };
		const b = boxOf(input);
		expect(b.top).toBeGreaterThanOrEqual(bar.top + bar.height);
	});

	it('cuts a card taller than any side to the roomier side, never over the mark', () => {
		const mark = { left: 700, top: 300, width: 40, height: 40 };
		const input = { mark, card: { width: 352, height: 2000 }, viewport: { width: 1000, height: 900 }, obstacles: [] };
		const p = placeCard(input);
		expect(p).toMatchObject({ mode: 'float', side: 'below' });
		expect(p.mode === 'float' && p.maxHeight).toBe(900 - 8 - (340 + 8));
		expect(overlaps(boxOf(input), mark)).toBe(false);
	});

	it('is a bottom sheet under 600 px wide, leaving a mark high on the screen in sight', () => {
		const mark = { left: 100, top: 200, width: 30, height: 30 };
		const p = placeCard({ mark, card: { width: 374, height: 400 }, viewport: phone });
		expect(p).toEqual({ mode: 'sheet', maxHeight: 400, scrollBy: 0 });
	});

	it('a sheet over a low mark scrolls the page so the mark rests above it', () => {
		const mark = { left: 100, top: 700, width: 30, height: 30 };
		const p = placeCard({ mark, card: { width: 374, height: 400 }, viewport: phone });
		if (p.mode !== 'sheet') throw new Error('expected a sheet');
		const sheetTop = phone.height - p.maxHeight;
		expect(mark.top + mark.height - p.scrollBy).toBeLessThanOrEqual(sheetTop);
		expect(mark.top - p.scrollBy).toBeGreaterThanOrEqual(0);
	});

	it('a sheet is at most 60% of the screen', () => {
		const p = placeCard({ mark: { left: 10, top: 10, width: 10, height: 10 }, card: { width: 374, height: 5000 }, viewport: phone });
		expect(p.mode === 'sheet' && p.maxHeight).toBe(Math.floor(phone.height * 0.6));
	});

	it('a sheet where no side has room on a wide screen either', () => {
		const p = placeCard({ mark: { left: 0, top: 0, width: 1440, height: 900 }, card, viewport: desk });
		expect(p.mode).toBe('sheet');
	});
});

describe('markBox', () => {
	it.each([
		{ box: { left: 10, top: 10, width: 40, height: 20 }, expected: { left: 10, top: 10, width: 40, height: 20 } },
		{ box: { left: 0, top: 0, width: 400, height: 300 }, expected: { left: 188, top: 138, width: 24, height: 24 } }
	])('a small mark is itself; a large one stands as a square at its centre', ({ box, expected }) => {
		expect(markBox(box)).toEqual(expected);
	});
});
