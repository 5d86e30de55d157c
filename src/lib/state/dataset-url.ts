/**
 * `?dataset=<url>`: open a dataset JSON published on the same site (a link can share a view of it).
 * Another origin is refused: nothing is fetched from elsewhere at run time.
 */
import type { ValidationIssue } from '$lib/data/schema';
import type { Dataset } from '$lib/data/types';

export type DatasetLoad =
	| { ok: true; dataset: Dataset; name: string; warnings: ValidationIssue[] }
	| { ok: false; name: string; errors: ValidationIssue[] };

export function sameOriginDatasetUrl(param: string | null, location: URL): URL | null {
	if (!param) return null;
	try {
		const url = new URL(param, location);
		return url.origin === location.origin ? url : null;
	} catch {
		return null;
	}
}

/** Apply `?dataset=` from the current address to a dashboard, if present. Browser only. */
export async function openDatasetFromAddress(
	replace: (dataset: Dataset, name: string) => void
): Promise<DatasetLoad | null> {
	const here = new URL(window.location.href);
	const param = here.searchParams.get('dataset');
	if (!param) return null;
	const url = sameOriginDatasetUrl(param, here);
	if (!url)
		return { ok: false, name: param, errors: [{ path: 'dataset', message: `dataset=${param}: only a dataset on this site can be opened` }] };
	const result = await fetchDataset(url);
	if (result.ok) replace(result.dataset, result.name);
	return result;
}

export async function fetchDataset(url: URL): Promise<DatasetLoad> {
	const name = url.pathname.split('/').pop() || url.pathname;
	try {
		const response = await fetch(url, { credentials: 'same-origin' });
		if (!response.ok) return { ok: false, name, errors: [{ path: '', message: `${name}: HTTP ${response.status}` }] };
		const text = await response.text();
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch (error) {
			return { ok: false, name, errors: [{ path: '', message: `${name} is not valid JSON: ${(error as Error).message}` }] };
		}
		// The validator loads only when a dataset is opened: an embed of the built-in data never needs it.
		const { validateDataset } = await import('$lib/data/schema');
		const result = validateDataset(json);
		return result.ok ? { ok: true, dataset: result.dataset, name, warnings: result.warnings } : { ok: false, name, errors: result.errors };
	} catch (error) {
		return { ok: false, name, errors: [{ path: '', message: `${name} could not be loaded: ${String(error)}` }] };
	}
}
