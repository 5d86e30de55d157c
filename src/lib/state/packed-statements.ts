/**
 * A chunk of statements as it crosses from the background reader to the page: its repeated values (dates,
 * sources, kinds, the lists of actors, recipients and topics) once each in small tables, every statement's
 * references to them and its span as numbers in one buffer that is transferred (not copied), and only each
 * statement's own text (id, quote, summary) as strings. Copying a chunk of statement objects made about 16
 * objects per statement on the page's thread, and at 1,000,000 rows their garbage collection held it up
 * for 150–400 ms per chunk. The page rebuilds the same statements (same keys, same order, same values),
 * sharing the repeated strings and lists, which nothing mutates. Pure; no DOM.
 */
import type { Statement } from '$lib/data/types';

/** A statement's own strings, one of each per statement. */
const TEXTS = ['id', 'quote', 'summary'] as const;
/** Strings many statements repeat (or undefined, for an optional key that is there without a value). */
const VALUES = ['date', 'source', 'event', 'attribution', 'mode', 'speaker', 'occasion'] as const;
/** Lists of strings many statements repeat. */
const LISTS = ['actors', 'recipients', 'topics'] as const;
/** Numbers per statement: its shape, a reference per value and list, the span's start and end. */
const STRIDE = 1 + VALUES.length + LISTS.length + 2;
const SHAPE = 0, SPAN = 1 + VALUES.length + LISTS.length;

type Field = (typeof TEXTS)[number] | (typeof VALUES)[number] | (typeof LISTS)[number] | 'span';
/** Where each field is kept: its slot in a statement's numbers, or its text's place among TEXTS. */
const SLOT = new Map<string, number>([...VALUES.map((k, i) => [k, 1 + i] as const), ...LISTS.map((k, i) => [k, 1 + VALUES.length + i] as const)]);
const TEXT = new Map<string, number>(TEXTS.map((k, i) => [k, i]));
const KNOWN = new Set<string>([...TEXTS, ...VALUES, ...LISTS, 'span']);

export interface PackedStatements {
	count: number;
	/** Each statement's keys, in their order, once per distinct order. */
	shapes: Field[][];
	values: string[];
	lists: string[][];
	/** STRIDE numbers per statement; -1 for undefined. Its buffer is transferred. */
	numbers: Float64Array;
	/** id, quote, summary of each statement in turn. */
	texts: string[];
}

const listKey = (list: readonly string[]) => (list.length === 0 ? '' : list.length === 1 ? `\u0001${list[0]}` : JSON.stringify(list));
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * The chunk packed; null when a statement has anything the packing does not carry exactly (a key it does
 * not know, a value of another type, a span with more than start and end): that chunk is sent as it is.
 */
export function packStatements(statements: readonly Statement[]): PackedStatements | null {
	const shapes: Field[][] = [], shapeOf = new Map<string, number>();
	const values: string[] = [], valueOf = new Map<string, number>();
	const lists: string[][] = [], listOf = new Map<string, number>();
	const numbers = new Float64Array(statements.length * STRIDE).fill(-1);
	const texts: string[] = new Array(statements.length * TEXTS.length);
	for (let i = 0; i < statements.length; i++) {
		const s = statements[i] as unknown as Record<string, unknown>;
		const keys = Object.keys(s);
		const shapeKey = keys.join(',');
		let shape = shapeOf.get(shapeKey);
		if (shape === undefined) {
			if (!keys.every((k) => KNOWN.has(k)) || !TEXTS.every((k) => keys.includes(k)) || !keys.includes('span')) return null;
			shapeOf.set(shapeKey, (shape = shapes.length));
			shapes.push(keys as Field[]);
		}
		const at = i * STRIDE;
		numbers[at + SHAPE] = shape;
		for (const k of keys) {
			const v = s[k];
			const text = TEXT.get(k);
			if (text !== undefined) {
				if (typeof v !== 'string') return null;
				texts[i * TEXTS.length + text] = v;
			} else if (k === 'span') {
				const span = v as Record<string, unknown> | null;
				if (typeof span !== 'object' || span === null || Object.keys(span).join(',') !== 'start,end') return null;
				if (typeof span.start !== 'number' || typeof span.end !== 'number') return null;
				numbers[at + SPAN] = span.start;
				numbers[at + SPAN + 1] = span.end;
			} else if ((LISTS as readonly string[]).includes(k)) {
				if (!isStringList(v)) return null;
				const key = listKey(v);
				let ref = listOf.get(key);
				if (ref === undefined) listOf.set(key, (ref = lists.push(v) - 1));
				numbers[at + SLOT.get(k)!] = ref;
			} else if (v !== undefined) {
				if (typeof v !== 'string') return null;
				let ref = valueOf.get(v);
				if (ref === undefined) valueOf.set(v, (ref = values.push(v) - 1));
				numbers[at + SLOT.get(k)!] = ref;
			}
		}
	}
	return { count: statements.length, shapes, values, lists, numbers, texts };
}

/**
 * Rebuilds packed chunks into statements, in order, into one list. The repeated strings and lists are
 * shared across every chunk it reads (one "2021-03-04", one ["IRN"], for the whole file).
 */
export class StatementUnpacker {
	readonly statements: Statement[] = [];
	#values = new Map<string, string>();
	#lists = new Map<string, string[]>();

	/** Add a chunk's statements as they are (a chunk that could not be packed). */
	addPlain(chunk: readonly Statement[]) {
		for (const s of chunk) this.statements.push(s);
	}

	add(p: PackedStatements) {
		const values = p.values.map((v) => {
			const known = this.#values.get(v);
			if (known !== undefined) return known;
			this.#values.set(v, v);
			return v;
		});
		const lists = p.lists.map((l) => {
			const key = listKey(l);
			const known = this.#lists.get(key);
			if (known) return known;
			this.#lists.set(key, l);
			return l;
		});
		const { numbers, texts, shapes } = p;
		for (let i = 0; i < p.count; i++) {
			const at = i * STRIDE;
			const s: Record<string, unknown> = {};
			for (const k of shapes[numbers[at + SHAPE]]) {
				const text = TEXT.get(k);
				if (text !== undefined) s[k] = texts[i * TEXTS.length + text];
				else if (k === 'span') s.span = { start: numbers[at + SPAN], end: numbers[at + SPAN + 1] };
				else {
					const ref = numbers[at + SLOT.get(k)!];
					s[k] = (LISTS as readonly string[]).includes(k) ? lists[ref] : ref < 0 ? undefined : values[ref];
				}
			}
			this.statements.push(s as unknown as Statement);
		}
	}
}
