/**
 * The statement card, the same for every chart (src/lib/interaction/): always on top, never over the
 * focused mark, closable by touch, scrollable by keyboard, linkable, and free of console errors.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/lib/data/generate';
import { seedDataset } from '../../src/lib/data/seed/dataset';
import { holdAppScripts, hydrated, launchBrowser, openCard, openPage, pinnedCard, type WatchedPage } from './browser';
import { serveStatic, type StaticSite } from './static-server';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BIG = generateDataset({ actors: 2000, statements: 5050, seed: 7 });

let browser: Browser;
let site: StaticSite;
beforeAll(async () => {
	browser = await launchBrowser();
	site = await serveStatic('build', '/dashboard/', 0, { '/dashboard/gen/big.json': { type: 'application/json', body: JSON.stringify(BIG) } });
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** A page that also records console warnings (Svelte's derived_inert, for one). */
async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<WatchedPage & { warnings: string[] }> {
	const w = await openPage(browser, options);
	const warnings: string[] = [];
	w.page.on('console', (m) => {
		if (m.type() === 'warning') warnings.push(m.text());
	});
	await w.page.goto(site.root + path);
	await hydrated(w.page);
	return { ...w, warnings };
}

/** The card is on top: at its centre and 8 px inside each corner, the page's topmost element is the card's. */
async function cardOnTop(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const card = document.querySelector('[data-statement-card]:popover-open')!;
		const r = card.getBoundingClientRect();
		const points: [string, number, number][] = [
			['centre', r.left + r.width / 2, r.top + r.height / 2],
			['top left', r.left + 8, r.top + 8],
			['top right', r.right - 8, r.top + 8],
			['bottom left', r.left + 8, r.bottom - 8],
			['bottom right', r.right - 8, r.bottom - 8]
		];
		return points.filter(([, x, y]) => !card.contains(document.elementFromPoint(x, y))).map(([name]) => name);
	});
}

/** Some part of the mark's box is outside the card's (the focused mark is not hidden by it). */
async function markInSight(mark: Locator, page: Page): Promise<boolean> {
	const m = (await mark.boundingBox())!;
	const c = (await openCard(page).boundingBox())!;
	const covered = m.x >= c.x && m.y >= c.y && m.x + m.width <= c.x + c.width && m.y + m.height <= c.y + c.height;
	const viewport = page.viewportSize()!;
	const onScreen = m.y + m.height > 0 && m.y < viewport.height;
	return !covered && onScreen;
}

async function axe(page: Page): Promise<string[]> {
	const r = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

/** Each chart with cards: where it is, and its first mark (the longest card where it matters). */
const CHARTS: { name: string; path: string; mark: (page: Page) => Locator }[] = [
	{ name: 'map (Iran, the longest card)', path: 'embed/map', mark: (p) => p.locator('[data-map-target="country:364"]') },
	{ name: 'map on the notebook', path: '', mark: (p) => p.locator('[data-map-target="country:364"]') },
	{ name: 'network (SVG)', path: 'embed/network', mark: (p) => p.locator('g.node[data-id="USA"]') },
	{ name: 'network on the notebook', path: '', mark: (p) => p.locator('g.node[data-id="IRN"]') },
	{ name: 'timeline', path: 'embed/timeline', mark: (p) => p.locator('.plot-target').first() },
	{ name: 'matrix', path: 'embed/matrix', mark: (p) => p.locator('.plot-target').first() },
	{ name: 'source text', path: '', mark: (p) => p.locator('.source-text .hit').first() }
];

describe.each([
	{ size: '1440 × 900', viewport: DESK },
	{ size: '390 × 844', viewport: PHONE }
])('cards at $size', ({ viewport }) => {
	it.each(CHARTS)('$name: focused, hovered and pinned, the card is on top and the focused mark stays in sight', async ({ path, mark }) => {
		const w = await open(path, { viewport });
		const m = mark(w.page);
		await m.scrollIntoViewIfNeeded();
		await m.focus();
		await expect.poll(() => openCard(w.page).getAttribute('role')).toBe('tooltip');
		expect(await cardOnTop(w.page)).toEqual([]);
		expect(await markInSight(m, w.page)).toBe(true);

		await w.page.keyboard.press('Enter');
		await expect.poll(() => openCard(w.page).getAttribute('role')).toBe('dialog');
		expect(await cardOnTop(w.page)).toEqual([]);
		expect(await markInSight(m, w.page)).toBe(true);
		// Tab goes into the pinned card (its Close button first); Escape closes it and gives the focus back.
		await w.page.keyboard.press('Tab');
		expect(await w.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Close');
		await w.page.keyboard.press('Escape');
		await expect.poll(() => openCard(w.page).count()).toBe(0);
		expect(await m.evaluate((el) => el === document.activeElement)).toBe(true);

		if (viewport === DESK) {
			await m.hover();
			await expect.poll(() => openCard(w.page).getAttribute('role')).toBe('tooltip');
			expect(await cardOnTop(w.page)).toEqual([]);
		}
		expect(w.consoleErrors).toEqual([]);
		expect(w.warnings).toEqual([]);
		await w.context.close();
	});
});

describe('cards on a phone (touch)', () => {
	const touch = { viewport: PHONE, hasTouch: true, isMobile: true };

	it.each(CHARTS.filter((c) => c.path !== 'embed/timeline'))('$name: a tap pins a bottom sheet; Close, and a tap outside, each close it', async ({ path, mark }) => {
		const w = await open(path, touch);
		const m = mark(w.page);
		await m.scrollIntoViewIfNeeded();
		await m.tap();
		const card = openCard(w.page);
		await expect.poll(() => card.getAttribute('role')).toBe('dialog');
		const box = (await card.boundingBox())!;
		expect(box.y + box.height).toBeCloseTo(PHONE.height, 0);
		expect(box.width).toBeCloseTo(PHONE.width, 0);
		expect(await markInSight(m, w.page)).toBe(true);
		const close = card.getByRole('button', { name: 'Close' });
		const closeBox = (await close.boundingBox())!;
		expect(Math.min(closeBox.width, closeBox.height)).toBeGreaterThanOrEqual(24);
		await close.tap();
		await expect.poll(() => openCard(w.page).count()).toBe(0);

		await m.scrollIntoViewIfNeeded();
		await m.tap();
		await expect.poll(() => card.getAttribute('role')).toBe('dialog');
		// Outside: the page's heading, above the sheet.
		await w.page.locator('h1').first().scrollIntoViewIfNeeded();
		await w.page.locator('h1').first().tap();
		await expect.poll(() => openCard(w.page).count()).toBe(0);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});
});

describe('cards everywhere', () => {
	it('a pinned card that scrolls can be scrolled from the keyboard, and axe finds nothing with a card hovered, focused or pinned, light and dark', async () => {
		for (const theme of ['light', 'dark']) {
			const w = await open(`embed/network?theme=${theme}`, { viewport: { width: 640, height: 700 } });
			const usa = w.page.locator('g.node[data-id="USA"]');
			await usa.focus();
			await expect.poll(() => openCard(w.page).getAttribute('role')).toBe('tooltip');
			// A hover card that does not fit is cut, and says how to see the rest: no scrollbar on it.
			const cut = await openCard(w.page).evaluate((c) => {
				const body = c.querySelector('.body')!;
				return { overflows: body.scrollHeight > body.clientHeight + 1, more: c.querySelector('.more')?.textContent ?? '' };
			});
			expect(cut.overflows).toBe(false);
			expect(cut.more).toMatch(/\d+ more — press Enter/);
			expect(await axe(w.page)).toEqual([]);
			await w.page.keyboard.press('Enter');
			await expect.poll(() => openCard(w.page).getAttribute('role')).toBe('dialog');
			const region = openCard(w.page).getByRole('region');
			expect(await region.getAttribute('tabindex')).toBe('0');
			await w.page.keyboard.press('Tab');
			await w.page.keyboard.press('Tab');
			expect(await region.evaluate((r) => r === document.activeElement)).toBe(true);
			await w.page.keyboard.press('PageDown');
			await expect.poll(() => region.evaluate((r) => r.scrollTop)).toBeGreaterThan(0);
			expect(await axe(w.page)).toEqual([]);
			await usa.hover();
			expect(await axe(w.page)).toEqual([]);
			await w.context.close();
		}
	});

	it('Tab from the last control of a pinned card goes on to the next mark', async () => {
		const w = await open('embed/network', { viewport: DESK });
		const nodes = w.page.locator('g.node[role="button"][tabindex="0"]');
		await nodes.first().focus();
		await w.page.keyboard.press('Enter');
		await expect.poll(() => openCard(w.page).getAttribute('role')).toBe('dialog');
		const controls = await openCard(w.page).locator('button, a[href], [tabindex="0"]').count();
		for (let i = 0; i <= controls; i++) await w.page.keyboard.press('Tab');
		expect(await nodes.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
		await w.context.close();
	});

	it('?pin=edge:RUS>USA opens that card pinned on load, in sight, with Lavrov’s statements; Back closes it', async () => {
		const lavrovToUsa = seedDataset.statements.filter((s) => s.actors.includes('RUS') && s.recipients.includes('USA'));
		expect(lavrovToUsa.length).toBeGreaterThan(0);
		for (const path of ['', 'embed/map', 'embed/network']) {
			const w = await open(`${path}?pin=edge:RUS%3EUSA`, { viewport: DESK });
			const card = openCard(w.page);
			await expect.poll(() => card.getAttribute('role')).toBe('dialog');
			const text = (await card.textContent()) ?? '';
			for (const s of lavrovToUsa) expect(text).toContain(s.quote.slice(0, 40));
			const box = (await card.boundingBox())!;
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.y + box.height).toBeLessThanOrEqual(DESK.height);
			await w.context.close();
		}
		// Pinned in the page, then Back: the pin leaves the address and the card closes.
		const w = await open('', { viewport: DESK });
		await w.page.locator('[data-map-target="country:364"]').click();
		await expect.poll(() => openCard(w.page).getAttribute('role')).toBe('dialog');
		await expect.poll(() => w.page.url()).toContain('pin=');
		await w.page.goBack();
		await expect.poll(() => pinnedCard(w.page).count()).toBe(0);
		await w.context.close();
	});

	it('the canvas network: a pointer on a node shows its card on top; a click pins it and a click elsewhere closes it', async () => {
		const w = await open(`embed/network?dataset=${encodeURIComponent('/dashboard/gen/big.json')}`, { viewport: DESK });
		const canvas = w.page.locator('canvas.overlay');
		await canvas.waitFor({ timeout: 30_000 });
		const box = (await canvas.boundingBox())!;
		let hit: { x: number; y: number } | null = null;
		for (let gy = 0.2; gy < 0.8 && !hit; gy += 0.05)
			for (let gx = 0.2; gx < 0.8 && !hit; gx += 0.04) {
				const p = { x: box.x + box.width * gx, y: box.y + box.height * gy };
				await w.page.mouse.move(p.x, p.y);
				if (await openCard(w.page).count()) hit = p;
			}
		expect(hit).not.toBeNull();
		expect(await cardOnTop(w.page)).toEqual([]);
		await w.page.mouse.click(hit!.x, hit!.y);
		await expect.poll(() => openCard(w.page).getAttribute('role')).toBe('dialog');
		await w.page.locator('h1').click();
		await expect.poll(() => openCard(w.page).count()).toBe(0);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('every focusable country on the map has a card, members of a group too', async () => {
		const w = await open('embed/map', { viewport: DESK });
		const countries = w.page.locator('path.country[tabindex="0"]');
		const n = await countries.count();
		expect(n).toBeGreaterThan(0);
		const silent: string[] = [];
		for (let i = 0; i < n; i++) {
			const c = countries.nth(i);
			await c.focus();
			// The card opens in the focus event's own task: by the next round trip it is there, or it is not. It
			// lists statements, or (a member of a group with none of its own) names the group.
			const card = openCard(w.page);
			const says = (await card.count()) ? ((await card.locator('li').count()) > 0 || /Member of /.test((await card.textContent()) ?? '')) : false;
			if (!says) silent.push((await c.getAttribute('aria-label')) ?? `#${i}`);
		}
		expect(silent).toEqual([]);
		await w.context.close();
	});
});

describe('a pointer that rests on a mark before the page is live', () => {
	it.each([
		{ page: 'the notebook', path: '' },
		{ page: 'the map embed', path: 'embed/map' }
	])('gets its card when $page hydrates, without moving', async ({ path }) => {
		const w = await openPage(browser, { viewport: DESK });
		const release = await holdAppScripts(w.page);
		await w.page.goto(site.root + path, { waitUntil: 'commit' });
		const iran = w.page.locator('[data-map-target="country:364"]').first();
		await iran.waitFor();
		await iran.hover();
		expect(await w.page.evaluate(() => document.documentElement.hasAttribute('data-hydrated'))).toBe(false);
		release();
		await hydrated(w.page);
		await expect.poll(() => openCard(w.page).getAttribute('role')).toBe('tooltip');
		const name = seedDataset.actors.find((a) => a.id === 'IRN')!.name;
		expect(await openCard(w.page).textContent()).toContain(name);
		await w.context.close();
	});

	// The notebook hydrates a cell far from view when it comes near or the browser is idle: here neither
	// comes (the observer never reports, the browser is never idle), so the cell stays as prerendered until
	// the pointer or the keyboard reaches it, which wakes it, and the mark's card shows.
	it.each([
		{ how: 'a pointer', island: '[data-island="cell"][data-chart="network"]', mark: '#cell-network g.node[data-id="IRN"]' },
		{ how: 'the keyboard focus', island: '[data-island="source"]', mark: '.source-text .hit' }
	])('$how reaching a mark in a notebook cell that is not live yet wakes it, and the card shows', async ({ how, island, mark }) => {
		const w = await openPage(browser, { viewport: DESK });
		await w.context.addInitScript(() => {
			window.requestIdleCallback = () => 0;
			window.IntersectionObserver = class {
				observe() {}
				unobserve() {}
				disconnect() {}
				takeRecords() {
					return [];
				}
			} as unknown as typeof IntersectionObserver;
		});
		await w.page.goto(site.root);
		await w.page.locator('[data-island="filters"][data-live]').waitFor({ state: 'attached' });
		const cell = w.page.locator(island);
		const m = w.page.locator(mark).first();
		await m.scrollIntoViewIfNeeded();
		expect(await cell.getAttribute('data-live')).toBeNull();
		if (how === 'a pointer') await m.hover();
		else await m.focus();
		await expect.poll(() => openCard(w.page).getAttribute('role')).toBe('tooltip');
		expect(await cell.getAttribute('data-live')).toBe('');
		expect((await openCard(w.page).locator('li').count()) > 0).toBe(true);
		expect(await w.page.evaluate(() => document.documentElement.hasAttribute('data-hydrated'))).toBe(false);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});
});
