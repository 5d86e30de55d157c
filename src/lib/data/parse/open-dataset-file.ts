/** One entry point for a file the user opens: the format from the extension, else from the content. */
import { parseDatasetJson } from './dataset-json';
import type { DatasetFormat, ParseResult } from './issues';
import { parsePloverJsonl } from './plover-jsonl';
import { parseStatementsCsv } from './statements-csv';

export function detectFormat(name: string, text: string): DatasetFormat {
	const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	if (ext === 'json') return 'json';
	if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
	if (ext === 'csv' || ext === 'tsv') return 'csv';
	const body = text.replace(/^\uFEFF/, '').trimStart();
	if (body.startsWith('[')) return 'json';
	if (body.startsWith('{')) {
		// A dataset is one object (usually spread over lines); JSONL is one complete object per line.
		const firstLine = body.split(/\r?\n/, 1)[0];
		try {
			const record = JSON.parse(firstLine) as Record<string, unknown>;
			return 'schemaVersion' in record ? 'json' : 'jsonl';
		} catch {
			return 'json';
		}
	}
	return 'csv';
}

export const PARSERS: Record<DatasetFormat, (text: string, file: string, today?: Date) => ParseResult> = {
	json: parseDatasetJson,
	csv: parseStatementsCsv,
	jsonl: parsePloverJsonl
};

/** Parse and validate a file in any of the three formats. Never throws. */
export function openDatasetFile(name: string, text: string, today = new Date()): ParseResult {
	return PARSERS[detectFormat(name, text)](text, name, today);
}
