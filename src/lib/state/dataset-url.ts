/**
 * `?dataset=<url>`: open a dataset published on the same site (a link can share a view of it), in any
 * format the file picker opens (dataset JSON, statements CSV, PLOVER JSONL), read by the same parser, so
 * the address and the picker accept the same files and say the same things about them.
 * Another origin is refused: nothing is fetched from elsewhere at run time.
 */
import type { ParseResult } from '$lib/data/parse/issues';
import type { Dataset } from '$lib/data/types';

/** What opening the address's dataset found: as for a chosen file (`file` is the name from the URL). */
export type DatasetLoad = ParseResult;

export function sameOriginDatasetUrl(param: string | null, location: URL): URL | null {
	if (!param) return null;
	try {
		const url = new URL(param, location);
		return url.origin === location.origin ? url : null;
	} catch {
		return null;
	}
}

/** A load that failed before any text was read: the format is the one the name suggests. */
function notRead(name: string, what: string): DatasetLoad {
	const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	const format = ext === 'csv' || ext === 'tsv' ? 'csv' : ext === 'jsonl' || ext === 'ndjson' ? 'jsonl' : 'json';
	return { ok: false, file: name, format, errors: [{ file: name, path: '', message: what }], warnings: [] };
}

/** Apply `?dataset=` from the current address to a dashboard, if present. Browser only. */
export async function openDatasetFromAddress(
	replace: (dataset: Dataset, name: string) => void
): Promise<DatasetLoad | null> {
	const here = new URL(window.location.href);
	const param = here.searchParams.get('dataset');
	if (!param) return null;
	const url = sameOriginDatasetUrl(param, here);
	if (!url) return notRead(param, `dataset=${param}: only a dataset on this site can be opened`);
	const result = await fetchDataset(url);
	if (result.ok) replace(result.dataset, result.file);
	return result;
}

export async function fetchDataset(url: URL, today = new Date()): Promise<DatasetLoad> {
	const last = url.pathname.split('/').pop() || url.pathname;
	let name = last;
	try {
		name = decodeURIComponent(last);
	} catch {
		/* not percent-encoded text: the name as written */
	}
	let response: Response;
	let text: string;
	try {
		response = await fetch(url, { credentials: 'same-origin' });
		if (!response.ok) return notRead(name, `${name} could not be loaded: HTTP ${response.status}`);
		text = await response.text();
	} catch (error) {
		return notRead(name, `${name} could not be loaded: ${String(error)}`);
	}
	// The parsers load only when a dataset is opened: an embed of the built-in data never needs them.
	const { formatOfContentType, openDatasetFile } = await import('$lib/data/parse/open-dataset-file');
	return openDatasetFile(name, text, today, formatOfContentType(response.headers.get('content-type')));
}
