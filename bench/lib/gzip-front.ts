/**
 * A gzipping front for the bench's static server, as a static host serves a site: text responses (HTML, JS,
 * CSS, JSON, SVG) are gzipped when the request accepts gzip, with `content-encoding: gzip` and
 * `vary: accept-encoding`; images and fonts pass as they are. Each body is compressed once and kept, as a host
 * serves precompressed files. Hand-written (node:http and node:zlib, ~50 lines): the site is served by
 * tests/e2e/static-server.ts, which the bench shares with the browser tests and does not own, and the
 * maintained middleware (`compression`) needs a server of its own to sit in anyway.
 */
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|jsonl|graphml|xml)|image\/svg\+xml)/;

/** Whether a response of this content type, to a request with this accept-encoding, goes out gzipped. */
export const shouldGzip = (contentType: string | undefined, acceptEncoding: string | undefined) =>
	COMPRESSIBLE.test(contentType ?? '') && /\bgzip\b/.test(acceptEncoding ?? '');

/** Serve `upstream` (an origin, e.g. http://127.0.0.1:1234) gzipped from another local port. */
export async function gzipFront(upstream: string): Promise<{ origin: string; close(): Promise<void> }> {
	const target = new URL(upstream);
	const cache = new Map<string, Buffer>();
	const server = createServer((req, res) => {
		const up = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' } }, (r) => {
			const chunks: Buffer[] = [];
			r.on('data', (c: Buffer) => chunks.push(c));
			r.on('end', () => {
				const body = Buffer.concat(chunks);
				const headers: IncomingHttpHeaders = { ...r.headers };
				delete headers['content-length'];
				delete headers['transfer-encoding'];
				let out: Buffer = body;
				if (r.statusCode === 200 && shouldGzip(r.headers['content-type'], req.headers['accept-encoding'] as string | undefined)) {
					const key = `${req.url} ${body.length}`;
					out = cache.get(key) ?? gzipSync(body);
					cache.set(key, out);
					headers['content-encoding'] = 'gzip';
					headers.vary = 'accept-encoding';
				}
				headers['content-length'] = String(out.length);
				res.writeHead(r.statusCode ?? 502, headers);
				res.end(req.method === 'HEAD' ? undefined : out);
			});
		});
		up.on('error', (e) => res.writeHead(502).end(String(e)));
		req.pipe(up);
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
