/** Downloading `?dataset=`: limits, idle time, Cancel and redirects each end in one clear sentence. */
import { describe, expect, it, vi } from 'vitest';
import { downloadDatasetFile, type DownloadProgress } from '$lib/state/fetch-dataset-file';
import { datasetName, embeddedData, sameOriginDatasetUrl } from '$lib/state/dataset-address';

const URL_ON_SITE = new URL('https://site.test/dashboard/data/big.json');
const chunk = (n: number) => new Uint8Array(n).fill(0x20);

/** A body that sends `chunks` and then either ends or stalls (sends nothing more, never ends). */
function body(chunks: Uint8Array[], then: 'end' | 'stall' | 'forever' = 'end'): ReadableStream<Uint8Array> {
	let i = 0;
	return new ReadableStream({
		pull(controller) {
			if (i < chunks.length) return controller.enqueue(chunks[i++]);
			if (then === 'end') return controller.close();
			if (then === 'forever') return controller.enqueue(chunk(1024));
			return new Promise<void>(() => {}); // stalls
		}
	});
}
/** A fetch that answers once with this response (optionally as if redirected to `url`). */
function answer(make: () => Response, url?: string): typeof fetch {
	return vi.fn(async () => {
		const response = make();
		if (url) Object.defineProperty(response, 'url', { value: url });
		return response;
	}) as unknown as typeof fetch;
}

describe('downloadDatasetFile', () => {
	it('a body within the limit becomes a File with its name and type; progress counts the bytes', async () => {
		const sizes = [1000, 2000, 500];
		const seen: DownloadProgress[] = [];
		const r = await downloadDatasetFile(URL_ON_SITE, 'big.json', {
			fetch: answer(() => new Response(body(sizes.map(chunk)), { headers: { 'content-type': 'application/json' } })),
			onProgress: (p) => seen.push(p)
		});
		expect(r.ok && [r.file.name, r.file.size, r.file.type]).toEqual(['big.json', 3500, 'application/json']);
		expect(seen.map((p) => p.bytes)).toEqual(sizes.map((_, i) => sizes.slice(0, i + 1).reduce((a, b) => a + b)));
	});

	it.each([
		{ how: 'declared in Content-Length', response: () => new Response(body([chunk(10)]), { headers: { 'content-length': String(2 * 1024 * 1024) } }) },
		{ how: 'counted as it arrives (no length declared)', response: () => new Response(body([], 'forever')) }
	])('a body over the limit, $how, is refused with the limit named', async ({ response }) => {
		const r = await downloadDatasetFile(URL_ON_SITE, 'big.json', { fetch: answer(response), maxBytes: 1024 * 1024 });
		expect(r).toEqual({ ok: false, cancelled: false, message: 'big.json could not be loaded: it is larger than 1.0 MB, the most the address opens (download it and open the file instead)' });
	});

	it('a server that sends headers and then nothing is given up after the idle time', async () => {
		const r = await downloadDatasetFile(URL_ON_SITE, 'big.json', { fetch: answer(() => new Response(body([chunk(10)], 'stall'))), idleMs: 40 });
		expect(r).toEqual({ ok: false, cancelled: false, message: 'big.json could not be loaded: the server sent nothing for 0.04 s' });
	});

	it('a server that never answers is given up after the idle time', async () => {
		const never = vi.fn((_: unknown, init?: RequestInit) => new Promise<Response>((_, fail) => init?.signal?.addEventListener('abort', () => fail(init.signal!.reason))));
		const r = await downloadDatasetFile(URL_ON_SITE, 'big.json', { fetch: never as unknown as typeof fetch, idleMs: 40 });
		expect(r.ok === false && r.message).toBe('big.json could not be loaded: the server sent nothing for 0.04 s');
	});

	it('Cancel (the signal) stops the download mid-body and says it was cancelled', async () => {
		const cancel = new AbortController();
		const r = await downloadDatasetFile(URL_ON_SITE, 'big.json', {
			fetch: answer(() => new Response(body([], 'forever'))),
			signal: cancel.signal,
			onProgress: ({ bytes }) => bytes >= 10 * 1024 && cancel.abort()
		});
		expect(r).toEqual({ ok: false, cancelled: true, message: 'big.json could not be loaded: cancelled' });
	});

	it('a redirect that ends on another origin is refused in our words', async () => {
		const r = await downloadDatasetFile(URL_ON_SITE, 'big.json', { fetch: answer(() => new Response('{}'), 'https://elsewhere.test/big.json') });
		expect(r.ok === false && r.message).toBe('big.json could not be loaded: its address redirects to https://elsewhere.test, and only a dataset on this site can be opened');
	});

	it('a redirect the browser blocked ("Failed to fetch") is named as a redirect', async () => {
		const blocked = vi.fn(async (_: unknown, init?: RequestInit) => {
			if (init?.redirect === 'manual') return { type: 'opaqueredirect' } as Response;
			throw new TypeError('Failed to fetch');
		});
		const r = await downloadDatasetFile(URL_ON_SITE, 'big.json', { fetch: blocked as unknown as typeof fetch });
		expect(r.ok === false && r.message).toBe('big.json could not be loaded: its address redirects elsewhere, and only a dataset on this site can be opened');
	});

	it('an HTTP error names the status', async () => {
		const r = await downloadDatasetFile(URL_ON_SITE, 'big.json', { fetch: answer(() => new Response('gone', { status: 410 })) });
		expect(r.ok === false && r.message).toBe('big.json could not be loaded: HTTP 410');
	});
});

describe('the address of ?dataset=', () => {
	const root = new URL('https://site.test/dashboard/');
	it.each([
		{ param: 'data/plover.jsonl', expected: 'https://site.test/dashboard/data/plover.jsonl' },
		{ param: './data/plover.jsonl', expected: 'https://site.test/dashboard/data/plover.jsonl' },
		{ param: '/dashboard/gen/big.json', expected: 'https://site.test/dashboard/gen/big.json' },
		{ param: 'https://site.test/x.csv', expected: 'https://site.test/x.csv' },
		{ param: 'https://elsewhere.test/x.csv', expected: null },
		{ param: '//elsewhere.test/x.csv', expected: null }
	])('$param is read against the site root, whichever page names it', ({ param, expected }) => {
		expect(sameOriginDatasetUrl(param, root)?.href ?? null).toBe(expected);
	});
	it.each([
		{ url: 'https://site.test/data/a%20b.json', name: 'a b.json' },
		{ url: 'https://site.test/data/100%.json', name: '100%.json' }
	])('$url is named $name', ({ url, name }) => expect(datasetName(url)).toBe(name));
});

describe('the data an embed of the current view carries', () => {
	it.each([
		{ shown: '', href: 'https://site.test/?dataset=data/x.json', expected: { kind: 'built-in' } },
		{ shown: 'x.json', href: 'https://site.test/?dataset=data/x.json&actor=IRN', expected: { kind: 'address', param: 'data/x.json' } },
		{ shown: 'mine.csv', href: 'https://site.test/?actor=IRN', expected: { kind: 'file', name: 'mine.csv' } }
	])('showing "$shown" at $href', ({ shown, href, expected }) => {
		expect(embeddedData(shown, href)).toEqual(expected);
	});
});
