/** Web Worker: read, parse and validate a large dataset file off the main thread, reporting progress. */
import { IN_PLACE_MAX_NODES } from './background-layout';
import { generateDataset } from '$lib/data/generate';
import { DatasetTextDecoder } from '$lib/data/parse/decode-text';
import { detectFormat, formatOfContentType, openDatasetFile } from '$lib/data/parse/open-dataset-file';
import { tooManyRecords, withinStatementLimit } from '$lib/data/parse/statement-limit';
import { buildGraph } from '$lib/graph/build';
import { layoutGraph, NETWORK_SEED, prepareLayout, type PreparedLayout } from '$lib/graph/layout';
import type { Dataset } from '$lib/data/types';
import type { ParseResult } from '$lib/data/parse/issues';
import type { WorkerReply, WorkerRequest } from './read-dataset-file';
import { sendableChunk, sendableSources, sourceTextsOf, statementChunks } from './statement-chunks';

const post = (reply: WorkerReply, transfer: Transferable[] = []) => postMessage(reply, { transfer });

/**
 * The result, its sources and its statements in chunks first: the page copies each message in a task of its own, so
 * 140,000 statements are not one long copy on the page's thread but many short ones; each chunk packed
 * (packed-statements.ts), so the page's copy makes a few objects per statement, not some 16 (the statement, its span, its lists, their strings and its own).
 */
function postResult(result: ParseResult) {
	if (!result.ok) return post({ type: 'done', result });
	const { statements, sources } = result.dataset;
	// The sources first, on their own: a CSV's source text is its quotes joined (66 MB at 1,000,000 rows), and
	// its copy, with the collection it may set off, is shortest while the page holds no statement yet; a
	// long text follows in pieces, each copied in a task of its own (statement-chunks.ts).
	const sent = sendableSources(sources);
	post({ type: 'sources', sources: sent.sources });
	for (const { index, text } of sent.pieces) post({ type: 'source-text', index, text });
	// A quote is its source's text at its span: the page, which has the text, reads it there (a slice, not a copy).
	const texts = sourceTextsOf(sources);
	for (const part of statementChunks(statements)) {
		const { chunk, transfer } = sendableChunk(part, texts);
		post({ type: 'statements', chunk }, transfer);
	}
	post({ type: 'done', result: { ...result, dataset: { ...result.dataset, statements: [], sources: [] } }, chunked: statements.length });
}

/** The network's layout of a dataset; null when the chart lays it out in place (or when it cannot be laid out here). */
function layoutOf(dataset: Dataset): PreparedLayout | null {
	try {
		const graph = buildGraph(dataset.actors, dataset.statements);
		return graph.nodes.length > IN_PLACE_MAX_NODES ? prepareLayout(graph, NETWORK_SEED) : null;
	} catch {
		return null;
	}
}

/**
 * The worker is started ahead, when a file looks likely (see prepareReader): it reads and lays out a
 * small generated dataset meanwhile, so that the parser, the checks and the layout run as compiled,
 * warmed-up code on the reader's file (a cold first pass over 10,000 statements takes twice as long).
 */
function warmUp() {
	try {
		const sample = generateDataset({ actors: 40, statements: 400, seed: 7 });
		const result = openDatasetFile('warm-up.json', JSON.stringify(sample));
		if (result.ok) layoutGraph(buildGraph(result.dataset.actors, result.dataset.statements), { ticks: 30 });
	} catch {
		// Only a head start: the file is read all the same.
	}
}
setTimeout(warmUp, 0);

/** The file's text. The parts die with this call: only the joined text outlives it (one copy, not two). */
async function readText(file: File): Promise<string> {
	const reader = file.stream().getReader();
	const decoder = new DatasetTextDecoder();
	const parts: string[] = [];
	let read = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		read += value.byteLength;
		parts.push(decoder.decode(value));
		post({ type: 'progress', stage: 'reading', fraction: 0.6 * (read / Math.max(1, file.size)) });
	}
	parts.push(decoder.end());
	return parts.join('');
}

/** Read, parse and check the file; past the statement limit it is refused here, before any statement is sent. */
async function readFile(file: File, maxStatements: number | undefined): Promise<ParseResult> {
	const text = await readText(file);
	post({ type: 'progress', stage: 'checking', fraction: 0.65 });
	const served = formatOfContentType(file.type);
	const tooMany = tooManyRecords(file.name, detectFormat(file.name, text, served), text, maxStatements);
	return tooMany ?? withinStatementLimit(openDatasetFile(file.name, text, undefined, served), maxStatements);
}

/**
 * One file per worker. Once it has sent what it found (and the layout), it closes: its heap (the file's
 * text, the parser's rows, the dataset: gigabytes for 1,000,000 rows) goes at once, not at some later
 * garbage collection, while the page takes the statements in (the page and its workers share one tab's memory).
 */
self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	const { file, maxStatements } = event.data;
	try {
		const result = await readFile(file, maxStatements);
		postResult(result);
		// While the page draws the other cells, lay out the network (as the chart would, in a worker of its own).
		if (result.ok) post({ type: 'layout', layout: layoutOf(result.dataset) });
	} catch (error) {
		post({ type: 'failed', message: String(error) });
	}
	close();
};
