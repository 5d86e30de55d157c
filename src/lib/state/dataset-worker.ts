/** Web Worker: read, parse and validate a large dataset file off the main thread, reporting progress. */
import { openDatasetFile } from '$lib/data/parse/open-dataset-file';
import type { WorkerReply, WorkerRequest } from './read-dataset-file';

const post = (reply: WorkerReply) => postMessage(reply);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	const { file } = event.data;
	try {
		const reader = file.stream().getReader();
		const decoder = new TextDecoder('utf-8');
		const parts: string[] = [];
		let read = 0;
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			read += value.byteLength;
			parts.push(decoder.decode(value, { stream: true }));
			post({ type: 'progress', stage: 'reading', fraction: 0.6 * (read / Math.max(1, file.size)) });
		}
		parts.push(decoder.decode());
		post({ type: 'progress', stage: 'checking', fraction: 0.65 });
		post({ type: 'done', result: openDatasetFile(file.name, parts.join('')) });
	} catch (error) {
		post({ type: 'failed', message: String(error) });
	}
};
