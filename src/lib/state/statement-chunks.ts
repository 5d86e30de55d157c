/**
 * A large dataset crosses from the background reader to the page in chunks of statements: the page copies
 * each message (structured clone) in a task of its own, so no one copy holds up its thread for long.
 */
import type { Statement } from '$lib/data/types';
import { packStatements, StatementUnpacker, type PackedStatements } from './packed-statements';

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

/** The chunk to send, and the buffers to transfer with it. */
export function sendableChunk(statements: readonly Statement[]): { chunk: StatementChunk; transfer: Transferable[] } {
	const packed = packStatements(statements);
	return packed ? { chunk: packed, transfer: [packed.numbers.buffer] } : { chunk: [...statements], transfer: [] };
}

/**
 * Collects the chunks as they arrive, each added to one list in its own task (no copy of every statement
 * at the end), and gives back the statements in order once all have come.
 */
export class StatementAssembly {
	#unpacker = new StatementUnpacker();
	add(chunk: StatementChunk) {
		if (Array.isArray(chunk)) this.#unpacker.addPlain(chunk);
		else this.#unpacker.add(chunk);
	}
	/** All the statements, or null when fewer than `expected` arrived. */
	finish(expected: number): Statement[] | null {
		const all = this.#unpacker.statements;
		this.#unpacker = new StatementUnpacker();
		return all.length === expected ? all : null;
	}
}
