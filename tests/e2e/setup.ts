/** Serves the built site for the browser tests (run `npm run build` first). */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticSite } from './static-server';

/** The site is served under a base path, as it would be on a static host's sub-folder. */
export const BASE_PATH = '/dashboard/';

let site: StaticSite | undefined;

export async function setup(project: TestProject) {
	if (!existsSync('build/index.html')) throw new Error('No build/ found: run `npm run build` before the browser tests.');
	site = await serveStatic('build', BASE_PATH);
	project.provide('siteRoot', site.root);
	project.provide('siteOrigin', site.origin);
}

export async function teardown() {
	await site?.close();
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteRoot: string;
		siteOrigin: string;
	}
}
