/**
 * The map as a reader sees it at a phone's, a report column's and a desk's width, on /embed/map and in the
 * notebook: names big enough to read and clear of each other and of the symbols, the Caucasus named with
 * arcs that answer the pointer, the United States on the edge with its card, a key no taller than the map.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hydrated, launchBrowser, openPage } from './browser';

const root = inject('siteRoot');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const boxes = (l: Locator) => l.evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height, text: e.textContent ?? '' }; }));

const card = (page: Page) => page.locator('[role="tooltip"]');

describe.each([
	{ where: '/embed/map', path: 'embed/map', map: '.map' },
	{ where: 'the notebook', path: '', map: '#cell-map .map' }
])('the map on $where', ({ path, map }) => {
	it.each([390, 640, 1440])('at %i px is legible: labels, the Caucasus, the United States, the key, no sideways scroll', async (width) => {
		const w = await openPage(browser, { viewport: { width, height: 900 } });
		await w.page.goto(new URL(path, root).href, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const chart = w.page.locator(map).first();
		await chart.scrollIntoViewIfNeeded();
		const svg = chart.locator(':scope > svg');
		// The labels are placed for the map's width once it is measured: wait for the font size to say so.
		await expect.poll(async () => (await boxes(svg.locator('g.labels text'))).every((b) => b.height >= 11)).toBe(true);

		const labels = await boxes(svg.locator('g.labels text'));
		const symbols = await boxes(svg.locator('g.symbols path'));
		expect(labels.length).toBeGreaterThan(5);
		for (const l of labels) {
			for (const o of labels) if (o !== l) expect(overlap(l, o), `"${l.text}" on "${o.text}"`).toBe(false);
			for (const s of symbols) expect(overlap(l, s), `"${l.text}" on a symbol`).toBe(false);
		}

		// Coded as the group they were addressed as (the 3+3 format: docs/dataset.md's codebook), the three have no
		// arc of their own: each is named, and its country, focused, shows the group's statements.
		for (const [id, name] of [['GEO', 'Georgia'], ['ARM', 'Armenia'], ['AZE', 'Azerbaijan']]) {
			await expect.poll(() => svg.locator(`g.labels text[data-label-for="${id}"]`).isVisible(), { message: name }).toBe(true);
			await svg.locator('path.country').filter({ has: w.page.locator('xpath=self::*[starts-with(@aria-label, "' + name + ':")]') }).focus();
			await expect.poll(() => card(w.page).locator('.heading').first().textContent()).toContain(name);
			expect(await card(w.page).textContent()).toMatch(/Member of .*3\+3/);
			expect(await card(w.page).locator('li').count()).toBeGreaterThan(0);
		}

		const usa = chart.getByRole('button', { name: /^United States: / });
		expect(await usa.isVisible()).toBe(true);
		await usa.focus();
		await expect.poll(() => card(w.page).locator('.heading').first().textContent()).toMatch(/^United States: /);

		const mapBox = (await svg.boundingBox())!;
		const legendBox = (await chart.locator('.legend').boundingBox())!;
		expect(legendBox.height).toBeLessThanOrEqual(mapBox.height);
		expect(await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	}, 120_000);
});

describe('zoom to the filter', () => {
	it.each([390, 1440])('/?recipient=AFG at %i px frames Iran, Russia and Afghanistan across most of the map', async (width) => {
		const w = await openPage(browser, { viewport: { width, height: 900 } });
		await w.page.goto(new URL('?recipient=AFG', root).href, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const svg = w.page.locator('#cell-map .map > svg');
		const mapBox = (await svg.boundingBox())!;
		const span = async () => {
			const named = await Promise.all(['IRN', 'RUS', 'AFG'].map((id) => svg.locator(`g.labels text[data-label-for="${id}"]`).boundingBox()));
			if (named.some((b) => !b)) return 0;
			const left = Math.min(...named.map((b) => b!.x));
			const right = Math.max(...named.map((b) => b!.x + b!.width));
			return (right - left) / mapBox.width;
		};
		// "Most of the width": the names of the three span more than half of it (Moscow to Tehran is tall: a 2:1 view is as high as it allows).
		await expect.poll(span).toBeGreaterThan(0.5);
		await w.context.close();
	}, 120_000);

	it('a filter zooms in animated, or at once with reduced motion; a pin zooms too; "Whole map" zooms out', async () => {
		for (const reducedMotion of ['no-preference', 'reduce'] as const) {
			const w = await openPage(browser, { viewport: { width: 1000, height: 900 }, reducedMotion });
			await w.page.goto(root, { waitUntil: 'networkidle' });
			await hydrated(w.page);
			const svg = w.page.locator('#cell-map .map > svg');
			const whole = await svg.getAttribute('viewBox');
			// Record every viewBox drawn, frame by frame, from the filter change until it has been still for 10 frames.
			const frames = w.page.evaluate(() => new Promise<string[]>((done) => {
				const el = document.querySelector('#cell-map .map > svg')!;
				const seen: string[] = [el.getAttribute('viewBox')!];
				let still = 0;
				const tick = () => {
					const v = el.getAttribute('viewBox')!;
					if (v !== seen[seen.length - 1]) { seen.push(v); still = 0; } else still++;
					if (seen.length > 1 && still > 10) done(seen);
					else requestAnimationFrame(tick);
				};
				requestAnimationFrame(tick);
			}));
			await w.page.locator('.filter-bar select[name=recipient]').selectOption('AFG');
			const seen = await frames;
			expect(seen[0]).toBe(whole);
			if (reducedMotion === 'reduce') expect(seen).toHaveLength(2);
			else expect(seen.length).toBeGreaterThan(3);
			const reset = w.page.locator('#cell-map').getByRole('button', { name: 'Whole map' });
			await reset.click();
			await expect.poll(() => svg.getAttribute('viewBox')).toBe(whole);
			expect(await reset.count()).toBe(0);
			await w.context.close();
		}
		// A pin frames its parties: Afghanistan's card pinned on the whole map narrows the view to Iran, Russia and Afghanistan.
		const w = await openPage(browser, { viewport: { width: 1000, height: 900 }, reducedMotion: 'reduce' });
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const svg = w.page.locator('#cell-map .map > svg');
		const whole = (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
		await w.page.locator('#cell-map').getByRole('button', { name: /^Afghanistan: / }).focus();
		await w.page.keyboard.press('Enter');
		await expect.poll(async () => Number((await svg.getAttribute('viewBox'))!.split(' ')[2])).toBeLessThan(whole[2]);
		await w.context.close();
	}, 120_000);
});
