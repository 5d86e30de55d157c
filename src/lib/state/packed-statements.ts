/**
 * A chunk of statements as it crosses from the background reader to the page: its repeated values (dates,
 * sources, kinds, the lists of actors, recipients and topics) once each in small tables, every statement's
 * references to them, its span and where its own texts end as numbers in one buffer that is transferred (not
 * copied), and the statements' own texts (id, quote, summary) joined in one string. Copying a chunk of
 * statement objects made about 16 objects per statement on the page's thread, and at 1,000,000 rows their
 * garbage collection held it up for 150–400 ms per chunk. The page rebuilds the same statements (same keys,
 * same order, same values), sharing the repeated strings and lists, which nothing mutates, and keeping what
 * the collector walks small (measured: bench/README.md, "Memory of a 1,000,000-row file"): each statement one
 * object with its keys in the object itself, its id and summary read out of the chunk's one string, and a
 * quote equal to its source's text at its span left out of the chunk and read from the source's text the page
 * already holds (a slice of it, not a copy). Pure; no DOM.
 */
import type { Statement } from '$lib/data/types';

/** A statement's own strings, one of each per statement. */
const TEXTS = ['id', 'quote', 'summary'] as const;
/** Strings many statements repeat (or undefined, for an optional key that is there without a value). */
const VALUES = ['date', 'source', 'event', 'attribution', 'mode', 'speaker', 'occasion'] as const;
/** Lists of strings many statements repeat. */
const LISTS = ['actors', 'recipients', 'topics'] as const;
/** Numbers per statement: its shape, a reference per value and list, the span's start and end, where each of its texts ends. */
const STRIDE = 1 + VALUES.length + LISTS.length + 2 + TEXTS.length;
const SHAPE = 0, SPAN = 1 + VALUES.length + LISTS.length, ENDS = SPAN + 2;
/** A text's end when the text is its source's at the span (a quote), left out of the chunk. */
const FROM_SOURCE = -2;

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
	/** id, quote, summary of each statement in turn, joined; each ends where its number says (FROM_SOURCE: not here). */
	text: string;
}

/** A source's text by the source's id, where the quotes can be read from (undefined: keep the quote in the chunk). */
export type SourceTexts = (source: string) => string | undefined;
/** `text.slice(start, end)` of a source, by its id, on the page (data/source-text.ts reads it from the pieces). */
export type SourceSlice = (source: string, start: number, end: number) => string;

const listKey = (list: readonly string[]) => (list.length === 0 ? '' : list.length === 1 ? `\u0001${list[0]}` : JSON.stringify(list));
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * The chunk packed; null when a statement has anything the packing does not carry exactly (a key it does
 * not know, a value of another type, a span with more than start and end): that chunk is sent as it is.
 */
export function packStatements(statements: readonly Statement[], sourceTexts: SourceTexts = () => undefined): PackedStatements | null {
	const shapes: Field[][] = [], shapeOf = new Map<string, number>();
	const values: string[] = [], valueOf = new Map<string, number>();
	const lists: string[][] = [], listOf = new Map<string, number>();
	const numbers = new Float64Array(statements.length * STRIDE).fill(-1);
	const texts: string[] = [];
	let textEnd = 0;
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
		for (let t = 0; t < TEXTS.length; t++) {
			const v = s[TEXTS[t]] as string;
			if (TEXTS[t] === 'quote' && v === sourceTexts(s.source as string)?.slice(numbers[at + SPAN], numbers[at + SPAN + 1])) {
				numbers[at + ENDS + t] = FROM_SOURCE;
				continue;
			}
			texts.push(v);
			numbers[at + ENDS + t] = textEnd += v.length;
		}
	}
	// Through JSON and back: a text read out of a file with any character past Latin-1 is held as two bytes a
	// character even where it has none; JSON.parse makes it one byte a character where it can (the page's copy too).
	const text = texts.join('');
	return { count: statements.length, shapes, values, lists, numbers, text: JSON.parse(JSON.stringify(text)) as string };
}

/**
 * Rebuilds packed chunks into statements, in order, into one list. The repeated strings and lists are
 * shared across every chunk it reads (one "2021-03-04", one ["IRN"], for the whole file). A quote left out of
 * a chunk is read with `sourceSlice` (the sources cross before the statements).
 */
export class StatementUnpacker {
	readonly statements: Statement[] = [];
	#values = new Map<string, string>();
	#lists = new Map<string, string[]>();
	/** An object per shape whose keys are in the object itself (not in a second one): each statement is a copy. */
	#templates = new Map<string, Record<string, unknown>>();
	readonly #sourceSlice: SourceSlice;

	constructor(sourceSlice: SourceSlice = () => {
		throw new Error('a quote was left out of a chunk, but no source text was given to read it from');
	}) {
		this.#sourceSlice = sourceSlice;
	}

	/** Add a chunk's statements as they are (a chunk that could not be packed). */
	addPlain(chunk: readonly Statement[]) {
		for (const s of chunk) this.statements.push(s);
	}

	#template(shape: readonly Field[]): Record<string, unknown> {
		const key = shape.join(',');
		let template = this.#templates.get(key);
		// JSON.parse lays an object's keys out in the object itself; a copy made with spread keeps that layout.
		if (!template) this.#templates.set(key, (template = JSON.parse(JSON.stringify(Object.fromEntries(shape.map((k) => [k, null]))))));
		return template!;
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
		const { numbers, text, shapes } = p;
		const templates = shapes.map((shape) => this.#template(shape));
		const own: string[] = new Array(TEXTS.length);
		let from = 0;
		for (let i = 0; i < p.count; i++) {
			const at = i * STRIDE;
			const start = numbers[at + SPAN], end = numbers[at + SPAN + 1];
			for (let t = 0; t < TEXTS.length; t++) {
				const to = numbers[at + ENDS + t];
				if (to === FROM_SOURCE) own[t] = this.#sourceSlice(values[numbers[at + SLOT.get('source')!]], start, end);
				else (own[t] = text.slice(from, to)), (from = to);
			}
			const shape = numbers[at + SHAPE];
			const s: Record<string, unknown> = { ...templates[shape] };
			for (const k of shapes[shape]) {
				const t = TEXT.get(k);
				if (t !== undefined) s[k] = own[t];
				else if (k === 'span') s.span = { start, end };
				else {
					const ref = numbers[at + SLOT.get(k)!];
					s[k] = (LISTS as readonly string[]).includes(k) ? lists[ref] : ref < 0 ? undefined : values[ref];
				}
			}
			this.statements.push(s as unknown as Statement);
		}
	}
}
