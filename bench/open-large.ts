/**
 * The longest main-thread task while the notebook opens a large file chosen with "Open dataset", at normal
 * CPU, against JSON.parse of the same bytes on the main thread in the same browser (for a CSV: its rows as a
 * JSON array of strings). `npx tsx bench/open-large.ts FILE` (make one with scripts/generate-large-dataset.ts);
 * needs build/ (or SITE_DIR). Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/static-server';
import { chooseFiles, inPage, untilInPage } from './lib/cdp-page';

const file = process.argv[2];
if (!file) throw new Error('usage: npx tsx bench/open-large.ts FILE');
const name = basename(file);
const text = readFileSync(file, 'utf8');
const asJson = name.endsWith('.json') ? text : JSON.stringify(text.split('\n'));
// The baseline fetches the JSON from a blank page of the same origin: a page that navigated to it would lay
// out its text (hundreds of MB for the 1,000,000-row CSV), and that page crashed ("Target crashed").
const site = await serveStatic(process.env.SITE_DIR ?? 'build', '/dashboard/', 0, {
	'/same-as-json.json': { type: 'application/json', body: Buffer.from(asJson) },
	'/blank.html': { type: 'text/html', body: Buffer.from('<!doctype html><title>JSON.parse baseline</title>') }
});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
try {
	const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
	page.setDefaultTimeout(600_000);
	page.on('crash', () => console.error('the notebook page crashed'));
	await page.addInitScript(() => {
		const w = window as unknown as { __longTasks: number[]; __taskAt: [number, number][]; __parts: [number, string][] };
		w.__longTasks = [];
		w.__taskAt = [];
		w.__parts = [];
		new PerformanceObserver((list) =>
			list.getEntries().forEach((e) => (w.__longTasks.push(e.duration), w.__taskAt.push([e.startTime, e.duration])))
		).observe({ type: 'longtask' });
		// Which part of the page each long task drew: the cells still to come, as each mutation leaves them.
		addEventListener('DOMContentLoaded', () =>
			new MutationObserver(() => {
				const coming = [...document.querySelectorAll('#cells .coming')].map((c) => c.closest('section')?.id ?? '?').join(' ');
				if (w.__parts.at(-1)?.[1] !== coming) w.__parts.push([performance.now(), coming]);
			}).observe(document.body, { childList: true, subtree: true })
		);
	});
	await page.goto(site.root, { waitUntil: 'networkidle' });
	await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
	// Chosen and awaited through the protocol only (lib/cdp-page.ts): Playwright's setInputFiles and
	// waitForFunction would first evaluate its injected script in the page, a task the reader never has.
	const cdp = await page.context().newCDPSession(page);
	const started = await inPage<number>(cdp, '(__longTasks = [], __taskAt = [], performance.now())');
	await chooseFiles(cdp, '#open-dataset-file', [resolve(file)]);
	await untilInPage(cdp, `document.querySelector('h1')?.textContent === ${JSON.stringify(name)} || !!document.querySelector('.load-errors')`, 600_000, 200);
	const openedMs = Math.round((await inPage<number>(cdp, 'performance.now()')) - started);
	// Settled: no new long task for 3 s.
	const count = () => inPage<number>(cdp, '__longTasks.length');
	for (let before = -1, now = await count(); now !== before; before = now, now = await count()) await page.waitForTimeout(3000);
	const tasks = await inPage<number[]>(cdp, '__longTasks');
	const statements = await page.locator('.facts dt:text-is("Statements in view") + dd').textContent();
	const baseline = await (await browser.newContext()).newPage();
	baseline.on('crash', () => console.error('the JSON.parse baseline page crashed'));
	await baseline.goto(`${site.origin}/blank.html`);
	const jsonParseMs = await baseline.evaluate(async () => {
		const body = await (await fetch('/same-as-json.json')).text();
		const t = performance.now();
		JSON.parse(body);
		return Math.round(performance.now() - t);
	});
	const longest = Math.round(tasks.reduce((a, b) => Math.max(a, b), 0));
	const slowest = [...tasks].sort((a, b) => b - a).slice(0, 5).map(Math.round);
	// The slowest tasks, each with the cells still to come just before it and just after it ends.
	const { taskAt, parts } = await page.evaluate(() => {
		const w = window as unknown as { __taskAt: [number, number][]; __parts: [number, string][] };
		return { taskAt: w.__taskAt, parts: w.__parts };
	});
	const comingAt = (t: number) => parts.filter(([at]) => at <= t).at(-1)?.[1] ?? '';
	const where = [...taskAt]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 5)
		.map(([start, d]) => ({ ms: Math.round(d), atMs: Math.round(start - started), comingBefore: comingAt(start), comingAfter: comingAt(start + d + 1) }));
	console.error(JSON.stringify(where));
	console.log(JSON.stringify({ file: name, megabytes: +(text.length / 2 ** 20).toFixed(1), statements, openedMs, longestTaskMs: longest, slowestTasksMs: slowest, longTasks: tasks.length, jsonParseMs }));
} finally {
	await browser.close();
	await site.close();
}
