/**
 * `?dataset=<url>`: open a dataset published on the same site (a link can share a view of it), in any
 * format the file picker opens (dataset JSON, statements CSV, PLOVER JSONL). The body is downloaded as a
 * stream (size limit, idle timeout, Cancel: see fetch-dataset-file.ts) into a File that is read exactly
 * as a chosen file is, by the same parsers (in the notebook, by the same background reader above 1 MB), so
 * the address and the picker accept the same files and say the same things about them.
 * A relative address is read against the site's root, whichever page names it (`/` or `/embed/…`).
 * Another origin is refused, before the request and after any redirect: nothing is fetched from elsewhere.
 * Loaded only when a dataset is opened (the address's names and the embed dialogs' data are in
 * dataset-address.ts, which the pages load).
 */
import type { ParseResult } from '$lib/data/parse/issues';
import type { DownloadOptions } from './fetch-dataset-file';
import type { Progress } from './read-dataset-file';
import { datasetName, sameOriginDatasetUrl } from './dataset-address';

/** What opening the address's dataset found: as for a chosen file (`file` is the name from the URL). */
export type DatasetLoad = ParseResult;

/** A load that failed before any text was read: the format is the one the name suggests. */
function notRead(name: string, what: string): DatasetLoad {
	const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	const format = ext === 'csv' || ext === 'tsv' ? 'csv' : ext === 'jsonl' || ext === 'ndjson' ? 'jsonl' : 'json';
	return { ok: false, file: name, format, errors: [{ file: name, path: '', message: what }], warnings: [] };
}

/** Reads a downloaded file as a chosen one is read. */
export type DatasetReader = (file: File, onProgress: (progress: Progress) => void, signal?: AbortSignal) => Promise<ParseResult>;

/** Read in this page, the parsers loaded only now (an embed: an embed of the built-in data never loads them). */
export const readInPage: DatasetReader = async (file) => {
	const [{ decodeDatasetBytes }, { formatOfContentType, openDatasetFile }] = await Promise.all([
		import('$lib/data/parse/decode-text'),
		import('$lib/data/parse/open-dataset-file')
	]);
	return openDatasetFile(file.name, decodeDatasetBytes(new Uint8Array(await file.arrayBuffer())), undefined, formatOfContentType(file.type));
};

export interface AddressLoadOptions extends Omit<DownloadOptions, 'onProgress'> {
	onProgress?: (progress: Progress) => void;
	/** How the downloaded file is read: in this page by default; the notebook passes its background reader. */
	read?: DatasetReader;
}

/** Download and read the dataset at `url` (already checked to be on this site). */
export async function fetchDataset(url: URL, options: AddressLoadOptions = {}): Promise<DatasetLoad> {
	const name = datasetName(url);
	const { onProgress = () => {}, signal } = options;
	// The download loads only when a dataset is opened: an embed of the built-in data never needs it.
	const { downloadDatasetFile } = await import('./fetch-dataset-file');
	const downloaded = await downloadDatasetFile(url, name, {
		...options,
		onProgress: ({ bytes, total }) => onProgress({ stage: 'downloading', fraction: total ? bytes / total : NaN, bytes })
	});
	if (!downloaded.ok) return notRead(name, downloaded.message);
	return (options.read ?? readInPage)(downloaded.file, onProgress, signal);
}

/**
 * The dataset named by `?dataset=` in the current address, opened; null when there is none. Browser only.
 * `siteRoot` is the URL of the site's root page. A load aborted by `signal` answers null too.
 */
export async function openDatasetFromAddress(siteRoot: URL, options: AddressLoadOptions = {}): Promise<DatasetLoad | null> {
	const param = new URL(window.location.href).searchParams.get('dataset');
	if (!param) return null;
	const url = sameOriginDatasetUrl(param, siteRoot);
	if (!url) return notRead(datasetName(param), `dataset=${param}: only a dataset on this site can be opened`);
	const result = await fetchDataset(url, options);
	return options.signal?.aborted ? null : result;
}
