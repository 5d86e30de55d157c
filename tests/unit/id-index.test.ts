/** ListIdIndex answers as a Map set in list order does (the statements' index: positions in one typed array). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ListIdIndex } from '$lib/data/id-index';

/** What a Map set in list order answers, and the index of the same list filled in the given ranges. */
function both(ids: readonly string[], cuts: readonly number[] = []) {
	const list = ids.map((id, i) => ({ id, i }));
	const map = new Map(list.map((item) => [item.id, item]));
	const index = new ListIdIndex(list);
	const bounds = [0, ...[...cuts].filter((c) => c > 0 && c < list.length).sort((a, b) => a - b), list.length];
	for (let k = 1; k < bounds.length; k++) index.add(bounds[k - 1], bounds[k]);
	return { list, map, index };
}

describe('ListIdIndex', () => {
	const ids = [...Array.from({ length: 5_000 }, (_, i) => `s${i}`), 'x'.repeat(100), `${'y'.repeat(40)}a`, `${'y'.repeat(40)}b`, '', 'é😀', 's7', 's3'];

	it('gets, has and counts what a Map does, the last item with an id winning', () => {
		const { map, index } = both(ids, [1, 999, 2_500]);
		expect(index.size).toBe(map.size);
		expect(ids.map((id) => index.get(id))).toEqual(ids.map((id) => map.get(id)));
		expect(index.get('s7')!.i).toBe(ids.length - 2);
		for (const id of ['s5000', 'x', 'y', ' ']) expect([index.has(id), index.get(id)]).toEqual([false, undefined]);
	});

	it('iterates each id once, at its winning item, in list order', () => {
		const { list, map, index } = both(ids);
		const winners = list.filter((item) => map.get(item.id) === item);
		expect([...index]).toEqual(winners.map((item) => [item.id, item]));
		expect([...index.keys()]).toEqual(winners.map((item) => item.id));
		expect([...index.values()]).toEqual(winners);
		const seen: unknown[] = [];
		index.forEach((v, k, m) => seen.push([k, m === index ? v : null]));
		expect(seen).toEqual([...index.entries()]);
	});

	it('an empty list answers nothing', () => {
		const index = new ListIdIndex<{ id: string }>([]);
		expect([index.size, index.get(''), [...index]]).toEqual([0, undefined, []]);
	});

	it('any ids, filled in any ranges, answer as a Map does (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 200 }), fc.array(fc.nat(200), { maxLength: 5 }), (ids, cuts) => {
				const { map, index } = both(ids, cuts);
				expect(index.size).toBe(map.size);
				for (const id of [...ids, 'absent']) expect(index.get(id)).toBe(map.get(id));
				expect(new Map(index)).toEqual(map);
			}),
			{ numRuns: 200 }
		);
	});
});
