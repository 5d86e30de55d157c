import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { afterCardPlacement, framesLater, holdAppScripts, hydrated, launchBrowser, openCard, openPage } from './browser';
import { seedDataset } from '../../src/lib/data/seed/dataset';

const root = inject('siteRoot');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function axe(page: import('playwright-core').Page) {
	const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`);
}

/** A cell's open card, and a parameter of the page's address. */
/** The page's open card, when a mark in this cell opened it (the mark points at it with aria-describedby). */
const cardIn = (page: Page, cell: string) => page.locator(`body:has(#cell-${cell} [aria-describedby="statement-card"]) [data-statement-card]:popover-open`);
/** The same, pinned. */
const pinnedIn = (page: Page, cell: string) => page.locator(`body:has(#cell-${cell} [aria-describedby="statement-card"]) [data-statement-card][role="dialog"]:popover-open`);
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
/** The network's link from Russia to the United States. */
const rusUsaLink = (page: Page) => page.locator('#cell-network g.pair[aria-label^="Russia → United States"]');
/**
 * A point on the link's own curve, a third of the way along, in page coordinates: the middle of its box
 * may lie under another link that crosses it (Iran → 3+3 format does).
 */
async function onRusUsaLink(page: Page): Promise<{ x: number; y: number }> {
	await rusUsaLink(page).scrollIntoViewIfNeeded();
	return rusUsaLink(page).evaluate((g) => {
		const path = g.querySelector('path.hit') as SVGPathElement;
		const p = path.getPointAtLength(path.getTotalLength() / 3);
		const m = path.getScreenCTM()!;
		return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
	});
}

describe('linked views on the notebook', () => {
	it('?recipient=AFG shows only statements addressed to Afghanistan in every cell', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}?recipient=AFG`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const rows = w.page.locator('#cell-table tbody tr[data-statement]:visible');
		await expect.poll(() => rows.count()).toBe(2);
		expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-statement')))).toEqual(['s18', 's19']);
		const marks = w.page.locator('#cell-source mark[data-statement]');
		expect(await marks.evaluateAll((ms) => [...new Set(ms.map((m) => m.getAttribute('data-statement')))])).toEqual(['s18', 's19']);
		const cells = w.page.locator('#cell-matrix g.pairs > *');
		await expect.poll(() => cells.count()).toBe(2);
		const labels = await cells.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
		for (const label of labels) expect(label).toMatch(/→ Afghanistan:/);
		// The network's links and the map's arcs in sight: those to Afghanistan (the page hydrates the
		// prerendered view of all statements, then takes the filter: the rest is kept, hidden).
		for (const links of ['#cell-network g.pair[data-id]', '#cell-map g.arc']) {
			const labels = await w.page.locator(`${links}:visible`).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
			expect(labels.length, links).toBeGreaterThan(0);
			for (const label of labels) expect(label, links).toMatch(/→ Afghanistan:/);
		}
		expect(await w.page.locator('.filter-bar output').textContent()).toContain(`2 of ${seedDataset.statements.length} statements`);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('filters that leave nothing say so over each chart, on the notebook and in an embed', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}?actor=RUS&recipient=EU`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await expect.poll(() => w.page.locator('.filter-bar output').textContent()).toContain(`0 of ${seedDataset.statements.length}`);
		for (const cell of ['map', 'network', 'timeline', 'matrix']) {
			const note = w.page.locator(`#cell-${cell} .no-match`);
			expect(await note.isVisible(), cell).toBe(true);
			expect(await note.textContent(), cell).toContain('No statement matches the filters.');
		}
		// Back to all: the notes go.
		await w.page.locator('.filter-bar button', { hasText: 'Reset' }).click();
		await expect.poll(() => w.page.locator('.no-match').count()).toBe(0);
		await w.page.goto(`${root}embed/network?actor=RUS&recipient=EU`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await expect.poll(() => w.page.locator('.no-match').textContent()).toContain('No statement matches the filters.');
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('a filter change updates the URL, and Back restores the previous view', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const rows = w.page.locator('#cell-table tbody tr[data-statement]:visible');
		await expect.poll(() => rows.count()).toBe(seedDataset.statements.length);
		await w.page.locator('.filter-bar select[name=actor]').selectOption('RUS');
		await expect.poll(() => new URL(w.page.url()).searchParams.get('actor')).toBe('RUS');
		await expect.poll(() => rows.count()).toBe(7);
		// The network's links and the map's arcs this view leaves out are kept, hidden (the network's fade
		// out first): those in sight are the ones a page opened on this view draws.
		const inSight = (page: Page) =>
			Promise.all(['#cell-network g.pair[data-id]', '#cell-map g.arc'].map((links) => page.locator(`${links}:visible`).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).sort())));
		const opened = await w.context.newPage();
		await opened.goto(`${root}?actor=RUS`, { waitUntil: 'networkidle' });
		await hydrated(opened);
		await opened.waitForFunction(() => document.getAnimations().length === 0);
		const openedView = await inSight(opened);
		await opened.close();
		await expect.poll(() => inSight(w.page)).toEqual(openedView);
		expect(openedView[0].length).toBeLessThan(await w.page.locator('#cell-network g.pair[data-id]').count());
		await w.page.locator('.filter-bar select[name=event]').selectOption('verbal-conflict');
		await expect.poll(() => rows.count()).toBe(3);
		// The history entry is written a frame after the cells update (by design): wait for it.
		await expect.poll(() => new URL(w.page.url()).searchParams.get('event')).toBe('verbal-conflict');
		await w.page.goBack();
		await expect.poll(() => rows.count()).toBe(7);
		expect(new URL(w.page.url()).searchParams.get('event')).toBeNull();
		await w.page.goBack();
		await expect.poll(() => rows.count()).toBe(seedDataset.statements.length);
		await w.page.goForward();
		await expect.poll(() => rows.count()).toBe(7);
		await w.context.close();
	});

	it('a filter chosen before the page’s script has run is kept, and shown everywhere', async () => {
		const w = await openPage(browser);
		// Hold the app's scripts until the reader has chosen in the prerendered filter bar.
		const release = await holdAppScripts(w.page);
		await w.page.goto(root, { waitUntil: 'domcontentloaded' });
		await w.page.locator('.filter-bar select[name=actor]').selectOption('RUS');
		release();
		// The scripts load and hydrate now: that may take a while on a busy machine.
		await expect.poll(() => param(w.page, 'actor'), { timeout: 15_000 }).toBe('RUS');
		expect(await w.page.locator('.filter-bar select[name=actor]').inputValue()).toBe('RUS');
		const rows = w.page.locator('#cell-table tbody tr[data-statement]:visible');
		await expect.poll(() => rows.count()).toBe(await w.page.locator('.filter-bar output').evaluate((o) => Number(o.textContent!.split(' ')[0])));
		expect(await rows.count()).toBeLessThan(20);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('a pinned link that a filter leaves out is unpinned: no empty card, nothing dimmed', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const at = await onRusUsaLink(w.page);
		await w.page.mouse.click(at.x, at.y);
		await expect.poll(() => param(w.page, 'pin')).toBe('edge:RUS>USA');
		await expect.poll(() => cardIn(w.page, 'network').count()).toBe(1);
		// The pointer leaves: the charts' sizes follow the filter, and a mark moved under a resting pointer would be hovered.
		await w.page.mouse.move(2, 2);
		await w.page.locator('.filter-bar select[name=event]').selectOption('verbal-cooperation');
		await expect.poll(() => param(w.page, 'event')).toBe('verbal-cooperation');
		expect(param(w.page, 'pin')).toBeNull();
		expect(await openCard(w.page).count()).toBe(0);
		expect(await w.page.locator('#cell-network g.node.dim').count()).toBe(0);
		// Back brings the pin back with the view it was made in.
		await w.page.goBack();
		await expect.poll(() => cardIn(w.page, 'network').count()).toBe(1);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('one card for the page: it describes the mark hovered or focused now, whichever chart it is in', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const at = await onRusUsaLink(w.page);
		await w.page.mouse.move(at.x, at.y);
		await expect.poll(() => cardIn(w.page, 'network').count()).toBe(1);
		await w.page.mouse.move(2, 2);
		await expect.poll(() => openCard(w.page).count()).toBe(0);
		// The same link on the map (by keyboard: the map's arc has the same focus as the network's link).
		await w.page.locator('#cell-map').getByRole('button', { name: /^Russia → United States/ }).focus();
		await expect.poll(() => cardIn(w.page, 'map').count()).toBe(1);
		expect(await w.page.locator('[aria-describedby="statement-card"]').count()).toBe(1);
		expect(await openCard(w.page).count()).toBe(1);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('a card near the top of a filtered timeline opens beside its dot in the figure in sight (not a hidden one), whole on the screen', async () => {
		const w = await openPage(browser, { viewport: { width: 1280, height: 900 } });
		// A filter chosen on the page: the timeline keeps the default view's figure beside it, hidden.
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.locator('.filter-bar select[name=actor]').selectOption('IRN');
		// The timeline, below the fold, may take the filter a moment later (far-later): await its filtered figure.
		await expect.poll(() => w.page.locator('#cell-timeline [data-chart-figure]').count()).toBeGreaterThan(1);
		const figure = w.page.locator('#cell-timeline [data-chart-figure]:visible');
		await expect.poll(() => figure.count()).toBe(1);
		await figure.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		const dots = figure.locator('[tabindex="0"]');
		const top = await dots.evaluateAll((els) => els.map((e, i) => [i, e.getBoundingClientRect().top] as const).sort((a, b) => a[1] - b[1])[0][0]);
		await dots.nth(top).focus();
		await w.page.keyboard.press('Enter');
		const card = pinnedIn(w.page, 'timeline');
		await expect.poll(() => card.count()).toBe(1);
		await afterCardPlacement(w.page);
		const [c, d] = [(await card.boundingBox())!, (await dots.nth(top).boundingBox())!];
		const viewport = w.page.viewportSize()!;
		// Beside the dot, not over it, and whole on the screen.
		expect(c.y >= d.y + d.height || c.y + c.height <= d.y || c.x >= d.x + d.width || c.x + c.width <= d.x).toBe(true);
		expect(c.y).toBeGreaterThanOrEqual(0);
		expect(c.y + c.height).toBeLessThanOrEqual(viewport.height);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('a hover card takes no focus; pinned, Tab from its mark goes to its Close button', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const where = () => w.page.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', inCard: !!document.activeElement?.closest('[data-statement-card]') }));
		for (const cell of ['network', 'timeline']) {
			const marks = w.page.locator(`#cell-${cell} svg [tabindex="0"]`);
			await marks.last().focus();
			const card = cardIn(w.page, cell);
			await expect.poll(() => card.count(), { message: cell }).toBe(1);
			expect(await card.locator('a').first().getAttribute('tabindex'), cell).toBe('-1');
			// Tab from the last mark goes on past the card: it closes, and the focus is not dropped.
			await w.page.keyboard.press('Tab');
			expect((await where()).inCard, cell).toBe(false);
			expect((await where()).tag, cell).not.toBe('BODY');
			await expect.poll(() => card.count(), { message: cell }).toBe(0);
			// Pinned, Tab from the mark goes to the card's link.
			await marks.last().focus();
			await w.page.keyboard.press('Enter');
			await expect.poll(() => pinnedIn(w.page, cell).count(), { message: cell }).toBe(1);
			await w.page.keyboard.press('Tab');
			expect(await where(), cell).toEqual({ tag: 'BUTTON', inCard: true });
			await w.page.keyboard.press('Escape');
			await expect.poll(() => param(w.page, 'pin'), { message: cell }).toBeNull();
		}
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('a mark with the focus that Forward leaves out hands the focus to its cell’s heading, not the body', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.locator('.filter-bar select[name=recipient]').selectOption('AFG');
		await expect.poll(() => param(w.page, 'recipient')).toBe('AFG');
		await w.page.goBack();
		await expect.poll(() => param(w.page, 'recipient')).toBeNull();
		for (const [cell, mark] of [
			['network', w.page.locator('#cell-network g.node[aria-label^="Georgia"]')],
			['map', w.page.locator('#cell-map').getByRole('button', { name: /^Russia → United States/ })]
		] as const) {
			await mark.focus();
			await expect.poll(() => cardIn(w.page, cell).count(), { message: cell }).toBe(1);
			await w.page.goForward();
			await expect.poll(() => param(w.page, 'recipient')).toBe('AFG');
			const active = () => w.page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);
			await expect.poll(active, { message: cell }).toBe(`cell-${cell}-heading`);
			expect(await cardIn(w.page, cell).count(), cell).toBe(0);
			// The next Tab goes on into the cell's chart.
			await w.page.keyboard.press('Tab');
			expect(await w.page.evaluate((c) => document.activeElement?.closest('section')?.id, cell)).toBe(`cell-${cell}`);
			await w.page.goBack();
			await expect.poll(() => param(w.page, 'recipient')).toBeNull();
		}
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('Tab from a pinned mark goes into its card, and from the card on to the next mark', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const active = () => w.page.evaluate(() => ({ label: document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '', inCard: !!document.activeElement?.closest('[data-statement-card]') }));
		for (const cell of ['map', 'network', 'timeline']) {
			const marks = w.page.locator(`#cell-${cell} svg [tabindex="0"]`);
			const first = marks.first();
			const label = await first.getAttribute('aria-label');
			const after = await marks.nth(1).getAttribute('aria-label');
			await first.focus();
			await w.page.keyboard.press('Enter');
			await expect.poll(() => pinnedIn(w.page, cell).count(), { message: cell }).toBe(1);
			await w.page.keyboard.press('Tab');
			expect(await active(), cell).toMatchObject({ inCard: true });
			await w.page.keyboard.press('Shift+Tab');
			expect(await active(), cell).toEqual({ label, inCard: false });
			await w.page.keyboard.press('Tab');
			for (let i = 0; i < 80 && (await active()).inCard; i++) await w.page.keyboard.press('Tab');
			expect(await active(), cell).toEqual({ label: after, inCard: false });
			await w.page.keyboard.press('Escape');
			await expect.poll(() => param(w.page, 'pin')).toBeNull();
		}
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('a click pins a link without a focus ring, and Escape closing the embed dialog keeps the pin', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const link = rusUsaLink(w.page);
		const at = await onRusUsaLink(w.page);
		await w.page.mouse.click(at.x, at.y);
		await expect.poll(() => param(w.page, 'pin')).toBe('edge:RUS>USA');
		expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
		await w.page.locator('#cell-network .toolbar > button', { hasText: 'Embed' }).click();
		await expect.poll(() => w.page.locator('dialog[open]').count()).toBe(1);
		await w.page.keyboard.press('Escape');
		await expect.poll(() => w.page.locator('dialog[open]').count()).toBe(0);
		await framesLater(w.page);
		expect(param(w.page, 'pin')).toBe('edge:RUS>USA');
		// With no dialog open, Escape clears the pin.
		await w.page.keyboard.press('Escape');
		await expect.poll(() => param(w.page, 'pin')).toBeNull();
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('going back to a view shows the timeline drawn for it before, which still answers the pointer', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const actor = w.page.locator('.filter-bar select[name=actor]');
		const drawn = w.page.locator('#cell-timeline .drawn svg');
		await actor.selectOption('RUS');
		await expect.poll(() => drawn.count()).toBe(1);
		await expect.poll(() => new URL(w.page.url()).searchParams.get('actor')).toBe('RUS');
		await drawn.evaluate((svg) => svg.setAttribute('data-first-drawing', ''));
		await actor.selectOption('');
		await expect.poll(() => w.page.locator('#cell-timeline .drawn').isHidden()).toBe(true);
		await expect.poll(() => new URL(w.page.url()).searchParams.get('actor')).toBeNull();
		await w.page.goBack();
		await expect.poll(() => actor.inputValue()).toBe('RUS');
		// The same element, not a new drawing; its dots are wired and follow the selection as before.
		await expect.poll(() => w.page.locator('#cell-timeline .drawn svg[data-first-drawing]').count()).toBe(1);
		const dots = w.page.locator('#cell-timeline .drawn .plot-target');
		expect(await dots.count()).toBe(7);
		await dots.first().hover();
		await expect.poll(() => cardIn(w.page, 'timeline').count()).toBe(1);
		expect(await w.page.locator('#cell-timeline .drawn .plot-target.is-active').count()).toBeGreaterThan(0);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('with the speed tricks off (?speed=off) a filter and its undoing show what they show with them on, and nothing is kept hidden', async () => {
		/** What the reader sees of each chart: the marks in sight (a mark kept hidden has the class left-out). */
		const inSight = (page: Page) =>
			page.evaluate(() => ({
				nodes: document.querySelectorAll('#cell-network g.node[data-id]:not(.left-out)').length,
				hidden: document.querySelectorAll('#cell-network .left-out, #cell-map .left-out').length,
				arcs: document.querySelectorAll('#cell-map g.arc:not(.left-out)').length,
				dots: document.querySelectorAll('#cell-timeline .plot-figure > .plot-host > :not([hidden]) .plot-target').length,
				cells: document.querySelectorAll('#cell-matrix .plot-figure > .plot-host > :not([hidden]) .plot-target').length,
				facts: document.querySelector('.facts dd')?.textContent ?? ''
			}));
		const seen: Record<string, Awaited<ReturnType<typeof inSight>>[]> = {};
		for (const speed of ['on', 'off']) {
			const w = await openPage(browser);
			await w.page.goto(`${root}${speed === 'off' ? '?speed=off' : ''}`, { waitUntil: 'networkidle' });
			await hydrated(w.page);
			const actor = w.page.locator('.filter-bar select[name=actor]');
			const states = (seen[speed] = [await inSight(w.page)]);
			for (const value of ['RUS', '']) {
				await actor.selectOption(value);
				await expect.poll(() => param(w.page, 'actor')).toBe(value || null);
				// Settled: the Plot figures of the view are drawn (one per statement of the actor, the table's rows).
				const rows = await w.page.locator('.filter-bar output').evaluate((o) => Number(o.textContent!.split(' ')[0]));
				await expect.poll(async () => (await inSight(w.page)).dots).toBe(rows);
				await framesLater(w.page);
				states.push(await inSight(w.page));
			}
			expect(w.consoleErrors).toEqual([]);
			await w.context.close();
		}
		const { hidden: _on, ...on } = seen.on[1];
		expect(seen.on[1].hidden).toBeGreaterThan(0); // with the tricks on, what RUS leaves out is kept, hidden
		expect(seen.off.map(({ hidden: _, ...rest }) => rest)).toEqual(seen.on.map(({ hidden: _, ...rest }) => rest));
		expect(seen.off.map((s) => s.hidden)).toEqual([0, 0, 0]);
		expect(on.nodes).toBeLessThan(seen.on[0].nodes);
	});

	it('hovering the last highlight shows the whole card, in the window and over everything', async () => {
		const w = await openPage(browser, { viewport: { width: 1280, height: 900 } });
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const last = w.page.locator('#cell-source mark .hit').last();
		await last.scrollIntoViewIfNeeded();
		await w.page.mouse.wheel(0, 2000);
		await last.hover();
		const card = cardIn(w.page, 'source');
		await expect.poll(() => card.count()).toBe(1);
		await afterCardPlacement(w.page);
		// The page ends under the last highlight: the card opens above it, whole, not cut by the window.
		const box = (await card.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(900);
		// Not clipped by the cell or covered (hit-testing follows clipping; the card lets the pointer
		// through, so it takes it for this check).
		await card.evaluate((el) => ((el as HTMLElement).style.pointerEvents = 'auto'));
		for (const y of [box.y + 4, box.y + box.height - 4]) {
			expect(await w.page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('[data-statement-card]'), { x: box.x + box.width / 2, y })).toBe(true);
		}
		await w.context.close();
	});

	it('selecting a highlight in the source reader marks the same statement in the table and the matrix', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const highlight = w.page.locator('#cell-source mark[data-statement="s16"] [role="button"]');
		await highlight.scrollIntoViewIfNeeded();
		await highlight.click();
		await expect.poll(() => new URL(w.page.url()).searchParams.get('pin')).toBe('statement:s16');
		const row = w.page.locator('#cell-table tr[data-statement="s16"]');
		expect(await row.getAttribute('aria-current')).toBe('true');
		expect(await row.getAttribute('class')).toContain('active');
		const rusUsa = w.page.locator('#cell-matrix g.pairs > [aria-label^="Russia → United States"]');
		expect(await rusUsa.getAttribute('class')).toContain('is-active');
		const card = cardIn(w.page, 'source');
		expect(await card.textContent()).toContain('Moscow has always stressed the need to stop U.S. destructive actions');
		// the pin survives a reload, since it lives in the URL
		await w.page.reload({ waitUntil: 'networkidle' });
		await expect.poll(() => w.page.locator('#cell-table tr[data-statement="s16"]').getAttribute('aria-current')).toBe('true');
		await w.page.keyboard.press('Escape');
		await expect.poll(() => new URL(w.page.url()).searchParams.get('pin')).toBeNull();
		await w.context.close();
	});

	it('a highlight answers the keyboard, and hovering a table row marks its statement in the source', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const highlight = w.page.locator('#cell-source mark[data-statement="s16"] [role="button"]');
		await highlight.focus();
		const card = cardIn(w.page, 'source');
		await expect.poll(() => card.count()).toBe(1);
		expect(await highlight.getAttribute('aria-describedby')).toBe(await card.getAttribute('id'));
		await w.page.keyboard.press('Enter');
		await expect.poll(() => new URL(w.page.url()).searchParams.get('pin')).toBe('statement:s16');
		expect(await highlight.getAttribute('aria-pressed')).toBe('true');
		await w.page.keyboard.press('Escape');
		await expect.poll(() => new URL(w.page.url()).searchParams.get('pin')).toBeNull();
		await highlight.blur();
		await expect.poll(() => card.count()).toBe(0);

		const row = w.page.locator('#cell-table tr[data-statement="s03"]');
		await row.scrollIntoViewIfNeeded();
		await row.locator('td').first().hover();
		await expect.poll(() => w.page.locator('#cell-source mark[data-statement="s03"]').first().getAttribute('class')).toContain('selected');
		// Moving within the row keeps the mark; leaving it clears it.
		await row.locator('td').nth(2).hover();
		expect(await w.page.locator('#cell-source mark[data-statement="s03"]').first().getAttribute('class')).toContain('selected');
		await w.page.locator('#cell-table caption, #cell-table h2, h1').first().hover();
		await expect.poll(() => w.page.locator('#cell-source mark.selected').count()).toBe(0);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('hovering a timeline dot shows its card with the quote', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const dot = w.page.locator('#cell-timeline g.statements > *').first();
		await dot.scrollIntoViewIfNeeded();
		await dot.hover();
		const card = cardIn(w.page, 'timeline');
		await expect.poll(() => card.count()).toBe(1);
		const label = await dot.getAttribute('aria-label');
		const quote = await card.locator('.words').first().textContent();
		expect(quote && quote.length).toBeGreaterThan(20);
		expect(label).toMatch(/^\d+ November 2021, /);
		await w.context.close();
	});

	it('prints without controls', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.emulateMedia({ media: 'print' });
		for (const selector of ['.filter-bar', '.theme', '#cell-table .tools', '#cell-table .actions'])
			expect(await w.page.locator(selector).first().isVisible(), selector).toBe(false);
		const png = await w.page.screenshot({ fullPage: true });
		expect(png.byteLength).toBeGreaterThan(10_000);
		await w.context.close();
	});

	it('has no axe violations in the default, filtered and pinned states', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		expect(await axe(w.page), 'default').toEqual([]);
		await w.page.goto(`${root}?recipient=USA&theme=dark`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		expect(await axe(w.page), 'filtered, dark').toEqual([]);
		await w.page.goto(`${root}?pin=edge:IRN>USA`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const cell = w.page.locator('#cell-matrix g.pairs > [aria-label^="Iran → United States"]');
		await cell.focus();
		await expect.poll(() => openCard(w.page).count()).toBeGreaterThan(0);
		expect(await axe(w.page), 'pinned').toEqual([]);
		await w.context.close();
	});
});
