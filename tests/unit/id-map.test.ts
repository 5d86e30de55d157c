/** IdMap answers as a Map does (a statement index at 1,000,000 statements grows in small steps). */
import { describe, expect, it } from 'vitest';
import { IdMap } from '$lib/data/id-map';

describe('IdMap', () => {
	const ids = [...Array.from({ length: 5_000 }, (_, i) => `s${i}`), 'x'.repeat(100), `${'y'.repeat(40)}a`, `${'y'.repeat(40)}b`, '', 'é😀'];

	it('gets, has and counts what was set, the last value set for an id winning, as a Map does', () => {
		const map = new Map<string, number>();
		const idMap = new IdMap<number>();
		ids.forEach((id, i) => (map.set(id, i), idMap.set(id, i)));
		ids.slice(0, 10).forEach((id) => (map.set(id, -1), idMap.set(id, -1)));
		expect(idMap.size).toBe(map.size);
		expect(ids.map((id) => idMap.get(id))).toEqual(ids.map((id) => map.get(id)));
		for (const id of ['s5000', 'x', 'y', ' ']) expect([idMap.has(id), idMap.get(id)]).toEqual([false, undefined]);
		const sorted = (entries: Iterable<[string, number]>) => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		expect(sorted(idMap)).toEqual(sorted(map));
		const keys = [...idMap.keys()], values = [...idMap.values()];
		expect(sorted(keys.map((k, i) => [k, values[i]]))).toEqual(sorted(map));
		const seen: [string, number][] = [];
		idMap.forEach((v, k, m) => seen.push([k, m === idMap ? v : NaN]));
		expect(sorted(seen)).toEqual(sorted(map));
	});

	it('spreads ids like a dataset’s over its maps (none holds more than a tenth)', () => {
		const idMap = new IdMap<number>();
		for (let i = 0; i < 100_000; i++) idMap.set(`s${i}`, i);
		// Which inner map holds an id is private; it iterates map by map, each in the order set: a run of rising values is a map.
		const runs = [0];
		let last = -1;
		for (const [, v] of idMap) {
			if (v < last) runs.push(0);
			runs[runs.length - 1]++;
			last = v;
		}
		expect(runs.length).toBe(16);
		expect(runs.reduce((a, b) => Math.max(a, b))).toBeLessThan(10_000);
	});
});
