/**
 * The byte budgets of DESIGN.md, checked on the built site (deterministic: bytes, never times).
 * Each page is loaded in Chromium until the network is idle and every JavaScript response is gzipped
 * (level 9) and summed, which is what a reader's browser downloads: entry scripts, their imports and the
 * chart chunks loaded on demand. The HTML is the page's own response, gzipped the same way. `npm run bench`
 * prints the same figures next to the baselines.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gzipSize, recordJs } from '../../bench/lib/js-bytes';
import { hydrated, launchBrowser } from './browser';

const root = inject('siteRoot');
const KB = 1024;
/** DESIGN.md's budgets: the notebook 120 KB, each embed 50 KB of JavaScript; HTML / 30 KB, /embed/map 15 KB. */
const JS_BUDGETS: [path: string, kb: number][] = [
	['', 120],
	...['map', 'network', 'timeline', 'matrix', 'table'].map((id): [string, number] => [`embed/${id}`, 50])
];
/**
 * Pages over their budget today (issue 26 is open for them): each is held at the size it had when the
 * overshoot was measured (7 December 2026: / 155.0 KB, /embed/map 52.7 KB, /embed/network 51.6 KB), so it
 * cannot grow unnoticed; `npm run bench` prints the budget's verdict. Remove a line when its page fits.
 */
const HELD_OVER_BUDGET: Record<string, number> = { '': 155.5, 'embed/map': 53, 'embed/network': 52 };
const HTML_BUDGETS: [path: string, kb: number][] = [
	['', 30],
	['embed/map', 15]
];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('HTML budgets (gzip)', () => {
	for (const [path, kb] of HTML_BUDGETS)
		it(`/${path} is at most ${kb} KB of HTML`, async () => {
			const context = await browser.newContext();
			const page = await context.newPage();
			const response = await page.goto(`${root}${path}`);
			const html = gzipSize(await response!.body());
			await context.close();
			console.log(`/${path}: ${(html / KB).toFixed(1)} KB of HTML gzip`);
			expect(html).toBeLessThanOrEqual(kb * KB);
		});
});

describe('JavaScript budgets (gzip)', () => {
	for (const [path, budget] of JS_BUDGETS) {
		const kb = HELD_OVER_BUDGET[path] ?? budget;
		it(`/${path} loads at most ${kb} KB of JavaScript${kb > budget ? ` (held: over its ${budget} KB budget)` : ''}`, async () => {
			const context = await browser.newContext();
			const page = await context.newPage();
			const total = recordJs(page);
			await page.goto(`${root}${path}`, { waitUntil: 'networkidle' });
			await hydrated(page);
			const js = await total();
			await context.close();
			const report = `${(js.gzip / KB).toFixed(1)} KB gzip in ${js.files.length} files; largest: ${js.files
				.slice(0, 3)
				.map((f) => `${f.url.split('/').pop()} ${(f.gzip / KB).toFixed(1)} KB`)
				.join(', ')}`;
			console.log(`/${path}: ${report}`);
			expect(js.files.length).toBeGreaterThan(0);
			expect(js.gzip, report).toBeLessThanOrEqual(kb * KB);
		});
	}
});

describe('compile hints', () => {
	// vite.config.ts marks the browser's chunks for V8 to compile whole as they stream in, off the main
	// thread, instead of function by function inside the hydration task. Every script a page loads to
	// hydrate must carry the hint on its first line; Plot's chunks (loaded later, if at all) do not.
	for (const path of ['', 'embed/map', 'embed/timeline'])
		it(`/${path}: every script loaded with the page starts with V8's compile hint`, async () => {
			const context = await browser.newContext();
			const page = await context.newPage();
			const firstLines: Promise<[string, string]>[] = [];
			page.on('response', (res) => {
				if (!/javascript/.test(res.headers()['content-type'] ?? '') || res.status() !== 200) return;
				firstLines.push(res.text().then((t) => [res.url().split('/').pop()!, t.slice(0, t.indexOf('\n'))]));
			});
			await page.goto(`${root}${path}`, { waitUntil: 'networkidle' });
			await hydrated(page);
			const lines = await Promise.all(firstLines);
			await context.close();
			expect(lines.length).toBeGreaterThan(3);
			const without = lines.filter(([, first]) => first !== '//# allFunctionsCalledOnLoad').map(([file]) => file);
			expect(without).toEqual([]);
		});
});
