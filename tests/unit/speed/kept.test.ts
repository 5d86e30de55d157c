import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keepLeftOut, sceneKeeper, type Kept } from '$lib/speed/kept';

const id = (s: string) => s;
const view = (kept: Kept<string>[]) => kept.map((k) => (k.shown ? k.item : `(${k.item})`)).join(' ');

describe('keepLeftOut', () => {
	it('shows the view, and keeps what a filter leaves out hidden in its place', () => {
		const all = keepLeftOut(['a', 'b', 'c', 'd'], [], id, 10);
		expect(view(all)).toBe('a b c d');
		const filtered = keepLeftOut(['b', 'd'], all, id, 10);
		expect(view(filtered)).toBe('(a) b (c) d');
		expect(view(keepLeftOut(['a', 'b', 'c', 'd'], filtered, id, 10))).toBe('a b c d');
	});

	it('hands on the latest version of an item, and a hidden one keeps its last', () => {
		type Arc = { id: string; width: number };
		const first = keepLeftOut<Arc>([{ id: 'x', width: 1 }, { id: 'y', width: 5 }], [], (a) => a.id, 10);
		const second = keepLeftOut<Arc>([{ id: 'y', width: 2 }], first, (a) => a.id, 10);
		expect(second).toEqual([
			{ item: { id: 'x', width: 1 }, shown: false },
			{ item: { id: 'y', width: 2 }, shown: true }
		]);
	});

	it('keeps at most maxHidden hidden items, and none with 0', () => {
		const all = keepLeftOut(['a', 'b', 'c', 'd', 'e'], [], id, 2);
		expect(view(keepLeftOut(['e'], all, id, 2))).toBe('(a) (b) e');
		expect(view(keepLeftOut(['e'], all, id, 0))).toBe('e');
	});

	it('tells an item with an empty key from the start of the list', () => {
		const all = keepLeftOut(['x', '', 'y'], [], id, 10);
		expect(keepLeftOut(['', 'y'], all, id, 10).map((k) => `${k.item}:${k.shown}`)).toEqual(['x:false', ':true', 'y:true']);
		expect(keepLeftOut(['x'], all, id, 10).map((k) => `${k.item}:${k.shown}`)).toEqual(['x:true', ':false', 'y:false']);
	});

	it('follows the order of the view, and puts a new item where the view has it', () => {
		const before = keepLeftOut(['a', 'b', 'c'], [], id, 10);
		expect(view(keepLeftOut(['c', 'x', 'a'], before, id, 10))).toBe('c x a (b)');
	});

	it('always shows exactly the view, in its order, and hides each other item once', () => {
		const ids = fc.uniqueArray(fc.constantFrom(...'abcdefghij'), { maxLength: 10 });
		fc.assert(
			fc.property(fc.array(ids, { minLength: 1, maxLength: 6 }), (views) => {
				let kept: Kept<string>[] = [];
				const seen = new Set<string>();
				for (const v of views) {
					kept = keepLeftOut(v, kept, id, 100);
					v.forEach((x) => seen.add(x));
					expect(kept.filter((k) => k.shown).map((k) => k.item)).toEqual(v);
					const keys = kept.map((k) => k.item);
					expect(new Set(keys).size).toBe(keys.length);
					expect(new Set(keys)).toEqual(seen);
				}
			})
		);
	});
});

describe('sceneKeeper', () => {
	const scene = (ids: string[]) => {
		const items = ids.map((id) => ({ id }));
		return { memberships: items, nodes: items, pairs: items, labels: items };
	};
	const shown = (k: { nodes: Kept<{ id: string }>[] }) => k.nodes.map((n) => (n.shown ? n.item.id : `(${n.item.id})`)).join(' ');
	it('keeps what the last view drew, hidden, while the graph is the same, and starts afresh for another graph', () => {
		const keep = sceneKeeper<{ id: string }, { id: string }, { id: string }, { id: string }>(10);
		keep('g1', scene(['a', 'b', 'c']));
		expect(shown(keep('g1', scene(['b'])))).toBe('(a) b (c)');
		expect(shown(keep('g2', scene(['b'])))).toBe('b');
	});
});
