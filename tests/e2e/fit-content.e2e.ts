/**
 * The timeline and the table embeds are only as tall as their content needs at a report column's width:
 * the time axis spans the statements' days, event rules keep clear of the lane names, and the table pages.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hydrated, launchBrowser, openPage } from './browser';

const root = inject('siteRoot');
let browser: Browser;
let statements: { id: string; date: string }[] = [];
beforeAll(async () => {
	browser = await launchBrowser();
	statements = (await (await fetch(new URL('data/dataset.json', root))).json()).statements;
});
afterAll(async () => {
	await browser?.close();
});

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('/embed/timeline at 640 px', () => {
	it('spans the statements’ days, ends below its last lane, and keeps event rules off the lane names', async () => {
		const w = await openPage(browser, { viewport: { width: 640, height: 900 } });
		await w.page.goto(new URL('embed/timeline', root).href, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const svg = w.page.locator('svg:has(g.statements)').first();
		const figure = (await svg.boundingBox())!;
		const dots = await svg.locator('g.statements > *').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }));
		expect(dots).toHaveLength(statements.length);
		// The axis ticks name the statements' first and last days, and no day beyond them.
		const days = [...new Set(statements.map((s) => s.date))].sort();
		const ticks = await svg.locator('[aria-label="x-axis tick label"] text').allTextContents();
		const dayName = (iso: string) => `${Number(iso.slice(8, 10))} ${new Date(`${iso}T00:00:00Z`).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })}`;
		expect(ticks[0]).toBe(dayName(days[0]));
		expect(ticks[ticks.length - 1]).toBe(dayName(days[days.length - 1]));
		// No empty band under the lowest dot: the last lane's room below it and the axis only.
		const lowest = Math.max(...dots.map((d) => d.y + d.height));
		expect(figure.y + figure.height - lowest).toBeLessThanOrEqual(50);
		// Rules (events) never cross a lane's name.
		const names = await svg.locator(`[font-weight="600"] text, text[font-weight="600"]`).evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }));
		const rules = await svg.locator('line').evaluateAll((els) => els.filter((e) => e.getAttribute('y1') !== e.getAttribute('y2')).map((e) => { const r = e.getBoundingClientRect(); return { x: r.x - 0.5, y: r.y, width: r.width + 1, height: r.height }; }));
		expect(names.length).toBeGreaterThan(1);
		expect(rules.length).toBeGreaterThan(0);
		for (const n of names) for (const r of rules) expect(overlap(n, r)).toBe(false);
		expect(await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await w.context.close();
	}, 60_000);
});

describe('/embed/table at 640 px', () => {
	it('lists five statements a page, and Previous and Next move through them, announced', async () => {
		const w = await openPage(browser, { viewport: { width: 640, height: 900 } });
		await w.page.goto(new URL('embed/table', root).href, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const rows = w.page.locator('tbody tr[data-statement]:not([hidden])');
		const pages = Math.ceil(statements.length / 5);
		expect(pages).toBeGreaterThan(1);
		expect(await rows.count()).toBe(5);
		const status = w.page.locator('output[aria-live="polite"]');
		expect(await status.textContent()).toContain(`rows 1–5 of ${statements.length} listed`);
		const next = w.page.getByRole('button', { name: 'Next page' });
		const previous = w.page.getByRole('button', { name: 'Previous page' });
		expect(await previous.isDisabled()).toBe(true);
		await next.click();
		await expect.poll(() => status.textContent()).toContain(`rows 6–10 of ${statements.length} listed`);
		expect(await rows.first().getAttribute('data-statement')).toBe(statements[5].id);
		for (let p = 2; p < pages; p++) await next.click();
		await expect.poll(() => next.isDisabled()).toBe(true);
		expect(await rows.count()).toBe(statements.length - (pages - 1) * 5);
		await previous.click();
		await expect.poll(() => rows.count()).toBe(5);
		await w.context.close();
	}, 60_000);
});
