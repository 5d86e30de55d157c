/** JS bytes a page loads: every JavaScript response until the network is idle, raw and gzip (zlib level 9). */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface JsBytes {
	files: { url: string; raw: number; gzip: number }[];
	raw: number;
	gzip: number;
}

export const gzipSize = (body: Uint8Array) => gzipSync(body, { level: 9 }).length;

/** Start recording JS responses on `page`; call the returned function after the load to total them. */
export function recordJs(page: Page): () => Promise<JsBytes> {
	const pending: Promise<{ url: string; raw: number; gzip: number } | null>[] = [];
	page.on('response', (res) => {
		const type = res.headers()['content-type'] ?? '';
		if (!/javascript/.test(type) || res.status() !== 200) return;
		pending.push(
			res.body().then(
				(body) => ({ url: res.url(), raw: body.length, gzip: gzipSize(body) }),
				() => null
			)
		);
	});
	return async () => {
		const files = (await Promise.all(pending)).filter((f) => f !== null);
		// A URL fetched twice (preload and import) is one file.
		const unique = [...new Map(files.map((f) => [f.url, f])).values()].sort((a, b) => b.gzip - a.gzip);
		return { files: unique, raw: unique.reduce((s, f) => s + f.raw, 0), gzip: unique.reduce((s, f) => s + f.gzip, 0) };
	};
}
