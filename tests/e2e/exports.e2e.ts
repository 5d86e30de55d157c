import AxeBuilder from '@axe-core/playwright';
import { DOMParser } from '@xmldom/xmldom';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHARTS as ALL_CHARTS } from '../../src/lib/charts/registry';
import { generateDataset } from '../../src/lib/data/generate';
import { buildGraph } from '../../src/lib/graph/build';
import { builtInDataset } from '../../src/lib/server/dataset';
import { hydrated, launchBrowser, openPage, pinnedCard } from './browser';
import { serveStatic, type StaticSite } from './static-server';
import { seedDataset } from '../../src/lib/data/seed/dataset';

const root = inject('siteRoot');
const EXPORT_DIR = join('build', 'export');
const CHARTS = ALL_CHARTS.filter((c) => c.figure).map((c) => c.id);
/** A dataset with more links than the network draws as SVG, and its count of links as the chart builds them. */
const MANY_LINKS = generateDataset({ actors: 40, statements: 600, seed: 3 });
const MANY_LINK_EDGES = buildGraph(MANY_LINKS.actors, MANY_LINKS.statements).edges.length;
/** The most links the network draws as SVG (NetworkChart.svelte's CANVAS_THRESHOLD, a setting, not a count). */
const CANVAS_THRESHOLD = 300;

/** What the map's key says for the seed data beyond roles and line colours, and so what its exported key must say. */
const MAP_KEY_ENTRIES = [
	'Member of a group, no statement of its own',
	'EU member state',
	'Dotted outline: 3+3 format',
	'Organization, at its seat',
	'Group of states, where it meets',
	'The reporting outlet, at its dateline',
	'Dashed: the outlet’s own voice',
	'Arrow at the recipient; thicker: more statements'
];

const textsOf = (svg: string) => Array.from(parseXml(svg).doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');

function parseXml(text: string) {
	const errors: string[] = [];
	const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(text, 'image/svg+xml');
	return { doc, errors };
}

/** Share of pixels that differ from the top-left (background) pixel. */
function inkShare(rgba: Uint8Array | Uint8ClampedArray): number {
	const [r, g, b] = [rgba[0], rgba[1], rgba[2]];
	let ink = 0;
	for (let i = 0; i < rgba.length; i += 4)
		if (Math.abs(rgba[i] - r) + Math.abs(rgba[i + 1] - g) + Math.abs(rgba[i + 2] - b) > 40) ink++;
	return ink / (rgba.length / 4);
}

function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Press a cell's export button (from the keyboard: a card may lie over it) and return the file's bytes. */
async function exportFrom(page: Page, cell: string, kind: 'SVG' | 'PNG' | 'CSV' | 'JSON'): Promise<Buffer> {
	const button = page.locator(`#cell-${cell} .toolbar > button`, { hasText: kind });
	// A figure is exported once it is drawn (a Plot chart draws after the page's start, when idle): on a busy
	// machine the button can be pressed first, and says there is nothing to export instead of downloading.
	if (kind === 'SVG' || kind === 'PNG') await page.locator(`#cell-${cell} svg[data-chart-figure]:visible`).first().waitFor();
	await expect.poll(() => button.isEnabled(), { message: `${cell} ${kind} enabled` }).toBe(true);
	// Pressed before the page has hydrated (the network can be idle before that on a loaded machine), a
	// prerendered button does nothing: no download and no status. Then it is pressed once more.
	const first = page.waitForEvent('download', { timeout: 15_000 }).catch(() => null);
	await button.press('Enter');
	let download = await first;
	if (!download) {
		const status = (await page.locator(`#cell-${cell} .toolbar [role="status"]`).textContent()) ?? '';
		if (status && !status.startsWith('Rendering')) throw new Error(`${cell} ${kind}: no download, status "${status}"`);
		const again = page.waitForEvent('download', { timeout: 60_000 });
		if (!status) await button.press('Enter');
		download = await again;
	}
	return readFileSync((await download.path())!);
}

/** The RGBA of the pixel at (x, y) of a PNG, decoded by the page's browser. */
function pngPixel(page: Page, bytes: Buffer, x: number, y: number): Promise<number[]> {
	return page.evaluate(
		async ({ b64, x, y }) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const c = document.createElement('canvas');
			c.width = img.width;
			c.height = img.height;
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			return [...ctx.getImageData(x, y, 1, 1).data];
		},
		{ b64: bytes.toString('base64'), x, y }
	);
}

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('static exports at build time', () => {
	it('writes an SVG and a PNG for each chart', () => {
		const files = readdirSync(EXPORT_DIR);
		for (const chart of CHARTS) expect(files).toEqual(expect.arrayContaining([`${chart}.svg`, `${chart}.png`]));
	});

	it.each(CHARTS)('%s.svg is self-contained XML with title, legend and source, and renders (resvg) to a non-blank image of its stated size', (chart) => {
		const text = readFileSync(join(EXPORT_DIR, `${chart}.svg`), 'utf8');
		const { doc, errors } = parseXml(text);
		expect(errors).toEqual([]);
		const svg = doc.documentElement!;
		const width = Number(svg.getAttribute('width'));
		const height = Number(svg.getAttribute('height'));
		expect(width).toBeGreaterThan(400);
		expect(text).not.toMatch(/(?:href|src)="https?:|url\(["']?https?:|@import|<link\b/);
		// Only colours and references every SVG renderer reads.
		expect(text).not.toMatch(/\b(?:var|color|color-mix|oklch|oklab|lab|lch)\(|url\(["']/);
		expect(text).toContain('Source: outlet not named, TEHRAN, 6 November 2021 (untitled)');
		expect(text).toContain(`All ${builtInDataset().statements.length} statements`);
		expect(text).toMatch(/Verbal (conflict|cooperation)|All conflictual/);
		const rendered = new Resvg(text, { font: { loadSystemFonts: true } }).render();
		expect([rendered.width, rendered.height]).toEqual([width, height]);
		expect(inkShare(rendered.pixels)).toBeGreaterThan(0.02);
	});

	it.each(CHARTS)('%s.svg embeds its font, Source Sans 3 regular and bold, as WOFF2 data a browser loads; no text names another', async (chart) => {
		const { doc } = parseXml(readFileSync(join(EXPORT_DIR, `${chart}.svg`), 'utf8'));
		const root = doc.documentElement!;
		expect(root.getAttribute('font-family')).toMatch(/^'Source Sans 3', /);
		const css = Array.from(doc.getElementsByTagName('style'), (s) => s.textContent ?? '').join('');
		const faces = [...css.matchAll(/@font-face\{font-family:'Source Sans 3';font-style:normal;font-weight:(\d+);src:url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g)];
		expect(faces.map((f) => f[1])).toEqual(['400', '700']);
		// The chart's own text (Plot's system-ui, the page's CSS) takes the figure's font.
		expect(Array.from(doc.getElementsByTagName('*')).filter((e) => e !== root && e.hasAttribute('font-family')).length).toBe(0);
		const w = await openPage(browser);
		const loaded = await w.page.evaluate(
			(list) =>
				Promise.all(
					list.map(async (b64) => {
						const face = new FontFace('probe', Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
						await face.load();
						return face.status;
					})
				),
			faces.map((f) => f[2])
		);
		expect(loaded).toEqual(['loaded', 'loaded']);
		await w.context.close();
	});

	it('map.svg keys what the map shows, as the page’s key does: members, the EU tint, the 3+3 outline, each symbol, the arrows', () => {
		const text = readFileSync(join(EXPORT_DIR, 'map.svg'), 'utf8');
		expect(textsOf(text)).toEqual(expect.arrayContaining(MAP_KEY_ENTRIES));
		// The symbols are drawn in the key as on the map (scaled), filled in plain colours.
		const keySymbols = Array.from(parseXml(text).doc.getElementsByTagName('path')).filter((p) => p.getAttribute('transform')?.includes('scale('));
		// The organisation, the group and the outlet, and the pointer for a party beyond the map.
		expect(keySymbols.map((p) => p.getAttribute('d'))).toEqual(expect.arrayContaining(['M-7,-7H7V7H-7Z', 'M-8,0A8,8 0 1,0 8,0A8,8 0 1,0 -8,0Z', 'M0,-9L9,0L0,9L-9,0Z']));
		expect(keySymbols).toHaveLength(4);
		for (const p of keySymbols) expect(p.getAttribute('fill')).toMatch(/^#[0-9a-f]{6}$/);
	});

	it.each(CHARTS)('%s: the PNG the build drew with resvg shows what the browser draws of the SVG: nothing black where the browser paints colour', async (chart) => {
		// The build draws the PNG in Node; resvg paints what it cannot read (color(srgb …), var(),
		// url("…") with quotes) black: matrix cells, hatched countries. The browser draws the same SVG here.
		const text = readFileSync(join(EXPORT_DIR, `${chart}.svg`), 'utf8');
		const w = await openPage(browser);
		const { blackened, pixels, sameSize } = await w.page.evaluate(
			async ({ svg, png }) => {
				const decode = async (src: string, scale: number) => {
					const img = new Image();
					img.src = src;
					await img.decode();
					const c = document.createElement('canvas');
					c.width = img.naturalWidth * scale;
					c.height = img.naturalHeight * scale;
					const ctx = c.getContext('2d')!;
					ctx.drawImage(img, 0, 0, c.width, c.height);
					return { data: ctx.getImageData(0, 0, c.width, c.height).data, width: c.width, height: c.height };
				};
				const browserDrawn = await decode(`data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svg)))}`, 2);
				const built = await decode(`data:image/png;base64,${png}`, 1);
				const [ours, theirs] = [browserDrawn.data, built.data];
				let blackened = 0;
				for (let i = 0; i < ours.length; i += 4) {
					// Black as resvg paints a value it cannot read (no text here is darker than #1d1d1f),
					// where the browser paints something light.
					const black = theirs[i] + theirs[i + 1] + theirs[i + 2] < 45 && theirs[i + 3] > 200;
					const light = ours[i] + ours[i + 1] + ours[i + 2] > 300;
					if (black && light) blackened++;
				}
				return { blackened, pixels: ours.length / 4, sameSize: browserDrawn.width === built.width && browserDrawn.height === built.height };
			},
			{ svg: text, png: readFileSync(join(EXPORT_DIR, `${chart}.png`)).toString('base64') }
		);
		expect(sameSize).toBe(true);
		expect(blackened / pixels, `${blackened} of ${pixels} pixels`).toBeLessThan(0.0005);
		await w.context.close();
	});

	it.each(CHARTS)('%s.png is a 2× rendering with content', async (chart) => {
		const bytes = readFileSync(join(EXPORT_DIR, `${chart}.png`));
		const svg = parseXml(readFileSync(join(EXPORT_DIR, `${chart}.svg`), 'utf8')).doc.documentElement!;
		const size = pngSize(bytes);
		expect(size).toEqual({ width: Number(svg.getAttribute('width')) * 2, height: Number(svg.getAttribute('height')) * 2 });
		const w = await openPage(browser);
		const share = await w.page.evaluate(async (b64) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const c = document.createElement('canvas');
			c.width = img.width;
			c.height = img.height;
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const d = ctx.getImageData(0, 0, c.width, c.height).data;
			let ink = 0;
			for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - d[0]) + Math.abs(d[i + 1] - d[1]) + Math.abs(d[i + 2] - d[2]) > 40) ink++;
			return ink / (d.length / 4);
		}, bytes.toString('base64'));
		// Not blank (a blank rendering has none): the tall timeline, one lane per acting party, inks about 2 %.
		expect(share).toBeGreaterThan(0.01);
		await w.context.close();
	});
});

describe('exports from a cell', () => {
	let site: StaticSite;
	const NASTY = `<img src=x onerror=alert(1)> & "United" States`;

	beforeAll(async () => {
		const dataset = JSON.parse(readFileSync(join('build', 'data', 'dataset.json'), 'utf8'));
		dataset.actors.find((a: { id: string }) => a.id === 'USA').name = NASTY;
		site = await serveStatic('build', '/x/', 0, {
			'/x/nasty.json': { type: 'application/json', body: JSON.stringify(dataset) },
			// More links than the network draws as SVG (it draws them on canvas).
			'/x/many-links.json': { type: 'application/json', body: JSON.stringify(MANY_LINKS) }
		});
	});
	afterAll(async () => {
		await site?.close();
	});

	it('escapes markup in data: the SVG stays valid XML and shows the name as typed, and no dialog fires', async () => {
		const w = await openPage(browser, { acceptDownloads: true });
		let dialogs = 0;
		w.page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		await w.page.goto(`${site.root}?dataset=nasty.json&recipient=USA`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await expect.poll(() => w.page.locator('#cell-table tbody tr[data-statement]:visible').count()).toBe(7);
		expect(await w.page.locator('main img[src="x"]').count()).toBe(0);
		const [download] = await Promise.all([
			w.page.waitForEvent('download'),
			w.page.locator('#cell-network .toolbar > button', { hasText: 'SVG' }).click()
		]);
		const text = readFileSync((await download.path())!, 'utf8');
		const { doc, errors } = parseXml(text);
		expect(errors).toEqual([]);
		const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
		expect(texts.some((t) => t?.includes(NASTY))).toBe(true);
		expect(doc.getElementsByTagName('img').length).toBe(0);
		// the subtitle (wrapped over lines) names the filter with the text as typed
		expect(texts.join(' ')).toContain(`filters: addressed to ${NASTY}`);
		// the source line names the opened dataset, as the page's footer does
		expect(texts.join(' ')).toMatch(/Source: outlet not named, TEHRAN, 6 November 2021 \(untitled\)\. Dataset: nasty\.json\. Coded in PLOVER 2\.0\./);
		expect(dialogs).toBe(0);
		await w.context.close();
	});

	it('an SVG exported after a filter change holds what is in sight, not what the filter left out', async () => {
		const w = await openPage(browser, { acceptDownloads: true });
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.locator('.filter-bar select[name=actor]').selectOption('RUS');
		// The change has reached the graph (something is left out) and its fades have ended.
		await w.page.waitForFunction(() => document.querySelectorAll('#cell-network g.pair.left-out').length > 0 && document.getAnimations().length === 0);
		const inSight = await w.page.locator('#cell-network g.pair[data-id]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).sort());
		expect(inSight.length).toBeLessThan(await w.page.locator('#cell-network g.pair[data-id]').count());
		const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.locator('#cell-network .toolbar > button', { hasText: 'SVG' }).click()]);
		const { doc, errors } = parseXml(readFileSync((await download.path())!, 'utf8'));
		expect(errors).toEqual([]);
		const exported = Array.from(doc.getElementsByTagName('g'))
			.map((g) => g.getAttribute('aria-label') ?? '')
			.filter((label) => label.includes(' → '))
			.sort();
		expect(exported).toEqual(inSight);
		const labels = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
		expect(labels).toContain('Russia');
		expect(labels).not.toContain('China'); // a node the filter left out, and its label
		await w.context.close();
	});

	it('the timeline and the matrix export the figure in sight after a filter change, not the default one kept hidden', async () => {
		const w = await openPage(browser, { acceptDownloads: true });
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.locator('.filter-bar select[name=actor]').selectOption('RUS');
		for (const cell of ['timeline', 'matrix']) {
			const marks = w.page.locator(`#cell-${cell} .plot-target`);
			// The default view's figure is hidden once this view's is drawn.
			await expect.poll(() => w.page.locator(`#cell-${cell} .prepared`).isHidden()).toBe(true);
			await expect.poll(() => marks.filter({ visible: true }).count()).toBeGreaterThan(0);
			const labels = (visible: boolean) => marks.filter({ visible }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
			const inSight = await labels(true);
			// The default view's figure stays in the page, hidden: it has marks this view has not.
			const leftOut = (await labels(false)).filter((label) => !inSight.includes(label));
			expect(leftOut.length, cell).toBeGreaterThan(0);
			const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.locator(`#cell-${cell} .toolbar > button`, { hasText: 'SVG' }).click()]);
			const { doc, errors } = parseXml(readFileSync((await download.path())!, 'utf8'));
			expect(errors).toEqual([]);
			const exported = new Set(Array.from(doc.getElementsByTagName('*')).map((e) => e.getAttribute('aria-label')));
			expect(inSight.filter((label) => !exported.has(label)), cell).toEqual([]);
			expect(leftOut.filter((label) => exported.has(label)), cell).toEqual([]);
		}
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it.each([
		{ how: 'theme=dark in the address', query: '?theme=dark', colorScheme: 'light' as const },
		{ how: 'the system’s dark scheme', query: '', colorScheme: 'dark' as const }
	])('a dark page ($how) exports SVG and PNG in the light theme, and stays dark', async ({ query, colorScheme }) => {
		const w = await openPage(browser, { acceptDownloads: true, colorScheme });
		await w.page.goto(`${root}${query}`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const pageBg = () => w.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		const DARK_BG = 'rgb(22, 23, 26)';
		expect(await pageBg()).toBe(DARK_BG);
		for (const cell of ['network', 'matrix', 'map']) {
			const text = (await exportFrom(w.page, cell, 'SVG')).toString('utf8');
			const { doc, errors } = parseXml(text);
			expect(errors).toEqual([]);
			// The figure's background, its title and the chart's own labels have the light theme's colours.
			expect(doc.getElementsByTagName('rect')[0].getAttribute('fill'), cell).toBe('#fbfaf7');
			expect(doc.getElementsByTagName('text')[0].getAttribute('fill'), cell).toBe('#1d1d1f');
			expect(text, cell).toMatch(/fill:(?:rgb\(29, 29, 31\)|#1d1d1f)/);
			// Nothing of the dark theme: its text, background, surface or land colours.
			expect(text, cell).not.toMatch(/#ececef|#16171a|#1e2024|#2a2c31|rgb\((?:236, 236, 239|22, 23, 26|30, 32, 36|42, 44, 49)\)/);
		}
		const png = await exportFrom(w.page, 'network', 'PNG');
		expect(await pngPixel(w.page, png, 2, 2)).toEqual([251, 250, 247, 255]);
		// The page itself kept its theme.
		expect(await pageBg()).toBe(DARK_BG);
		expect(await w.page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe(query ? 'dark' : null);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it.each([
		{ view: 'all statements', query: '', left: [] },
		{ view: 'statements to Afghanistan: no EU party, no outlet’s voice', query: '?recipient=AFG', left: ['EU member state', 'Dashed: the outlet’s own voice'] }
	])('the map’s exported key says what the page’s key says ($view)', async ({ query, left }) => {
		const w = await openPage(browser, { acceptDownloads: true });
		await w.page.goto(`${root}${query}`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const pageKey = (await w.page.locator('#cell-map .legend li').allTextContents()).map((t) => t.trim());
		expect(pageKey).toEqual(expect.arrayContaining(MAP_KEY_ENTRIES.filter((e) => !left.includes(e))));
		const exported = textsOf((await exportFrom(w.page, 'map', 'SVG')).toString('utf8'));
		expect(exported).toEqual(expect.arrayContaining(pageKey));
		for (const entry of left) {
			expect(pageKey).not.toContain(entry);
			expect(exported).not.toContain(entry);
		}
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('a pinned selection is not in the export: the figures are those of the filters alone, and the page keeps its pin', async () => {
		const w = await openPage(browser, { acceptDownloads: true });
		await w.page.goto(`${root}?actor=IRN`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const cells = ['network', 'map', 'matrix', 'timeline'];
		const unpinned: Record<string, string> = {};
		for (const cell of cells) unpinned[cell] = (await exportFrom(w.page, cell, 'SVG')).toString('utf8');
		// Pin Iran in the network: its card opens, and every chart dims what is not Iran's.
		await w.page.locator('#cell-network').getByRole('button', { name: /^Iran \(state\)/ }).click();
		await expect.poll(() => pinnedCard(w.page).count()).toBe(1);
		const dimmed = () => w.page.locator('#cell-network svg .dim').count();
		expect(await dimmed()).toBeGreaterThan(0);
		await expect.poll(() => new URL(w.page.url()).searchParams.get('pin')).toBe('actor:IRN');
		for (const cell of cells) {
			const pinned = (await exportFrom(w.page, cell, 'SVG')).toString('utf8');
			expect(pinned, cell).not.toMatch(/opacity:0\.(18|25|3)\b/);
			expect(pinned, cell).toBe(unpinned[cell]);
		}
		// The page is as it was: pinned, dimmed, with the card.
		expect(await dimmed()).toBeGreaterThan(0);
		expect(await pinnedCard(w.page).count()).toBe(1);
		expect(new URL(w.page.url()).searchParams.get('pin')).toBe('actor:IRN');
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('a network drawn on canvas offers SVG and PNG disabled, with the reason in sight; with fewer links they work again', async () => {
		const w = await openPage(browser, { acceptDownloads: true });
		await w.page.goto(`${site.root}?dataset=many-links.json`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const network = w.page.locator('#cell-network');
		await expect.poll(() => network.locator('canvas').count(), { timeout: 60_000 }).toBeGreaterThan(0);
		expect(await network.locator('svg[data-chart-figure]').count()).toBe(0);
		const buttons = network.locator('.toolbar > button').filter({ hasText: /^(SVG|PNG)/ });
		expect(await buttons.count()).toBe(2);
		for (const button of await buttons.all()) {
			expect(await button.isDisabled()).toBe(true);
			const reason = await w.page.locator(`[id="${await button.getAttribute('aria-describedby')}"]`);
			expect(await reason.isVisible()).toBe(true);
			expect(await reason.textContent()).toBe(`No SVG or PNG: drawn on canvas: too many links for SVG (${MANY_LINK_EDGES} edges; SVG draws up to ${CANVAS_THRESHOLD}).`);
		}
		// CSV and JSON still work, and the other cells still offer their figures.
		expect(JSON.parse((await exportFrom(w.page, 'network', 'JSON')).toString('utf8')).statements).toHaveLength(MANY_LINKS.statements.length);
		expect(await w.page.locator('#cell-matrix .toolbar > button', { hasText: 'SVG' }).isDisabled()).toBe(false);
		// One actor's statements: few enough links for SVG, and the buttons export it.
		await w.page.locator('.filter-bar select[name=actor]').selectOption('A0002');
		await expect.poll(() => network.locator('svg[data-chart-figure]').count()).toBe(1);
		for (const button of await buttons.all()) expect(await button.isDisabled()).toBe(false);
		expect(await network.locator('.toolbar').textContent()).not.toContain('No SVG');
		const { errors } = parseXml((await exportFrom(w.page, 'network', 'SVG')).toString('utf8'));
		expect(errors).toEqual([]);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('downloads the rows shown as CSV and JSON', async () => {
		const w = await openPage(browser, { acceptDownloads: true });
		await w.page.goto(`${root}?recipient=AFG`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const [csv] = await Promise.all([w.page.waitForEvent('download'), w.page.locator('#cell-table .toolbar > button', { hasText: 'CSV' }).click()]);
		const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
		// A row per (statement, actor, recipient): Iran and Russia each, for s18 and s19.
		const pairs = seedDataset.statements.filter((s) => s.recipients.includes('AFG')).reduce((n, s) => n + s.actors.length, 0);
		expect(lines).toHaveLength(1 + pairs);
		expect(lines[1]).toMatch(/^s18,/);
		const [json] = await Promise.all([w.page.waitForEvent('download'), w.page.locator('#cell-table .toolbar > button', { hasText: 'JSON' }).click()]);
		const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
		expect(data.statements.map((s: { id: string }) => s.id)).toEqual(['s18', 's19']);
		await w.context.close();
	});

	it('the table exports the rows its search leaves, in its sort order, as CSV and JSON', async () => {
		const w = await openPage(browser, { acceptDownloads: true });
		await w.page.goto(`${root}?actor=RUS&topic=jcpoa`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const table = w.page.locator('#cell-table');
		const shown = () => table.locator('tbody tr[data-statement]:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-statement')));
		await expect.poll(shown).toHaveLength(4);
		await table.getByRole('searchbox').fill('Lavrov also');
		await expect.poll(() => table.locator('output').textContent()).toBe('2 of 4 shown');
		await table.getByRole('button', { name: /^Date/ }).click();
		await table.getByRole('button', { name: /^Date/ }).click();
		await expect.poll(() => table.locator('th[aria-sort="descending"]').count()).toBe(1);
		const inTable = await shown();
		expect(inTable).toHaveLength(2);
		const csvIds = async () => {
			const [csv] = await Promise.all([w.page.waitForEvent('download'), table.locator('.toolbar > button', { hasText: 'CSV' }).click()]);
			const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n').slice(1);
			return [...new Set(lines.map((line) => line.split(',')[0]))];
		};
		const jsonIds = async () => {
			const [json] = await Promise.all([w.page.waitForEvent('download'), table.locator('.toolbar > button', { hasText: 'JSON' }).click()]);
			return JSON.parse(readFileSync((await json.path())!, 'utf8')).statements.map((s: { id: string }) => s.id);
		};
		expect(await csvIds()).toEqual(inTable);
		expect(await jsonIds()).toEqual(inTable);
		// Cleared, the search leaves every row the filters pass, still in the table's order.
		await table.getByRole('searchbox').fill('');
		await expect.poll(shown).toHaveLength(4);
		const all = await shown();
		expect(await csvIds()).toEqual(all);
		expect(await jsonIds()).toEqual(all);
		// The other cells export what the filters pass, not the table's search.
		await table.getByRole('searchbox').fill('Lavrov also');
		await expect.poll(() => table.locator('output').textContent()).toBe('2 of 4 shown');
		const [network] = await Promise.all([w.page.waitForEvent('download'), w.page.locator('#cell-network .toolbar > button', { hasText: 'JSON' }).click()]);
		expect(JSON.parse(readFileSync((await network.path())!, 'utf8')).statements).toHaveLength(4);
		await w.context.close();
	});
});

describe('the embed dialog', () => {
	it('gives a snippet for the current filters with title, lazy loading, a reserved height and the script', async () => {
		const w = await openPage(browser, { viewport: { width: 1200, height: 900 } });
		await w.page.goto(`${root}?recipient=AFG`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.locator('#cell-map .toolbar > button', { hasText: 'Embed' }).click();
		const code = w.page.locator('#cell-map dialog[open] textarea');
		await expect.poll(() => code.inputValue()).toContain('recipient=AFG');
		const snippet = await code.inputValue();
		expect(snippet).toMatch(/<iframe src="http:\/\/127\.0\.0\.1:\d+\/dashboard\/embed\/map\?recipient=AFG" title="Map: who addressed whom" loading="lazy" style="width:100%;height:\d+px;border:0"><\/iframe>/);
		expect(snippet).toMatch(/<script src="http:\/\/127\.0\.0\.1:\d+\/dashboard\/embed\.js" async><\/script>/);
		const preview = w.page.frameLocator('#cell-map dialog[open] iframe');
		await expect.poll(() => preview.locator('svg[data-chart-figure]').count()).toBe(1);
		// the preview reports its height, which becomes the reserved height of the snippet
		await expect.poll(async () => Number((await code.inputValue()).match(/height:(\d+)px/)![1]), { timeout: 8000 }).toBeGreaterThan(200);
		const axe = await new AxeBuilder({ page: w.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include('#cell-map dialog[open]').analyze();
		expect(axe.violations.map((v) => v.id)).toEqual([]);
		await w.page.keyboard.press('Escape');
		expect(await w.page.locator('#cell-map dialog[open]').count()).toBe(0);
		await w.context.close();
	});
});
