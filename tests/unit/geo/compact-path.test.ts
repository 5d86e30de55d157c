import fc from 'fast-check';
import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3';
import { describe, expect, it } from 'vitest';
import { compactPath, stepPath } from '$lib/geo/compact-path';

/** The points a path visits, in absolute units of 10^-digits, as a browser reads its M/m, L/l and Z. */
function absolutePoints(d: string, digits = 1): string[] {
	const unit = 10 ** digits;
	const tokens = d.match(/[MLZml]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
	const points: string[] = [];
	let command = '';
	let x = 0;
	let y = 0;
	let start = [0, 0];
	for (let i = 0; i < tokens.length; ) {
		const t = tokens[i];
		if (/^[MLZml]$/.test(t)) {
			command = t;
			i++;
			if (t === 'Z') {
				[x, y] = start;
				points.push('Z');
			}
			continue;
		}
		const a = Math.round(Number(tokens[i]) * unit);
		const b = Math.round(Number(tokens[i + 1]) * unit);
		i += 2;
		if (command === 'M' || command === 'L') [x, y] = [a, b];
		else [x, y] = [x + a, y + b];
		if (command === 'M' || command === 'm') {
			start = [x, y];
			points.push(`M${x},${y}`);
			// Pairs after a moveto are linetos of the same kind.
			command = command === 'M' ? 'L' : 'l';
		} else points.push(`L${x},${y}`);
	}
	return points;
}

describe('compactPath', () => {
	it('writes each point after the first of a subpath as a step from the one before, in fewer characters', () => {
		const d = 'M493.4,284L493.5,283.2L500.8,276.5L503.1,268.6L503.1,270Z';
		const compact = compactPath(d);
		expect(compact).toBe('M493.4 284l.1-.8 7.3-6.7 2.3-7.9 0 1.4Z');
		expect(absolutePoints(compact)).toEqual(absolutePoints(d));
	});

	it('starts every subpath with an absolute moveto, so paths joined end to end stay valid', () => {
		const a = compactPath('M0,0L10,0L10,10Z');
		const b = compactPath('M20,20L30,20L30,30Z');
		expect(b.startsWith('M')).toBe(true);
		expect(absolutePoints(a + b)).toEqual(absolutePoints('M0,0L10,0L10,10ZM20,20L30,20L30,30Z'));
	});

	it('separates numbers only where the next one would otherwise run on', () => {
		expect(compactPath('M0,0L0.5,0.5L1,1L1.5,0.5L-2,-2')).toBe('M0 0l.5.5.5.5.5-.5-3.5-2.5');
		expect(compactPath('M10,10L12,13L12,13')).toBe('M10 10l2 3 0 0');
	});

	it('leaves alone what it does not know: arcs, relative commands, a lineto after a closepath, or more decimals than asked for', () => {
		for (const d of ['M0,0A5,5 0 1,1 10,10Z', 'm0,0l1,1', 'M0,0L1.25,1', 'M0,0L1,1ZL2,2', 'M0,0ZZ', '']) expect(compactPath(d)).toBe(d);
		expect(compactPath('M0,0L1.25,1', 2)).toBe('M0 0l1.25 1');
	});

	it('visits exactly the points of any path of absolute movetos, linetos and closepaths', () => {
		const coordinate = fc.integer({ min: -99999, max: 99999 }).map((n) => String(n / 10));
		const point = fc.tuple(coordinate, coordinate).map(([x, y]) => `${x},${y}`);
		const subpath = fc
			.tuple(point, fc.array(point, { maxLength: 12 }), fc.boolean())
			.map(([first, rest, closed]) => `M${first}${rest.map((p) => `L${p}`).join('')}${closed ? 'Z' : ''}`);
		fc.assert(
			fc.property(fc.array(subpath, { minLength: 1, maxLength: 5 }), (subpaths) => {
				const d = subpaths.join('');
				expect(absolutePoints(compactPath(d))).toEqual(absolutePoints(d));
			}),
			{ numRuns: 300 }
		);
	});

	it('takes about a third off the map’s coastlines and graticule', () => {
		const projection = geoNaturalEarth1().fitSize([960, 500], { type: 'Sphere' });
		const path = geoPath(projection).digits(1);
		const graticule = path(geoGraticule10())!;
		const compact = compactPath(graticule);
		expect(absolutePoints(compact)).toEqual(absolutePoints(graticule));
		expect(compact.length / graticule.length).toBeLessThan(0.75);
	});
});

describe('stepPath', () => {
	it('writes a subpath from points in tenths, the same as compactPath writes it from absolute path data', () => {
		const points = [[4934, 2840], [4935, 2832], [5008, 2765]] as const;
		expect(stepPath(points)).toBe('M493.4 284l.1-.8 7.3-6.7');
		expect(stepPath(points, 1, true)).toBe(compactPath('M493.4,284L493.5,283.2L500.8,276.5Z'));
		expect(stepPath([[5, -5]])).toBe('M.5-.5');
		expect(stepPath([])).toBe('');
	});
});
