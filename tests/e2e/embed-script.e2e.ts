/** static/embed.js on a host page that embeds charts of two deployments (two sites) of the dashboard. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BASE_PATH } from './setup';
import { launchBrowser, openPage } from './browser';
import { serveStatic, type StaticSite } from './static-server';

const root = inject('siteRoot');
const RESERVED = 123;

let browser: Browser;
let second: StaticSite;
let host: StaticSite;
beforeAll(async () => {
	browser = await launchBrowser();
	// The same build on another origin: a second deployment.
	second = await serveStatic('build', BASE_PATH);
	const frame = (id: string, src: string) => `<iframe id="${id}" title="${id}" src="${src}" style="width:100%;height:${RESERVED}px;border:0"></iframe>`;
	const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two deployments</title><link rel="icon" href="data:,"></head><body>
<main><h1>A report citing two sites</h1>
${frame('first', `${root}embed/table?recipient=AFG`)}
${frame('second', `${second.root}embed/table?recipient=AFG`)}
</main>
<script src="${root}embed.js" async></script>
<script src="${second.root}embed.js" async></script>
<script src="${root}embed.js" async></script>
</body></html>`;
	host = await serveStatic('build', '/nothing-here/', 0, { '/two.html': page });
});
afterAll(async () => {
	await browser?.close();
	await second?.close();
	await host?.close();
});

const heightOf = (page: Page, id: string) => page.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().height, id);

describe('embed.js from two deployments on one page', () => {
	it('each script sizes the frames of its own deployment', async () => {
		expect(new Set([new URL(root).origin, second.origin, host.origin]).size).toBe(3);
		const w = await openPage(browser, { viewport: { width: 900, height: 800 } });
		await w.page.goto(`${host.origin}/two.html`, { waitUntil: 'load' });
		for (const id of ['first', 'second']) {
			const content = () => w.page.frameLocator(`#${id}`).locator('main.embed').evaluate((m) => Math.ceil(m.getBoundingClientRect().height));
			await expect.poll(async () => Math.abs((await heightOf(w.page, id)) - (await content())), { timeout: 20_000 }).toBeLessThanOrEqual(2);
			expect(await heightOf(w.page, id), id).not.toBe(RESERVED);
		}
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});
});
