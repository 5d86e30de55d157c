import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { framesLater, hydrated, launchBrowser, openPage } from './browser';
import { headlineOf } from '../../src/lib/data/headline';
import { seedDataset } from '../../src/lib/data/seed/dataset';
import { buildGraph } from '../../src/lib/graph/build';

const root = inject('siteRoot');
const origin = inject('siteOrigin');
/** Where to save screenshots for a person to look at, if anywhere (they are not compared). */
const SHOTS = process.env.E2E_SHOTS;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('the notebook page', () => {
	it('loads with no console error, no failed request and nothing from another origin', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		// The text gives no headline: the page's says what happened, from the data.
		await expect.poll(() => w.page.locator('h1').textContent()).toBe(headlineOf(seedDataset));
		expect(w.consoleErrors).toEqual([]);
		expect(w.failedRequests).toEqual([]);
		expect(w.requests.length).toBeGreaterThan(0);
		expect(w.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
		await w.context.close();
	});

	it('paints before it asks for its code: one stylesheet before the first paint, every script after it but its small loader', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const { fcp, styles, scripts } = await w.page.evaluate(() => {
			const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
			const name = (r: PerformanceResourceTiming) => new URL(r.name).pathname.split('/').pop() ?? '';
			return {
				fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
				styles: resources.filter((r) => r.initiatorType === 'link' && r.name.endsWith('.css')).map((r) => ({ file: name(r), start: r.startTime })),
				scripts: resources.filter((r) => r.name.endsWith('.js')).map((r) => ({ file: name(r), start: r.startTime }))
			};
		});
		expect(fcp).toBeGreaterThan(0);
		// The page's one stylesheet (src/lib/speed/page-head.ts); its chart views' own come with their code.
		expect(styles.filter((s) => s.start < fcp!).map((s) => s.file)).toEqual([expect.stringMatching(/^page\.[0-9a-f]{8}\.css$/)]);
		// The loader the page links (vite.config.ts, AFTER_FIRST_PAINT), then, after the paint, the rest.
		expect(scripts.filter((s) => s.start < fcp!).map((s) => s.file)).toEqual(['notebook.js']);
		expect(scripts.length).toBeGreaterThan(1);
		await w.context.close();
	});

	it('starts its code without a reported paint: in a page not shown, and when no paint is ever reported', async () => {
		const cases = [
			// Opened in the background: nothing is painted until it is shown.
			`Object.defineProperty(Document.prototype, 'visibilityState', { get: () => 'hidden' });`,
			// A browser that never reports the first contentful paint: the loader's time limit.
			`PerformanceObserver.prototype.observe = function () {};`
		];
		for (const script of cases) {
			const w = await openPage(browser);
			await w.page.addInitScript({ content: script });
			await w.page.goto(root);
			await hydrated(w.page);
			expect(await w.page.locator('[data-island][data-live]').count(), script).toBe(await w.page.locator('[data-island]').count());
			expect(w.consoleErrors, script).toEqual([]);
			await w.context.close();
		}
	});

	it('lists every statement with its quote, and links each to its sentence in the source', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const rows = w.page.locator('tbody tr');
		expect(await rows.count()).toBe(seedDataset.statements.length);
		const lavrov = w.page.locator('tr', { hasText: 'destructive actions' });
		await expect.poll(() => lavrov.textContent()).toContain('Sergei Lavrov');
		await lavrov.getByRole('link', { name: /show in source/i }).click();
		const mark = w.page.locator('mark:target');
		await expect.poll(() => mark.textContent()).toContain('Lavrov also noted that Moscow has always stressed');
		await w.context.close();
	});

	it('the table searches and sorts: a search keeps matching rows, a column sorts both ways, clearing restores the text order', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const table = w.page.locator('#cell-table');
		const ids = () => table.locator('tbody tr[data-statement]:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-statement')));
		const dates = () => table.locator('tbody tr time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
		const inTextOrder = await ids();
		await table.getByRole('searchbox').fill('Lavrov');
		await expect.poll(async () => (await ids()).length).toBeLessThan(seedDataset.statements.length);
		for (const text of await table.locator('tbody tr[data-statement]:visible').allTextContents()) expect(text).toMatch(/Lavrov/);
		await table.getByRole('searchbox').fill('');
		await table.getByRole('button', { name: /^Date/ }).click();
		await expect.poll(() => table.locator('th[aria-sort="ascending"]').count()).toBe(1);
		const up = await dates();
		expect(up).toEqual([...up].sort());
		expect(up).toHaveLength(seedDataset.statements.length);
		await table.getByRole('button', { name: /^Date/ }).click();
		await expect.poll(() => table.locator('th[aria-sort="descending"]').count()).toBe(1);
		const down = await dates();
		expect(down).toEqual([...down].sort().reverse());
		expect(new Set(await ids())).toEqual(new Set(inTextOrder));
		await w.context.close();
	});

	it('without scripts, on a phone (390 px), every cell shows its content and each figure in it, light and dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const w = await openPage(browser, { javaScriptEnabled: false, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme });
			await w.page.goto(root);
			const cells = await w.page.locator('section.cell').evaluateAll((els) => els.map((e) => e.id));
			expect(cells.length).toBeGreaterThan(0);
			const withFigure: string[] = [];
			for (const id of cells) {
				const cell = w.page.locator(`#${id}`);
				await cell.scrollIntoViewIfNeeded();
				// What of the chart, and of each figure it holds, is laid out and painted (a cell far from the screen is skipped until it nears it: content-visibility).
				const seen = () =>
					cell.evaluate((c) => {
						const shown = (el: Element) => {
							const box = el.getBoundingClientRect();
							const onScreen = box.width > 0 && box.height > 0 && box.left >= 0 && box.left < innerWidth;
							return onScreen && el.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true });
						};
						const figures = [...c.querySelectorAll('.chart svg[data-chart-figure]')];
						return { chart: shown(c.querySelector('.chart')!), figures: figures.length, shown: figures.filter(shown).length };
					});
				await expect.poll(async () => ({ id, colorScheme, chart: (await seen()).chart })).toEqual({ id, colorScheme, chart: true });
				const { figures, shown } = await seen();
				if (figures) withFigure.push(id);
				expect(shown > 0 || !figures, `${id} (${colorScheme}): none of its ${figures} figures shows`).toBe(true);
			}
			// The stance matrix and the timeline come drawn from the build at one width: they show here too.
			expect(withFigure).toEqual(expect.arrayContaining(['cell-matrix', 'cell-timeline']));
			await w.context.close();
		}
	});

	it('offers SVG and PNG in the cells that draw a figure, and not in the table or the source text', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const buttons = (cell: string) => w.page.locator(`#cell-${cell} footer .toolbar > button`).evaluateAll((bs) => bs.map((b) => b.firstChild?.textContent?.trim()));
		for (const cell of ['map', 'network', 'timeline', 'matrix']) {
			expect(await w.page.locator(`#cell-${cell} svg[data-chart-figure]`).count(), cell).toBeGreaterThan(0);
			expect(await buttons(cell), cell).toEqual(['Embed', 'Options', 'SVG', 'PNG', 'CSV', 'JSON']);
		}
		expect(await buttons('table')).toEqual(['Embed', 'Options', 'CSV', 'JSON']);
		expect(await w.page.locator('#cell-source svg[data-chart-figure]').count()).toBe(0);
		expect(await buttons('source')).toEqual(['CSV', 'JSON']);
		await w.context.close();
	});

	it('has no axe violations at 1440 px and 360 px, light and dark', async () => {
		for (const [width, colorScheme] of [
			[1440, 'light'],
			[360, 'dark']
		] as const) {
			const w = await openPage(browser, { viewport: { width, height: 900 }, colorScheme });
			await w.page.goto(root, { waitUntil: 'networkidle' });
			await hydrated(w.page);
			const result = await new AxeBuilder({ page: w.page }).withTags(AXE_TAGS).analyze();
			expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
			const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			await w.context.close();
		}
	});

	it('at 360 px the stance matrix turns round (four speakers across), its labels and cells on the screen and legible', async () => {
		const w = await openPage(browser, { viewport: { width: 360, height: 800 } });
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const cell = w.page.locator('#cell-matrix');
		await cell.scrollIntoViewIfNeeded();
		const figure = cell.locator('.drawn svg');
		await expect.poll(() => figure.count()).toBe(1);
		expect(await figure.locator('g.corner tspan').allTextContents()).toEqual(['actor →', 'addressed ↓']);
		const boxes = await figure.evaluate((svg) => ({
			labels: [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => t.getBoundingClientRect()),
			cells: [...svg.querySelectorAll('g.pairs > *')].map((c) => c.getBoundingClientRect()),
			svg: svg.getBoundingClientRect().height,
			reserved: parseFloat(getComputedStyle(svg.closest('.plot-figure')!).minHeight)
		}));
		expect(boxes.labels).toHaveLength(4);
		expect(boxes.cells).toHaveLength(buildGraph(seedDataset.actors, seedDataset.statements).pairs.length);
		for (const r of [...boxes.labels, ...boxes.cells]) {
			expect(r.left).toBeGreaterThanOrEqual(0);
			expect(r.right).toBeLessThanOrEqual(360);
		}
		for (const r of boxes.cells) expect(r.width).toBeGreaterThanOrEqual(26);
		// The box reserved for the figure before it was drawn was its height: nothing below it moved.
		expect(Math.abs(boxes.reserved - boxes.svg)).toBeLessThan(2);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('the keyboard focus never lands under the sticky filter bar, going forward or back', async () => {
		const w = await openPage(browser, { viewport: { width: 1200, height: 900 } });
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const obscured = () =>
			w.page.evaluate(() => {
				const focused = document.activeElement!.getBoundingClientRect();
				const bar = document.querySelector('.filters')!.getBoundingClientRect();
				return focused.top < bar.bottom ? `${document.activeElement!.textContent?.slice(0, 40)} at ${Math.round(focused.top)} under ${Math.round(bar.bottom)}` : null;
			});
		const under: string[] = [];
		await w.page.locator('#cell-table-heading').focus();
		for (let i = 0; i < 30; i++) {
			await w.page.keyboard.press('Tab');
			under.push((await obscured()) ?? '');
		}
		await w.page.locator('#data-heading').scrollIntoViewIfNeeded();
		for (let i = 0; i < 40; i++) {
			await w.page.keyboard.press('Shift+Tab');
			under.push((await obscured()) ?? '');
		}
		expect(under.filter(Boolean)).toEqual([]);
		// The skip link goes to the first chart, past the file input and the facts.
		await w.page.evaluate(() => window.scrollTo(0, 0));
		await w.page.locator('a.skip').focus();
		await w.page.keyboard.press('Enter');
		await expect.poll(() => w.page.evaluate(() => document.activeElement?.id)).toBe('cell-map-heading');
		await w.page.keyboard.press('Tab');
		expect(await w.page.evaluate(() => document.activeElement?.closest('section')?.id)).toBe('cell-map');
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('at 360 px the open filters fold again once the reader scrolls on, so the sticky bar stays small', async () => {
		const w = await openPage(browser, { viewport: { width: 360, height: 780 } });
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const toggle = w.page.locator('.filter-bar .toggle');
		const actor = w.page.locator('.filter-bar select[name=actor]');
		const barHeight = () => w.page.locator('.filter-bar').evaluate((el) => el.getBoundingClientRect().height);
		const folded = await barHeight();
		await toggle.click();
		expect(await actor.isVisible()).toBe(true);
		expect(await barHeight()).toBeGreaterThan(folded * 3);
		await actor.selectOption('RUS');
		await expect.poll(() => new URL(w.page.url()).searchParams.get('actor')).toBe('RUS');
		// A small scroll (a change of layout, a nudge) keeps them open; reading on folds them.
		const top = await w.page.evaluate(() => scrollY);
		await w.page.mouse.wheel(0, 100);
		await expect.poll(() => w.page.evaluate(() => scrollY)).toBeGreaterThan(top);
		await framesLater(w.page);
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		await w.page.mouse.wheel(0, 500);
		await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await actor.isVisible()).toBe(false);
		expect(await barHeight()).toBeLessThanOrEqual(folded + 1);
		expect(await toggle.textContent()).toContain('(on)');
		// The focus was on the select the reader used: it goes to the toggle, not the page's body.
		expect(await w.page.evaluate(() => document.activeElement?.classList.contains('toggle'))).toBe(true);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('prints a filtered, pinned view with a line naming the filters, and no card, file input or sort button', async () => {
		const w = await openPage(browser, { viewport: { width: 1280, height: 900 } });
		await w.page.goto(`${root}?actor=RUS&topic=jcpoa`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await expect.poll(() => w.page.locator('#cell-table tbody tr[data-statement]:visible').count()).toBe(4);
		// Pinned from the keyboard: the middle of a link's box need not be on its curve.
		const link = w.page.locator('#cell-network g.pair[data-id]:visible').first();
		await link.focus();
		await w.page.keyboard.press('Enter');
		await expect.poll(() => new URL(w.page.url()).searchParams.get('pin')).toBeTruthy();
		await expect.poll(() => w.page.locator('[data-statement-card]:visible').count()).toBeGreaterThan(0);
		await w.page.emulateMedia({ media: 'print' });
		const line = w.page.locator('.print-filters');
		expect(await line.isVisible()).toBe(true);
		const text = (await line.textContent()) ?? '';
		expect(text).toContain(`4 statements of ${seedDataset.statements.length}`);
		expect(text).toMatch(/said by Russia/);
		expect(text).toMatch(/topic /);
		expect(await w.page.locator('[data-statement-card]:visible').count()).toBe(0);
		expect(await w.page.locator('input[type="file"]:visible, .open-dataset:visible').count()).toBe(0);
		expect(await w.page.locator('#cell-table th button:visible').count()).toBe(0);
		// the column headings still print, as text, and no control of any kind does
		expect(await w.page.locator('#cell-table thead').textContent()).toContain('Speaker');
		const controls = await w.page.locator('button:visible, input:visible, select:visible, textarea:visible').evaluateAll((els) =>
			els.map((e) => `${e.tagName.toLowerCase()} ${e.textContent?.trim() || e.getAttribute('aria-label') || ''}`)
		);
		expect(controls).toEqual([]);
		if (SHOTS) {
			mkdirSync(SHOTS, { recursive: true });
			await w.page.screenshot({ path: `${SHOTS}/print-filtered-pinned.png`, fullPage: true });
		}
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('prints no filter line when no filter is on', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.emulateMedia({ media: 'print' });
		expect(await w.page.locator('.print-filters').count()).toBe(0);
		expect(await w.page.locator('#cell-table .print-note').count()).toBe(0);
		await w.context.close();
	});

	it('prints what the table’s search left out, as the search box does not print', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.locator('#cell-table input[type=search]').fill('sanctions');
		const rows = w.page.locator('#cell-table tbody tr[data-statement]:visible');
		await expect.poll(() => rows.count()).toBeLessThan(20);
		const shown = await rows.count();
		const note = w.page.locator('#cell-table .print-note');
		expect(await note.isVisible()).toBe(false);
		await w.page.emulateMedia({ media: 'print' });
		expect(await note.isVisible()).toBe(true);
		expect(await note.textContent()).toContain(`the ${shown} of ${seedDataset.statements.length} statements that match “sanctions”`);
		expect(await rows.count()).toBe(shown);
		await w.context.close();
	});

	it('serves the data exports next to the page', async () => {
		const w = await openPage(browser);
		for (const file of ['dataset.json', 'statements.csv', 'plover.jsonl', 'network.graphml']) {
			const res = await w.page.request.get(new URL(`data/${file}`, root).href);
			expect(res.status(), file).toBe(200);
			expect((await res.text()).length, file).toBeGreaterThan(500);
		}
		await w.context.close();
	});
});
