/**
 * No array of data is spread into a call's arguments: `Math.min(...times)` over a million statements
 * throws "Maximum call stack size exceeded". Use d3's min/max/extent or a loop instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timelineSpec } from '$lib/charts/timeline/spec';
import { CSS_PALETTE } from '$lib/charts/plot/palette';
import type { TimelineDot } from '$lib/charts/timeline/events';

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|svelte)$/.test(e.name) ? [join(dir, e.name)] : []
	);
}
/** Calls whose arguments must not be a spread array: each argument takes a slot on the stack. */
const SPREAD_CALL = /\b(?:Math\.(?:min|max|hypot)|\.push|\.unshift|\.splice|String\.fromCharCode|String\.fromCodePoint)\(\s*(?:[^(){}]*,\s*)?\.\.\./g;

describe('no spread of an unbounded array into a call', () => {
	it('src/ has none', () => {
		const found = sourceFiles('src').flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				// A spread of a fixed-size chunk is marked `spread-bounded` on its line.
				.flatMap((line, i) => (line.match(SPREAD_CALL) && !line.includes('// spread-bounded') ? [`${file}:${i + 1}: ${line.trim()}`] : []))
		);
		expect(found).toEqual([]);
	});

	it('the pattern finds the calls it forbids', () => {
		for (const bad of ['Math.min(...times)', 'out.push(...list)', 'Math.max(0, ...xs)', 'String.fromCharCode(...bytes)'])
			expect(bad.match(SPREAD_CALL), bad).not.toBeNull();
		for (const fine of ['min(times)', 'out.push(item)', 'new Set([...a, ...b])', 'f({ ...options })', 'arcs.push({ ...e, width })']) expect(fine.match(SPREAD_CALL), fine).toBeNull();
	});

	it('the timeline of 300,000 dots has a domain (no stack overflow)', () => {
		// Past where a spread into Math.min overflows V8's stack (about 120,000 arguments).
		const n = 300_000;
		const dots = Array.from({ length: n }, (_, i) => ({ date: new Date(Date.UTC(2021, 0, 1) + (i % 365) * 86_400_000), lane: 'IRN' }) as unknown as TimelineDot);
		const spec = timelineSpec(dots, [], 800, CSS_PALETTE);
		// The domain holds the first and the last day, with a margin either side.
		const [from, to] = (spec.x as { domain: Date[] }).domain.map(Number);
		expect(from).toBeLessThan(Date.UTC(2021, 0, 1));
		expect(to).toBeGreaterThan(Date.UTC(2021, 0, 1) + 364 * 86_400_000);
	}, 60_000);
});
