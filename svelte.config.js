import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/** Hashes of the inline scripts in app.html (theme and title set before first paint), for the CSP. */
function appHtmlScriptHashes() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		([, body]) => `sha256-${createHash('sha256').update(body).digest('base64')}`
	);
}

/**
 * A prerendered page's one stylesheet (src/hooks.server.ts writes it while prerendering, beside the client
 * build's files) is not in the list of files the prerenderer's server took before: its link is checked
 * here instead, against the file written. Any other failure fails the build.
 * @type {import('@sveltejs/kit').PrerenderHttpErrorHandler}
 */
function handleHttpError({ path, message }) {
	const written = /^\/_app\/immutable\/assets\/page\.[0-9a-f]{8}\.css$/.test(path) && existsSync(`.svelte-kit/output/client${path}`);
	if (!written) throw new Error(message);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Relative asset and link paths: the built site works under any base path and from any static host.
		paths: { relative: true },
		prerender: { handleHttpError, handleMissingId: 'fail', entries: ['*'] },
		// Scripts, styles, fonts, data and frames from this site only. SvelteKit adds the hashes of its
		// own inline scripts; styles need 'unsafe-inline' for the style attributes Svelte and Plot set.
		// frame-ancestors cannot be set from a <meta> tag: see the README for the headers to add.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScriptHashes()],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
