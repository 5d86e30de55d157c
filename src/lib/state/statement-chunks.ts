/**
 * A large dataset crosses from the background reader to the page in chunks of statements: the page copies
 * each message (structured clone) in a task of its own, so no one copy holds up its thread for long.
 */
import { appendPiece, textSlice } from '$lib/data/source-text';
import type { Source, Statement } from '$lib/data/types';
import { packStatements, StatementUnpacker, type PackedStatements, type SourceSlice, type SourceTexts } from './packed-statements';

/**
 * Statements per message: a copy of 5,000 took some 20–40 ms on this project's 2-core machine when quiet,
 * but 130–240 ms (with the young generation's garbage collection it sets off) at load 8–13.
 */
export const STATEMENT_CHUNK = 2_000;

export function statementChunks<T>(statements: readonly T[], size = STATEMENT_CHUNK): T[][] {
	const chunks: T[][] = [];
	for (let i = 0; i < statements.length; i += size) chunks.push(statements.slice(i, i + size));
	return chunks;
}

/** A chunk as the reader sends it: packed (packed-statements.ts), or as it is when it cannot be packed exactly. */
export type StatementChunk = PackedStatements | Statement[];

/** The chunk to send, and the buffers to transfer with it; a quote its source's text holds is left out (`sourceTextsOf`). */
export function sendableChunk(statements: readonly Statement[], sourceTexts?: SourceTexts): { chunk: StatementChunk; transfer: Transferable[] } {
	const packed = packStatements(statements, sourceTexts);
	return packed ? { chunk: packed, transfer: [packed.numbers.buffer] } : { chunk: [...statements], transfer: [] };
}

/**
 * Collects the chunks as they arrive, each added to one list in its own task (no copy of every statement
 * at the end), and gives back the statements in order once all have come.
 */
export class StatementAssembly {
	readonly #sourceSlice: SourceSlice | undefined;
	#unpacker: StatementUnpacker;
	/** `sourceSlice` reads a quote the reader left out of a chunk from its source's text (SourceAssembly.slice). */
	constructor(sourceSlice?: SourceSlice) {
		this.#sourceSlice = sourceSlice;
		this.#unpacker = new StatementUnpacker(sourceSlice);
	}
	add(chunk: StatementChunk) {
		if (Array.isArray(chunk)) this.#unpacker.addPlain(chunk);
		else this.#unpacker.add(chunk);
	}
	/** All the statements, or null when fewer than `expected` arrived. */
	finish(expected: number): Statement[] | null {
		const all = this.#unpacker.statements;
		this.#unpacker = new StatementUnpacker(this.#sourceSlice);
		return all.length === expected ? all : null;
	}
}

/**
 * Characters of a source's text per message: a CSV's source text is its quotes joined (66 MB at 1,000,000
 * rows), whose copy in one message held the page's thread for 60 ms of CPU (150–200 ms of wall time on a
 * loaded machine) and set off a collection; a piece of 1 MB is copied in well under a millisecond.
 */
export const SOURCE_TEXT_PIECE = 1 << 20;

/** The sources to send first (a long text left empty) and the pieces of the long texts, in order, to send after them. */
export function sendableSources(sources: readonly Source[], piece = SOURCE_TEXT_PIECE) {
	const pieces: { index: number; text: string }[] = [];
	const heads = sources.map((s, index) => {
		if (s.text.length <= piece) return s;
		for (let at = 0; at < s.text.length; at += piece) pieces.push({ index, text: s.text.slice(at, at + piece) });
		return { ...s, text: '' };
	});
	return { sources: heads, pieces };
}

/** Each source's text by its id, for the reader's packing (a quote its source holds crosses as a span only). */
export function sourceTextsOf(sources: readonly Source[]): SourceTexts {
	const byId = new Map(sources.map((s) => [s.id, s.text]));
	return (id) => byId.get(id);
}

/**
 * The sources as they arrive: a long text's pieces are appended in turn and kept (data/source-text.ts:
 * appending makes a rope, and the page reads stretches from the pieces), so no task copies the whole text.
 */
export class SourceAssembly {
	sources: Source[] | null = null;
	start(sources: Source[]) {
		this.sources = sources;
	}
	addText(index: number, text: string) {
		const source = this.sources?.[index];
		if (source) appendPiece(source, text);
	}
	#byId: Map<string, Source> | null = null;
	/** A stretch of a source's text, by the source's id, read from its pieces (a slice of one: no copy of the text). */
	readonly slice: SourceSlice = (id, start, end) => {
		this.#byId ??= new Map((this.sources ?? []).map((s) => [s.id, s]));
		const source = this.#byId.get(id);
		if (!source) throw new Error(`a statement's source ${JSON.stringify(id)} did not arrive before it`);
		return textSlice(source, start, end);
	};
}
