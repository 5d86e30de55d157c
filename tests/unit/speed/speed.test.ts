/** The speed module: its one switch, the figure cache, the likely views and the held drag frame. */
import { describe, expect, it } from 'vitest';
import { drawAheadWhenIdle, FigureCache } from '$lib/speed/figure-cache';
import { holdFrame, labelsFollowing } from '$lib/speed/held-frame';
import { AHEAD_MAX_OPTIONS, AHEAD_MAX_STATEMENTS, likelyViews } from '$lib/speed/likely';
import { tricksOn, TRICKS } from '$lib/speed/switch';
import { NO_FILTERS } from '$lib/data/queries';
import type { PlacedLabel } from '$lib/graph/labels';
import type { Scene } from '$lib/graph/scene';

describe('the speed switch', () => {
	const cases: [string | null, string[]][] = [
		[null, [...TRICKS]],
		['', [...TRICKS]],
		['on', [...TRICKS]],
		['off', []],
		['-kept,-recent', TRICKS.filter((t) => t !== 'kept' && t !== 'recent')],
		[' -held-drag ', TRICKS.filter((t) => t !== 'held-drag')]
	];
	for (const [value, on] of cases)
		it(`?speed=${value ?? '(none)'} leaves ${on.length} of ${TRICKS.length} on`, () => {
			expect([...tricksOn(value)].sort()).toEqual([...on].sort());
		});
});

describe('FigureCache', () => {
	it('gives back a figure shown before, and drops the least recently shown beyond its size', () => {
		const c = new FigureCache<string>(2, 0);
		c.shown('a', 'A');
		c.shown('b', 'B');
		expect(c.take('a')).toBe('A'); // a is now the most recent
		c.shown('c', 'C');
		expect(c.has('b')).toBe(false);
		expect([c.take('a'), c.take('c')]).toEqual(['A', 'C']);
	});

	it('keeps figures drawn ahead apart, so that a burst of them does not push out what was shown', () => {
		const c = new FigureCache<string>(1, 2);
		c.shown('seen', 'S');
		for (const k of ['x', 'y', 'z']) c.drawnAhead(k, k.toUpperCase());
		expect(c.take('seen')).toBe('S');
		expect(c.has('x')).toBe(false);
		expect(c.take('z')).toBe('Z'); // taken: it is shown now, and pushes out the older shown one
		expect(c.has('seen')).toBe(false);
	});

	it('keeps nothing with sizes 0 (the switch off)', () => {
		const c = new FigureCache<string>(0, 0);
		c.shown('a', 'A');
		c.drawnAhead('b', 'B');
		expect(c.size).toBe(0);
		expect(c.take('a')).toBeUndefined();
	});

	it('draws ahead, one view per idle slice, only what the cache lacks, and skips what the view says to', async () => {
		const c = new FigureCache<string>(4, 40);
		c.shown('have', 'H');
		const drawn: string[] = [];
		const slices: ((hasTime: () => boolean) => boolean)[] = [];
		drawAheadWhenIdle(
			['have', 'skip', 'p', 'q'],
			(k) => (k === 'skip' ? null : { key: k, draw: async () => (drawn.push(k), k.toUpperCase()) }),
			c,
			(slice) => (slices.push(slice), () => {})
		);
		const run = slices[0];
		expect(run(() => true)).toBe(false); // one drawing started: 'p'
		expect(run(() => true)).toBe(true); // then 'q', the last
		await Promise.resolve();
		expect(drawn).toEqual(['p', 'q']);
		expect([c.take('p'), c.take('q')]).toEqual(['P', 'Q']);
	});
});

describe('likelyViews', () => {
	const options = Array.from({ length: AHEAD_MAX_OPTIONS + 5 }, (_, i) => (i === 0 ? '' : `A${i}`));
	it('gives the view of each other option of the select, up to the limit', () => {
		const views = likelyViews(NO_FILTERS, 'actors', options, 'A1', 10);
		expect(views).toHaveLength(AHEAD_MAX_OPTIONS);
		expect(views[0]).toEqual({ ...NO_FILTERS, actors: [] });
		expect(views[1]).toEqual({ ...NO_FILTERS, actors: ['A2'] });
		expect(views.some((v) => v.actors[0] === 'A1')).toBe(false);
	});
	it('gives none for data too big to draw ahead', () => {
		expect(likelyViews(NO_FILTERS, 'actors', options, '', AHEAD_MAX_STATEMENTS + 1)).toEqual([]);
	});
});

describe('the held drag frame', () => {
	const node = (id: string, x: number, y: number) => ({ id, x, y }) as Scene['nodes'][number];
	const label = (id: string, x: number, y: number) => ({ id, x, y }) as PlacedLabel;
	const scene = (nodes: Scene['nodes']) => ({ nodes }) as Scene;
	it('moves each held label by as much as its node moved, and leaves a label whose node is gone', () => {
		const box = { x: 0, y: 0, width: 10, height: 10 };
		const held = holdFrame(scene([node('a', 0, 0), node('b', 5, 5)]), box, box, [label('a', 2, 0), label('b', 7, 5), label('c', 1, 1)]);
		const now = labelsFollowing(held, scene([node('a', 3, -1), node('b', 5, 5)]));
		expect(now.map((l) => [l.id, l.x, l.y])).toEqual([
			['a', 5, -1],
			['b', 7, 5],
			['c', 1, 1]
		]);
	});
});
