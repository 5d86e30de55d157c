/**
 * One entry point for a dataset text, chosen as a file or named in the address (`?dataset=`): the
 * format from the extension, else from the content type the site served it with, else from the content.
 */
import { parseDatasetJson } from './dataset-json';
import { makeIssue, type DatasetFormat, type ParseResult } from './issues';
import { parsePloverJsonl } from './plover-jsonl';
import { parseStatementsCsv } from './statements-csv';

/** The format a served file's content type names, or null when it names none of ours (text/plain, …). */
export function formatOfContentType(contentType: string | null | undefined): DatasetFormat | null {
	const type = contentType?.split(';', 1)[0].trim().toLowerCase() ?? '';
	if (/^application\/(x-)?(ndjson|jsonl|jsonlines|json-seq)$/.test(type)) return 'jsonl';
	if (type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type) || type === 'text/json') return 'json';
	if (type === 'text/csv' || type === 'text/tab-separated-values' || type === 'application/csv') return 'csv';
	return null;
}

export function detectFormat(name: string, text: string, served: DatasetFormat | null = null): DatasetFormat {
	const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	if (ext === 'json') return 'json';
	if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
	if (ext === 'csv' || ext === 'tsv') return 'csv';
	if (served) return served;
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

/** A web page (an error page, a login page, a site's index) where a dataset was expected. */
export function isHtmlPage(text: string): boolean {
	return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]/i.test(text.slice(0, 4096).replace(/^\uFEFF/, ''));
}

export const PARSERS: Record<DatasetFormat, (text: string, file: string, today?: Date) => ParseResult> = {
	json: parseDatasetJson,
	csv: parseStatementsCsv,
	jsonl: parsePloverJsonl
};

/**
 * Parse and validate a dataset text in any of the three formats: the dataset, or its errors, and the
 * warnings, each placed by line or row. `served` is the format a web server's content type named, if any.
 * Never throws.
 */
export function openDatasetFile(name: string, text: string, today = new Date(), served: DatasetFormat | null = null): ParseResult {
	if (isHtmlPage(text)) {
		const format = detectFormat(name, '', served);
		return { ok: false, file: name, format, errors: [makeIssue(name, { line: 1 }, 'this is an HTML page, not a dataset (a web page was served or saved in its place)')], warnings: [] };
	}
	return PARSERS[detectFormat(name, text, served)](text, name, today);
}
