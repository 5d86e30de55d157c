/**
 * Publishing with your own words: an embed's address sets its headline, subtitle, notes and credit (as
 * text); a chart's Options set them for its exports and embed code, with the figure's width, background
 * and PNG scale; file names carry the filters; "Embed all" lists every chart's code with its preview.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHARTS } from '../../src/lib/charts/registry';
import { PUBLICATION_LIMITS } from '../../src/lib/data/publication';
import { seedDataset } from '../../src/lib/data/seed/dataset';
import { hydrated, launchBrowser, openPage } from './browser';

const root = inject('siteRoot');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const nameOf = (id: string) => seedDataset.actors.find((a) => a.id === id)!.name;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page: Page, press: () => Promise<void>) {
	const [file] = await Promise.all([page.waitForEvent('download'), press()]);
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Open a chart's Options dialog and return it. */
async function options(page: Page, chart: string) {
	await page.locator(`#cell-${chart} .toolbar > button`, { hasText: 'Options' }).click();
	const dialog = page.getByRole('dialog', { name: new RegExp(`^Publish`) });
	await dialog.waitFor();
	return dialog;
}

describe('an embed with its own words in the address', () => {
	it('shows the headline, subtitle, notes and credit as text, and keeps them out of "Open the full view"', async () => {
		const w = await openPage(browser);
		const long = 'y'.repeat(PUBLICATION_LIMITS.credit + 50);
		const params = new URLSearchParams({ title: '<b>Moscow & Tehran</b> agree', subtitle: 'On the JCPOA', credit: long, actor: 'IRN' });
		params.append('note', 'First <i>note</i>');
		params.append('note', 'Second note');
		await w.page.goto(`${root}embed/map?${params}`);
		await hydrated(w.page);
		const h1 = w.page.locator('h1');
		await expect.poll(() => h1.textContent()).toBe('<b>Moscow & Tehran</b> agree');
		expect(await h1.locator('b').count()).toBe(0);
		expect(await w.page.locator('.embed-title p').textContent()).toBe('On the JCPOA');
		expect(await w.page.locator('.embed-notes p').allTextContents()).toEqual(['First <i>note</i>', 'Second note']);
		expect(await w.page.locator('.embed-notes i').count()).toBe(0);
		const credit = (await w.page.locator('footer .credit').textContent())!;
		expect(credit).toHaveLength(PUBLICATION_LIMITS.credit);
		expect(credit.endsWith('…')).toBe(true);
		expect(await w.page.title()).toMatch(/^<b>Moscow & Tehran<\/b> agree — /);
		const full = new URL((await w.page.getByRole('link', { name: /Open the full view/ }).getAttribute('href'))!, w.page.url());
		expect([...full.searchParams.keys()]).toEqual(['actor']);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('title=0 still hides the title block, and shows no headline "0"', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}embed/map?title=0`);
		await hydrated(w.page);
		expect(await w.page.locator('.embed-title').isVisible()).toBe(false);
		expect(await w.page.locator('h1').textContent()).toBe(CHARTS.find((c) => c.id === 'map')!.title);
		await w.context.close();
	});
});

describe('a chart’s Options in the notebook', () => {
	it('put the headline, note and credit on the exported SVG, at the chosen width, named for the filters', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}?recipient=USA`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.locator('#cell-map svg[data-chart-figure]').first().waitFor();
		const dialog = await options(w.page, 'map');
		await dialog.getByLabel('Headline').fill('Russia and Iran <3 the JCPOA');
		await dialog.getByLabel(/^Notes/).fill('First note\nSecond note');
		await dialog.getByLabel('Credit').fill('Chart: Test Desk');
		await dialog.getByLabel('Width').selectOption('column');
		const svg = await download(w.page, () => dialog.getByRole('button', { name: /^Download SVG/ }).click());
		expect(svg.name).toBe('map-recipient-USA.svg');
		const text = svg.bytes.toString('utf8');
		expect(text).toMatch(/^<svg[^>]* width="640"/);
		expect(text).toContain('>Russia and Iran &lt;3 the JCPOA</text>');
		expect(text).toContain('>First note</text>');
		expect(text).toContain('>Second note</text>');
		expect(text).toContain('>Chart: Test Desk</text>');
		expect(text).toContain(`addressed to ${nameOf('USA')}`);
		await w.context.close();
	});

	it('export a PNG at the chosen scale and width: 3× a 640 px column is 1920 px wide', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.locator('#cell-timeline svg[data-chart-figure]:visible').first().waitFor();
		const dialog = await options(w.page, 'timeline');
		await dialog.getByLabel('Width').selectOption('column');
		await dialog.getByRole('radio', { name: '3×' }).check();
		const png = await download(w.page, () => dialog.getByRole('button', { name: /^Download PNG/ }).click());
		expect(png.name).toBe('timeline.png');
		expect(pngSize(png.bytes).width).toBe(640 * 3);
		// The square preset: 1080 × 1080 at 1×.
		await dialog.getByLabel('Width').selectOption('square');
		await dialog.getByRole('radio', { name: '1×' }).check();
		const square = await download(w.page, () => dialog.getByRole('button', { name: /^Download PNG/ }).click());
		expect(pngSize(square.bytes)).toEqual({ width: 1080, height: 1080 });
		await w.context.close();
	});

	it('a transparent background leaves the figure without one; the page theme keeps a dark page dark', async () => {
		const w = await openPage(browser, { colorScheme: 'dark' });
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.locator('#cell-map svg[data-chart-figure]').first().waitFor();
		const dialog = await options(w.page, 'map');
		const backgroundOf = (svg: string) => /<rect width="100%" height="100%" fill="([^"]+)"\/>/.exec(svg)?.[1] ?? null;
		await dialog.getByRole('radio', { name: 'Transparent' }).check();
		const clear = await download(w.page, () => dialog.getByRole('button', { name: /^Download SVG/ }).click());
		expect(backgroundOf(clear.bytes.toString('utf8'))).toBeNull();
		await dialog.getByRole('radio', { name: 'Page theme' }).check();
		const themed = await download(w.page, () => dialog.getByRole('button', { name: /^Download SVG/ }).click());
		const pageBackground = await w.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const bg = backgroundOf(themed.bytes.toString('utf8'))!;
		// Dark: the figure's background is as dark as the page's.
		const luminance = (css: string) => {
			const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(css);
			const channels = hex ? hex.slice(1, 4).map((h) => parseInt(h, 16)) : /(\d+),\s*(\d+),\s*(\d+)/.exec(css)!.slice(1, 4).map(Number);
			return channels.reduce((a, b) => a + b, 0) / 3;
		};
		expect(luminance(bg)).toBeLessThan(80);
		expect(luminance(pageBackground)).toBeLessThan(80);
		await w.context.close();
	});

	it('carry the headline into the chart’s embed code and preview', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const dialog = await options(w.page, 'network');
		await dialog.getByLabel('Headline').fill('Who talks to whom');
		await dialog.getByRole('button', { name: 'Close' }).click();
		await w.page.locator('#cell-network .toolbar > button', { hasText: 'Embed' }).click();
		const code = await w.page.locator('#embed-network-code').inputValue();
		const src = new URL(/<iframe src="([^"]+)"/.exec(code)![1].replace(/&amp;/g, '&'));
		expect(src.searchParams.get('title')).toBe('Who talks to whom');
		expect(code).toContain('title="Who talks to whom"');
		const preview = w.page.frameLocator('dialog[open] iframe');
		await expect.poll(() => preview.locator('h1').textContent()).toBe('Who talks to whom');
		await w.context.close();
	});

	it.each(['light', 'dark'] as const)('the Options and Embed all dialogs pass axe (%s)', async (colorScheme) => {
		const w = await openPage(browser, { colorScheme });
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const dialog = await options(w.page, 'map');
		const scan = async () => (await new AxeBuilder({ page: w.page }).include('dialog[open]').withTags(AXE_TAGS).analyze()).violations.map((v) => v.id);
		expect(await scan()).toEqual([]);
		await dialog.getByRole('button', { name: 'Close' }).click();
		await w.page.getByRole('button', { name: 'Embed all charts' }).click();
		expect(await scan()).toEqual([]);
		await w.context.close();
	});
});

describe('Embed all', () => {
	it('lists every chart’s code for the current filters, each with its live preview', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}?actor=RUS`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.getByRole('button', { name: 'Embed all charts' }).click();
		const dialog = w.page.getByRole('dialog', { name: 'Embed all charts' });
		for (const chart of CHARTS) {
			const section = dialog.getByRole('region', { name: chart.title, exact: true });
			const code = await section.locator('textarea').inputValue();
			const src = new URL(/<iframe src="([^"]+)"/.exec(code)![1].replace(/&amp;/g, '&'));
			expect([src.pathname.endsWith(`/embed/${chart.id}`), src.searchParams.getAll('actor')]).toEqual([true, ['RUS']]);
			await section.scrollIntoViewIfNeeded();
			const preview = section.frameLocator('iframe');
			await expect.poll(() => preview.locator('h1').textContent(), { timeout: 60_000 }).toBe(chart.title);
		}
		await w.context.close();
	});
});
