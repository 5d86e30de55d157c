/** The speed module: its one switch, the figure cache and the held drag frame. */
import { describe, expect, it } from 'vitest';
import { FigureCache } from '$lib/speed/figure-cache';
import { holdFrame, labelsFollowing } from '$lib/speed/held-frame';
import { tricksOn, TRICKS } from '$lib/speed/switch';
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
		const c = new FigureCache<string>(2);
		c.shown('a', 'A');
		c.shown('b', 'B');
		expect(c.take('a')).toBe('A'); // a is now the most recent
		c.shown('c', 'C');
		expect(c.take('b')).toBeUndefined();
		expect([c.take('a'), c.take('c')]).toEqual(['A', 'C']);
	});

	it('keeps nothing with size 0 (the switch off)', () => {
		const c = new FigureCache<string>(0);
		c.shown('a', 'A');
		expect(c.size).toBe(0);
		expect(c.take('a')).toBeUndefined();
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
