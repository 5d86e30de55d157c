/** A minimal static file server for the built site, as any static host would serve it. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.csv': 'text/csv; charset=utf-8',
	'.jsonl': 'application/jsonl; charset=utf-8',
	'.graphml': 'application/graphml+xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

export interface StaticSite {
	origin: string;
	/** The URL of the site root, including the base path, ending in "/". */
	root: string;
	close(): Promise<void>;
}

/** An extra route's body: HTML as a string, or any body with its content type. */
export type ExtraRoute = string | { type: string; body: string | Uint8Array };

/** Serve `dir` at `http://127.0.0.1:<port><base>`; `/a/b` serves a/b, a/b.html or a/b/index.html. */
export async function serveStatic(dir: string, base = '/', port = 0, extraRoutes: Record<string, ExtraRoute> = {}): Promise<StaticSite> {
	const rootDir = resolve(dir);
	const server: Server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const extra = extraRoutes[url.pathname];
		if (extra !== undefined) {
			const { type, body } = typeof extra === 'string' ? { type: 'text/html; charset=utf-8', body: extra } : extra;
			res.writeHead(200, { 'content-type': type });
			res.end(body);
			return;
		}
		if (!url.pathname.startsWith(base)) {
			res.writeHead(404).end('not found');
			return;
		}
		const rel = normalize(decodeURIComponent(url.pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
		const target = join(rootDir, rel);
		if (!target.startsWith(rootDir)) {
			res.writeHead(403).end();
			return;
		}
		const candidates = [target, `${target}.html`, join(target, 'index.html')];
		for (const file of candidates) {
			if (await isFile(file)) {
				res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
				res.end(await readFile(file));
				return;
			}
		}
		res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
	});
	await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	const origin = `http://127.0.0.1:${actualPort}`;
	return {
		origin,
		root: `${origin}${base}`,
		close: () => new Promise((ok) => server.close(() => ok()))
	};
}
