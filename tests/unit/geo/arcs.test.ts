import { geoInterpolate } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arcGeometry, arcWidth, arrowHead, bends, bow, crossesSeam, greatCircle, pathOf, trim } from '$lib/geo/arcs';
import type { Point } from '$lib/geo/anchors';

const close = (a: number[], b: number[], digits = 6) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i], digits));

describe('greatCircle', () => {
	it('gives exactly the points d3-geo’s geoInterpolate gives', () => {
		const lon = fc.double({ min: -540, max: 540, noNaN: true });
		const lat = fc.double({ min: -90, max: 90, noNaN: true });
		fc.assert(
			fc.property(fc.tuple(lon, lat), fc.tuple(lon, lat), fc.integer({ min: 1, max: 40 }), (a, b, n) => {
				const at = geoInterpolate(a, b);
				expect(greatCircle(a, b, n)).toEqual(Array.from({ length: n + 1 }, (_, i) => at(i / n)));
			}),
			{ numRuns: 2000 }
		);
		// The same point twice, and antipodes.
		for (const [a, b] of [[[10, 20], [10, 20]], [[0, 0], [180, 0]], [[-0, 90], [0, -90]]] as [[number, number], [number, number]][]) {
			const at = geoInterpolate(a, b);
			expect(greatCircle(a, b, 4)).toEqual([0, 0.25, 0.5, 0.75, 1].map(at));
		}
	});

	it.each([
		{ a: [0, 0], b: [90, 0], mid: [45, 0] },
		{ a: [-77.037, 38.907], b: [37.618, 55.756], mid: null },
		{ a: [0, 0], b: [0, 60], mid: [0, 30] }
	] as { a: [number, number]; b: [number, number]; mid: [number, number] | null }[])('from $a to $b', ({ a, b, mid }) => {
		const pts = greatCircle(a, b, 16);
		expect(pts).toHaveLength(17);
		close(pts[0], a);
		close(pts[16], b);
		if (mid) close(pts[8], mid);
		// Washington–Moscow bends north of both ends, as a great circle does.
		if (!mid) expect(pts[8][1]).toBeGreaterThan(Math.max(a[1], b[1]));
	});
});

describe('bow', () => {
	const line: Point[] = [[0, 0], [50, 0], [100, 0]];
	it.each([
		{ bend: 10, expected: [[0, 0], [50, 10], [100, 0]] },
		{ bend: -10, expected: [[0, 0], [50, -10], [100, 0]] },
		{ bend: 0, expected: [[0, 0], [50, 0], [100, 0]] }
	])('bend $bend moves the middle to the right of travel (y down)', ({ bend, expected }) => {
		bow(line, bend).forEach((p, i) => close(p, expected[i]));
	});
	it('puts A→B and B→A on opposite sides', () => {
		const ab = bow(line, 10)[1];
		const ba = bow([...line].reverse(), 10)[1];
		expect(Math.sign(ab[1])).toBe(-Math.sign(ba[1]));
	});
});

describe('trim', () => {
	it.each([
		{ start: 10, end: 20, expected: [[10, 0], [50, 0], [80, 0]] },
		{ start: 0, end: 0, expected: [[0, 0], [50, 0], [100, 0]] },
		{ start: 60, end: 50, expected: null }
	])('cuts $start and $end', ({ start, end, expected }) => {
		const out = trim([[0, 0], [50, 0], [100, 0]], start, end);
		if (expected === null) expect(out).toBeNull();
		else {
			expect(out).toHaveLength(expected.length);
			out!.forEach((p, i) => close(p, expected[i]));
		}
	});
});

describe('arrowHead, pathOf, arcWidth', () => {
	it('points the head along the line', () => {
		// Tip (10, 0), then the base corners (6, 2) and (6, -2), as steps.
		expect(arrowHead([0, 0], [10, 0], 4, 2)).toBe('M10 0l-4 2 0-4Z');
	});
	it.each([
		// (0, 1.3) then (2.4, -3), as a step from the first.
		{ points: [[0.04, 1.26], [2.35, -3.01]] as Point[], expected: 'M0 1.3l2.4-4.3' }
	])('rounds to 0.1: $expected', ({ points, expected }) => expect(pathOf(points)).toBe(expected));
	it.each([
		{ count: 1, expected: 1.2 },
		{ count: 2, expected: 2.3 },
		{ count: 5, expected: 3.4 }
	])('width of $count statements is $expected', ({ count, expected }) => expect(arcWidth(count)).toBeCloseTo(expected, 9));
});

describe('bends', () => {
	it('bows each further edge of the same direction further out, and each direction on its own side', () => {
		const edges = [
			{ id: 'a', source: 'IRN', target: 'USA' },
			{ id: 'b', source: 'IRN', target: 'USA' },
			{ id: 'c', source: 'USA', target: 'IRN' }
		];
		const b = bends(edges, () => 100);
		expect(b.get('a')).toBeCloseTo(10, 9);
		expect(b.get('b')).toBeCloseTo(19, 9);
		expect(b.get('c')).toBeCloseTo(10, 9);
	});
});

describe('arcGeometry', () => {
	it('ends clear of both symbols, with the head tip at the target gap', () => {
		const line: Point[] = Array.from({ length: 11 }, (_, i) => [i * 20, 0]);
		const g = arcGeometry(line, { bend: 0, startGap: 10, endGap: 5, width: 2 })!;
		expect(g.d.startsWith('M10 0')).toBe(true);
		expect(g.head.startsWith('M195 0')).toBe(true);
		close(g.mid, [100, 0]);
	});
	it('gives nothing when the ends are closer than the gaps', () => {
		expect(arcGeometry([[0, 0], [5, 0]], { bend: 0, startGap: 4, endGap: 4, width: 1 })).toBeNull();
	});
	it('boxes the whole arc: its bow and its arrowhead', () => {
		const line: Point[] = Array.from({ length: 17 }, (_, i) => [i * 20, 100]);
		// Travelling east, a negative bend bows to the left of travel: up (y shrinks), 30 units at the middle.
		const g = arcGeometry(line, { bend: -30, startGap: 10, endGap: 5, width: 3 })!;
		const [x0, y0, x1, y1] = g.box;
		expect(y0).toBeCloseTo(70, 0);
		expect(y1).toBeGreaterThanOrEqual(g.headBox[3]);
		expect(x0).toBeCloseTo(10, 0);
		expect(x1).toBeCloseTo(320 - 5, 0);
		expect(g.mid[1]).toBeGreaterThanOrEqual(y0);
	});
});

describe('crossesSeam', () => {
	// Russia's and the United States' points: on the globe the great circle runs over the Arctic, across 180°.
	const RUS: [number, number] = [95.72, 65.94];
	const USA: [number, number] = [-98.73, 39.87];
	it('is true for a great circle across the meridian opposite the map\'s centre', () => {
		expect(crossesSeam(greatCircle(RUS, USA), 0)).toBe(true);
		expect(crossesSeam(greatCircle([170, 0], [-170, 0]), 0)).toBe(true);
	});
	it('is false for one that stays on the map, wherever the map is centred', () => {
		expect(crossesSeam(greatCircle([37.6, 55.8], [-77, 38.9]), 0)).toBe(false);
		expect(crossesSeam(greatCircle(RUS, USA), 180)).toBe(false);
		expect(crossesSeam(greatCircle([170, 0], [-170, 0]), 180)).toBe(false);
		expect(crossesSeam(greatCircle([10, 0], [-10, 0]), 180)).toBe(true);
	});
});
