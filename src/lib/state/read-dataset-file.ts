/**
 * Read a file the user chose and parse it: in the page for small files, in a Web Worker above 1 MB so
 * the page stays responsive (with progress). Everything happens in the browser; nothing is sent.
 */
import { offerLayout } from './background-layout';
import { decodeDatasetBytes } from '$lib/data/parse/decode-text';
import { makeIssue, type ParseResult } from '$lib/data/parse/issues';
import { detectFormat, formatOfContentType, openDatasetFile } from '$lib/data/parse/open-dataset-file';
import type { PreparedLayout } from '$lib/graph/layout';
import type { Source } from '$lib/data/types';
import { saveOpenedDataset, saveOpenedFile } from './saved-dataset';
import { SourceAssembly, StatementAssembly, type StatementChunk } from './statement-chunks';

export const WORKER_THRESHOLD_BYTES = 1024 * 1024;

/** Read this file; refuse it past `maxStatements` (MAX_DATASET_STATEMENTS when not given). One file per worker. */
export type WorkerRequest = { type: 'read'; file: File; maxStatements?: number };
export type WorkerReply =
	| { type: 'progress'; stage: 'reading' | 'checking'; fraction: number }
	/** Some of a valid file's statements, in order, ahead of its `done` (see statement-chunks). */
	| { type: 'statements'; chunk: StatementChunk }
	/** A valid file's sources (their text can be tens of MB), ahead of its statements. */
	| { type: 'sources'; sources: Source[] }
	/** The next piece of a long source text (the source sent with its text empty), in order, right after the sources. */
	| { type: 'source-text'; index: number; text: string }
	/** The result; for a valid file sent in chunks, its dataset's statements and sources are those sent before. */
	| { type: 'done'; result: ParseResult; chunked?: number }
	/** After a valid file, the last message: its network's layout, or null when the chart lays so small a graph out itself. */
	| { type: 'layout'; layout: PreparedLayout | null }
	| { type: 'failed'; message: string };

/** How far a load is: `fraction` is NaN while a download's size is unknown; `bytes` counts what has arrived. */
export type Progress = { stage: 'downloading' | 'reading' | 'checking'; fraction: number; bytes?: number };

/**
 * A file read: what was found, and for a valid file a way to keep it in this browser. A small file is
 * kept as its dataset; one the worker read, as the file itself (saved-dataset.ts).
 * keep(null) declines (the reader moved on); either way it must be called once for a valid file.
 */
export interface ReadResult {
	result: ParseResult;
	keep: (name: string | null) => Promise<boolean>;
}

function unreadable(file: File, message: string): ParseResult {
	return { ok: false, file: file.name, format: detectFormat(file.name, ''), errors: [makeIssue(file.name, { line: 1 }, `the file could not be read: ${message}`)], warnings: [] };
}

const keptHere = (result: ParseResult) => async (name: string | null) =>
	name !== null && result.ok ? saveOpenedDataset(name, result.dataset) : false;

/**
 * A lower statement limit for a browser test, set before the page's scripts as the bench sets
 * `__SPEED__` (`globalThis.__MAX_STATEMENTS__`): a refusal is tested with a small file, not a 250 MB one.
 */
function statementLimitForTests(): number | undefined {
	const set = (globalThis as { __MAX_STATEMENTS__?: unknown }).__MAX_STATEMENTS__;
	return typeof set === 'number' && set > 0 ? set : undefined;
}

const startReader = () => new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });

/** A reader started ahead, when a file looks likely (the pointer on the file input, a drag over the page). */
let spare: Worker | null = null;
export function prepareReader(): void {
	if (!spare && typeof Worker !== 'undefined') spare = startReader();
}

/** What a read aborted (by Cancel, or by a newer file) answers: nothing is kept, nothing shown. */
const abandoned = (file: File): ReadResult => ({ result: unreadable(file, 'cancelled'), keep: async () => false });

/** Read and check a file; `signal` abandons the read (the background reader is stopped at once). */
export async function readDatasetFile(file: File, onProgress: (p: Progress) => void = () => {}, signal?: AbortSignal): Promise<ReadResult> {
	if (signal?.aborted) return abandoned(file);
	if (file.size <= WORKER_THRESHOLD_BYTES || typeof Worker === 'undefined') {
		offerLayout(null); // the chart lays this file's graph out itself: it does not wait for an earlier file's
		let result: ParseResult;
		try {
			const text = decodeDatasetBytes(new Uint8Array(await file.arrayBuffer()));
			if (signal?.aborted) return abandoned(file);
			result = openDatasetFile(file.name, text, undefined, formatOfContentType(file.type));
		} catch (error) {
			result = unreadable(file, String(error));
		}
		return { result, keep: keptHere(result) };
	}
	return new Promise((resolve) => {
		const worker = spare ?? startReader();
		spare = null;
		let layoutArrived: (layout: PreparedLayout | null) => void = () => {};
		const finish = (result: ParseResult) => {
			if (result.ok) offerLayout(new Promise((ok) => (layoutArrived = ok)));
			else worker.terminate();
			// Kept as the file itself (saved-dataset.ts): IndexedDB stores the Blob without this thread reading it.
			const keep = async (name: string | null) => name !== null && result.ok && saveOpenedFile(name, file, result.dataset.actors);
			resolve({ result, keep });
		};
		const stopReader = () => {
			worker.terminate();
			layoutArrived(null); // stopped after a valid file: the chart lays the graph out itself
		};
		const fail = (message: string) => {
			stopReader();
			finish(unreadable(file, message));
		};
		signal?.addEventListener('abort', () => (stopReader(), resolve(abandoned(file))), { once: true });
		const sourceAssembly = new SourceAssembly();
		const assembly = new StatementAssembly(sourceAssembly.slice);
		const assembled = (result: ParseResult, chunked: number | undefined): ParseResult => {
			if (!result.ok || chunked === undefined) return result;
			const statements = assembly.finish(chunked);
			const sources = sourceAssembly.sources;
			return statements && sources ? { ...result, dataset: { ...result.dataset, statements, sources } } : unreadable(file, 'the background reader sent part of the file');
		};
		worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			const reply = event.data;
			if (reply.type === 'progress') onProgress({ stage: reply.stage, fraction: reply.fraction });
			else if (reply.type === 'statements') assembly.add(reply.chunk);
			else if (reply.type === 'sources') sourceAssembly.start(reply.sources);
			else if (reply.type === 'source-text') sourceAssembly.addText(reply.index, reply.text);
			else if (reply.type === 'done') finish(assembled(reply.result, reply.chunked));
			else if (reply.type === 'layout') {
				worker.terminate(); // its last message (it closes itself too): its memory goes with it
				layoutArrived(reply.layout);
			} else fail(reply.message);
		};
		worker.onerror = (event) => fail(event.message || 'the background reader failed');
		worker.postMessage({ type: 'read', file, maxStatements: statementLimitForTests() } satisfies WorkerRequest);
	});
}
