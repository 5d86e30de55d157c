/**
 * `npm run validate -- FILE [FILE…]`: parse and validate dataset files (dataset JSON, statements CSV,
 * PLOVER JSONL) exactly as the notebook does, print every error and warning with its place, and exit
 * 1 when a file is invalid, 0 when all are valid (2 when a file cannot be read at all).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { openDatasetFile } from '../src/lib/data/parse/open-dataset-file';
import { reportLines } from '../src/lib/data/parse/report';

async function main(files: string[]): Promise<number> {
	if (!files.length) {
		console.error('usage: npm run validate -- FILE [FILE…]   (a dataset .json, a statements .csv or a PLOVER .jsonl)');
		return 2;
	}
	let status = 0;
	for (const path of files) {
		let bytes: Buffer;
		try {
			bytes = await readFile(path);
		} catch (error) {
			console.error(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
			status = 2;
			continue;
		}
		// Decoded as the browser decodes a file the user opens: UTF-8, bad bytes replaced.
		const text = new TextDecoder('utf-8').decode(bytes);
		const result = openDatasetFile(basename(path), text);
		const lines = reportLines(result);
		(result.ok ? console.log : console.error)(lines.join('\n'));
		if (!result.ok && status === 0) status = 1;
	}
	return status;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
