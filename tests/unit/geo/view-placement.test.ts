import { describe, expect, it } from 'vitest';
import { fanAngles, fanEnds, fanRadius } from '$lib/geo/fan';
import { labelRect, layoutLabels, overlaps, type LabelRequest, type Rect } from '$lib/geo/placement';
import { contains, edgePoint, fitView } from '$lib/geo/view';

const extent: Rect = { x: 0, y: -200, width: 960, height: 960 };

describe('fitView', () => {
	it.each([
		{ name: 'two far points set the width', points: [[100, 100], [700, 150]] as [number, number][], aspect: 2, expected: { width: 750, height: 375 } },
		{ name: 'two points one above the other set the height', points: [[400, 0], [400, 300]] as [number, number][], aspect: 1, expected: { width: 375, height: 375 } },
		{ name: 'one point is not blown up', points: [[400, 300]] as [number, number][], aspect: 1, expected: { width: 260, height: 260 } },
		{ name: 'never wider than what is drawn', points: [[0, 0], [960, 0]] as [number, number][], aspect: 2, expected: { width: 960, height: 480 } }
	])('$name', ({ points, aspect, expected }) => {
		const v = fitView(points, extent, aspect, { padding: 0.1, minWidth: 260 });
		expect(v).toMatchObject(expected);
		for (const p of points) expect(contains(v, p)).toBe(true);
		expect(v.x).toBeGreaterThanOrEqual(extent.x);
		expect(v.x + v.width).toBeLessThanOrEqual(extent.x + extent.width);
	});
	it('moves a view that would leave the drawn extent back inside it', () => {
		const v = fitView([[5, 300]], extent, 1, { padding: 0.1, minWidth: 260 });
		expect(v.x).toBe(0);
		expect(contains(v, [5, 300])).toBe(true);
	});
	it('shows the whole width at the aspect when there is nothing to frame', () => {
		expect(fitView([], extent, 2)).toMatchObject({ x: 0, width: 960, height: 480 });
	});
});

describe('edgePoint', () => {
	const view: Rect = { x: 0, y: 0, width: 200, height: 100 };
	it.each([
		{ name: 'far west: on the left edge, level with the centre', target: [-1000, 50] as [number, number], expected: [10, 50] },
		{ name: 'north-east: on the top edge', target: [150, -1000] as [number, number], expected: [101.9, 10] },
		{ name: 'along the diagonal: the corner', target: [400, 250] as [number, number], expected: [160, 90] }
	])('$name', ({ target, expected }) => {
		expect(edgePoint(view, target, 10)).toEqual(expected);
	});
});

describe('layoutLabels', () => {
	const bounds: Rect = { x: 0, y: 0, width: 400, height: 300 };
	const request = (id: string, x: number, y: number, priority: number, clearance = 0): LabelRequest => ({ id, text: id, at: [x, y], clearance, priority });

	it('keeps a free label at its place, with no leader', () => {
		const [l] = layoutLabels([request('Iran', 200, 150, 5)], [], bounds, 12);
		expect(l).toMatchObject({ x: 200, y: 150, leader: null });
	});

	it('moves the less important of two labels on one place off it, with a leader line back', () => {
		const out = layoutLabels([request('Armenia', 200, 150, 1), request('Azerbaijan', 202, 151, 2)], [], bounds, 12);
		const byId = Object.fromEntries(out.map((l) => [l.id, l]));
		expect(byId.Azerbaijan).toMatchObject({ x: 202, y: 151, leader: null });
		expect(byId.Armenia.leader?.[0]).toEqual([200, 150]);
		expect(overlaps(byId.Armenia.box, byId.Azerbaijan.box)).toBe(false);
	});

	it('keeps clear of symbols and arrowheads', () => {
		const symbol: Rect = { x: 190, y: 140, width: 20, height: 20 };
		const [l] = layoutLabels([request('Iran', 200, 150, 1)], [symbol], bounds, 12);
		expect(overlaps(l.box, symbol)).toBe(false);
	});

	it('drops the least important label when no place is free', () => {
		const tiny: Rect = { x: 0, y: 0, width: 60, height: 20 };
		const out = layoutLabels([request('Iran', 30, 10, 5), request('Iraq', 30, 10, 1)], [], tiny, 12);
		expect(out.map((l) => l.id)).toEqual(['Iran']);
	});

	it('places many crowded labels with no two overlapping, all inside the bounds', () => {
		const crowd = Array.from({ length: 12 }, (_, i) => request(`Party ${i}`, 200 + (i % 4) * 6, 150 + Math.floor(i / 4) * 5, 12 - i));
		const out = layoutLabels(crowd, [], bounds, 12);
		expect(out).toHaveLength(crowd.length);
		for (const a of out) {
			expect(a.box.x).toBeGreaterThanOrEqual(0);
			expect(a.box.x + a.box.width).toBeLessThanOrEqual(400);
			for (const b of out) if (a !== b) expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
		}
	});

	it('sizes a label box from its text and font size', () => {
		const r = labelRect(100, 50, 'Iran', 10);
		// 0.62 em a character and 0.3 em of halo; 1.3 em high.
		expect(r.width).toBeCloseTo(27.8);
		expect(r.height).toBeCloseTo(13);
		expect(r.x + r.width / 2).toBeCloseTo(100);
		expect(r.y + r.height / 2).toBeCloseTo(50);
	});
});

describe('fanAngles', () => {
	it.each([
		{ name: 'ends far apart stay where they are', toward: { a: 0, b: 90 }, step: 10, expected: { a: 0, b: 90 } },
		{ name: 'two ends from one direction part, centred on it', toward: { a: 0, b: 0 }, step: 10, expected: { a: -5, b: 5 } },
		{ name: 'three in a bunch spread step apart', toward: { a: 10, b: 12, c: 14 }, step: 10, expected: { a: 2, b: 12, c: 22 } }
	])('$name', ({ toward, step, expected }) => {
		expect(Object.fromEntries(fanAngles(new Map(Object.entries(toward)), step))).toEqual(expected);
	});
});

describe('fanEnds', () => {
	const points: Record<string, [number, number]> = { hub: [0, 0], a: [100, 0], b: [100, 1], c: [100, -1], d: [0, 100] };
	const pointOf = (id: string) => points[id];
	it('leaves the ends of a quiet place on the place itself', () => {
		const ends = fanEnds([{ id: 'e1', source: 'a', target: 'hub' }], pointOf, () => 3);
		expect(ends.get('e1>hub')).toBe(points.hub);
		expect(ends.get('e1>a')).toBe(points.a);
	});
	it('puts the ends at a busy place on a ring around it, towards their other ends and apart', () => {
		const edges = ['a', 'b', 'c', 'd', 'a'].map((other, i) => ({ id: `e${i}`, source: other, target: 'hub' }));
		const ends = fanEnds(edges, pointOf, () => 3);
		const at = edges.map((e) => ends.get(`${e.id}>hub`)!);
		for (const p of at) expect(Math.hypot(p[0], p[1])).toBeCloseTo(Math.max(fanRadius(edges.length), 7), 0);
		for (const p of at) for (const q of at) if (p !== q) expect(Math.hypot(p[0] - q[0], p[1] - q[1])).toBeGreaterThan(0.5);
		// The one from below (d) ends below the hub; the four from the east end east of it.
		expect(at[3][1]).toBeGreaterThan(0);
		for (const i of [0, 1, 2, 4]) expect(at[i][0]).toBeGreaterThan(0);
	});
});
