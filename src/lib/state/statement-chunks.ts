/**
 * A large dataset crosses from the background reader to the page in chunks of statements: the page copies
 * each message (structured clone) in a task of its own, so no one copy holds up its thread for long.
 */
import type { Statement } from '$lib/data/types';

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

/** Collects the chunks as they arrive, and gives back the statements in order once all have come. */
export class StatementAssembly {
	#chunks: Statement[][] = [];
	#count = 0;
	add(chunk: Statement[]) {
		this.#chunks.push(chunk);
		this.#count += chunk.length;
	}
	/** All the statements, or null when fewer than `expected` arrived. */
	finish(expected: number): Statement[] | null {
		if (this.#count !== expected) return null;
		const all = this.#chunks.length === 1 ? this.#chunks[0] : this.#chunks.flat();
		this.#chunks = [];
		return all;
	}
}
