/**
 * Read a file the user chose and parse it: in the page for small files, in a Web Worker above 1 MB so
 * the page stays responsive (with progress). Everything happens in the browser; nothing is sent.
 */
import { offerLayout } from '$lib/charts/network/background-layout';
import { openDatasetFile } from '$lib/data/parse/open-dataset-file';
import { makeIssue, type ParseResult } from '$lib/data/parse/issues';
import { detectFormat } from '$lib/data/parse/open-dataset-file';
import type { PreparedLayout } from '$lib/graph/layout';

export const WORKER_THRESHOLD_BYTES = 1024 * 1024;

export type WorkerRequest = { file: File };
export type WorkerReply =
	| { type: 'progress'; stage: 'reading' | 'checking'; fraction: number }
	| { type: 'done'; result: ParseResult }
	/** After a valid file: its network's layout, or null when the chart lays so small a graph out itself. */
	| { type: 'layout'; layout: PreparedLayout | null }
	| { type: 'failed'; message: string };

export type Progress = { stage: 'reading' | 'checking'; fraction: number };

function unreadable(file: File, message: string): ParseResult {
	return { ok: false, file: file.name, format: detectFormat(file.name, ''), errors: [makeIssue(file.name, { line: 1 }, `the file could not be read: ${message}`)], warnings: [] };
}

export async function readDatasetFile(file: File, onProgress: (p: Progress) => void = () => {}): Promise<ParseResult> {
	if (file.size <= WORKER_THRESHOLD_BYTES || typeof Worker === 'undefined') {
		offerLayout(null); // the chart lays this file's graph out itself: it does not wait for an earlier file's
		try {
			return openDatasetFile(file.name, await file.text());
		} catch (error) {
			return unreadable(file, String(error));
		}
	}
	return new Promise((resolve) => {
		const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
		let layoutArrived: (layout: PreparedLayout | null) => void = () => {};
		const finish = (result: ParseResult) => {
			if (result.ok) offerLayout(new Promise((ok) => (layoutArrived = ok)));
			else worker.terminate();
			resolve(result);
		};
		worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			const reply = event.data;
			if (reply.type === 'progress') onProgress({ stage: reply.stage, fraction: reply.fraction });
			else if (reply.type === 'done') finish(reply.result);
			else if (reply.type === 'layout') {
				worker.terminate();
				layoutArrived(reply.layout);
			} else {
				layoutArrived(null); // failed after a valid file: the chart lays the graph out itself
				finish(unreadable(file, reply.message));
			}
		};
		worker.onerror = (event) => {
			worker.terminate();
			layoutArrived(null);
			finish(unreadable(file, event.message || 'the background reader failed'));
		};
		worker.postMessage({ file } satisfies WorkerRequest);
	});
}
