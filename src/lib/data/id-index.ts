/**
 * The items of a list by their id, held as positions in one typed array: an open-addressing hash table sized
 * once for the list (a power of two, at least twice its length), filled range by range. It replaces 16 Maps
 * (at 1,000,000 statements some 26 MB of entries, three slots each for the garbage collector to walk, and
 * rehashed into new tables as they grew, in the index's slices): this is 8 MB with no pointer in it, allocated
 * once. The same answers as a Map set in list order (`get`, `has`, `size`; the last item with an id wins); it
 * iterates in list order, each id at its winning item. Pure; no DOM.
 */

/** FNV-1a over the id (its first and last 16 characters when longer), then mixed so its low bits spread. */
function hashOf(id: string): number {
	let h = 0x811c9dc5;
	const n = id.length;
	for (let i = 0; i < n; i++) {
		if (n > 32 && i === 16) i = n - 16;
		h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
	}
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

export class ListIdIndex<T extends { readonly id: string }> implements ReadonlyMap<string, T> {
	readonly #list: readonly T[];
	/** Each slot: an item's position + 1, or 0 for none. */
	readonly #slots: Int32Array;
	readonly #mask: number;
	#size = 0;

	constructor(list: readonly T[]) {
		let capacity = 16;
		while (capacity < list.length * 2) capacity *= 2;
		this.#list = list;
		this.#slots = new Int32Array(capacity);
		this.#mask = capacity - 1;
	}

	/** Where the id is, or the empty slot where it would go. */
	#slotOf(id: string): number {
		const slots = this.#slots, list = this.#list, mask = this.#mask;
		let at = hashOf(id) & mask;
		while (slots[at] !== 0 && list[slots[at] - 1].id !== id) at = (at + 1) & mask;
		return at;
	}

	/** Index the items from `from` to `to` (in order: a later item with an id takes an earlier one's place). */
	add(from: number, to: number): void {
		const slots = this.#slots, list = this.#list;
		for (let i = from; i < to; i++) {
			const at = this.#slotOf(list[i].id);
			if (slots[at] === 0) this.#size++;
			slots[at] = i + 1;
		}
	}

	get size(): number {
		return this.#size;
	}
	get(id: string): T | undefined {
		const p = this.#slots[this.#slotOf(id)];
		return p === 0 ? undefined : this.#list[p - 1];
	}
	has(id: string): boolean {
		return this.#slots[this.#slotOf(id)] !== 0;
	}
	forEach(each: (value: T, id: string, map: ReadonlyMap<string, T>) => void, thisArg?: unknown): void {
		for (const [id, value] of this.entries()) each.call(thisArg, value, id, this);
	}
	*entries(): MapIterator<[string, T]> {
		const list = this.#list;
		for (let i = 0; i < list.length; i++) if (this.#slots[this.#slotOf(list[i].id)] === i + 1) yield [list[i].id, list[i]];
	}
	*keys(): MapIterator<string> {
		for (const [id] of this.entries()) yield id;
	}
	*values(): MapIterator<T> {
		for (const [, value] of this.entries()) yield value;
	}
	[Symbol.iterator](): MapIterator<[string, T]> {
		return this.entries();
	}
}
