/**
 * `?dataset=<url>` as an address: the URL it names on this site, the file name it ends with, the address
 * without it, and what an embed of the current view shows. Light and loaded with the pages; opening the
 * dataset itself is dataset-url.ts, loaded only when one is opened.
 */

/** The dataset's URL on this site, read against the site's root (`siteRoot` ends in "/"); null for another origin. */
export function sameOriginDatasetUrl(param: string | null, siteRoot: URL): URL | null {
	if (!param) return null;
	try {
		const url = new URL(param, siteRoot);
		return url.origin === siteRoot.origin ? url : null;
	} catch {
		return null;
	}
}

/** The file name an address ends with, as the reader would name it. */
export function datasetName(url: URL | string): string {
	const path = typeof url === 'string' ? url.split(/[?#]/, 1)[0] : url.pathname;
	const last = path.split('/').pop() || path;
	try {
		return decodeURIComponent(last);
	} catch {
		return last; // not percent-encoded text: the name as written
	}
}

/** The address without `?dataset=` (the rest kept as it is). */
export function addressWithoutDataset(href: string): string {
	const url = new URL(href);
	if (!url.searchParams.has('dataset')) return href;
	url.searchParams.delete('dataset');
	return url.href;
}

/**
 * What an embed of the current view must show: the address's dataset (`param`, carried as `?dataset=`),
 * or, for a file opened from disk (no address to carry), its name, so the dialog can say that the embed
 * shows the site's published data instead. The page's address names a dataset only while it shows it.
 */
export type EmbeddedData = { kind: 'built-in' } | { kind: 'address'; param: string } | { kind: 'file'; name: string };

export function embeddedData(shownName: string, href: string): EmbeddedData {
	if (!shownName) return { kind: 'built-in' };
	const param = new URL(href).searchParams.get('dataset');
	return param ? { kind: 'address', param } : { kind: 'file', name: shownName };
}
