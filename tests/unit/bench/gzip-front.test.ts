import { createServer, get, type IncomingMessage } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipFront, shouldGzip } from '../../../bench/lib/gzip-front';

const html = '<!doctype html><title>t</title>' + '<p>the same words again and again</p>'.repeat(200);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
const upstream = createServer((req, res) => {
	if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
	else if (req.url === '/image.png') res.writeHead(200, { 'content-type': 'image/png' }).end(png);
	else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
});
let front: Awaited<ReturnType<typeof gzipFront>>;
beforeAll(async () => {
	await new Promise<void>((ok) => upstream.listen(0, '127.0.0.1', ok));
	const { port } = upstream.address() as { port: number };
	front = await gzipFront(`http://127.0.0.1:${port}`);
});
afterAll(async () => {
	await front.close();
	await new Promise((ok) => upstream.close(ok));
});

const fetchRaw = (path: string, acceptEncoding?: string) =>
	new Promise<{ res: IncomingMessage; body: Buffer }>((ok, fail) =>
		get(`${front.origin}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => ok({ res, body: Buffer.concat(chunks) }));
		}).on('error', fail)
	);

describe('gzipFront', () => {
	it('gzips HTML for a browser that accepts gzip, and says so', async () => {
		const { res, body } = await fetchRaw('/page', 'gzip, deflate, br');
		expect(res.headers['content-encoding']).toBe('gzip');
		expect(res.headers.vary).toBe('accept-encoding');
		expect(Number(res.headers['content-length'])).toBe(body.length);
		expect(body.length).toBeLessThan(Buffer.byteLength(html));
		expect(gunzipSync(body).toString()).toBe(html);
	});

	it('serves the same body as it is to a client that does not accept gzip', async () => {
		const { res, body } = await fetchRaw('/page');
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(body.toString()).toBe(html);
	});

	it('passes images through as they are, and other statuses unchanged', async () => {
		const image = await fetchRaw('/image.png', 'gzip');
		expect(image.res.headers['content-encoding']).toBeUndefined();
		expect(image.body.equals(png)).toBe(true);
		const missing = await fetchRaw('/nothing', 'gzip');
		expect(missing.res.statusCode).toBe(404);
		expect(missing.res.headers['content-encoding']).toBeUndefined();
	});

	it('compresses the text types a static host compresses', () => {
		for (const type of ['text/html; charset=utf-8', 'text/javascript', 'text/css', 'application/json', 'image/svg+xml']) expect(shouldGzip(type, 'gzip')).toBe(true);
		for (const type of ['image/png', 'font/woff2', undefined]) expect(shouldGzip(type, 'gzip')).toBe(false);
		expect(shouldGzip('text/html', 'br')).toBe(false);
	});
});
