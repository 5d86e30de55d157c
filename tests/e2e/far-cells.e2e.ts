/**
 * A filter change redraws the cells near sight in its next frame; a cell far down the page takes it a
 * moment later (the speed trick far-later). Meanwhile it is marked busy, and it shows the new filters by
 * the time a reader scrolls to it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { framesLater, hydrated, launchBrowser, openPage } from './browser';
import { filterStatements, NO_FILTERS } from '../../src/lib/data/queries';
import { seedDataset } from '../../src/lib/data/seed/dataset';

const root = inject('siteRoot');
const ACTOR = 'RUS';
const passed = filterStatements(seedDataset.statements, { ...NO_FILTERS, actors: [ACTOR] });
const source = seedDataset.sources[0]!;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('cells far from sight on a filter change', () => {
	it('the table far below is marked busy while it still shows the old rows, then shows the filtered ones', async () => {
		expect(passed.length).toBeGreaterThan(0);
		expect(passed.length).toBeLessThan(seedDataset.statements.length);
		const w = await openPage(browser, { viewport: { width: 1280, height: 900 } });
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		// Each time the table's cell is marked or unmarked: the mark and the rows it shows at that moment.
		await w.page.evaluate(() => {
			const cell = document.querySelector('#cell-table')!;
			const seen: { busy: string | null; rows: number }[] = [];
			(window as unknown as { seen: typeof seen }).seen = seen;
			const rows = () => [...cell.querySelectorAll('tbody tr[data-statement]')].filter((r) => r.checkVisibility()).length;
			new MutationObserver(() => seen.push({ busy: cell.getAttribute('aria-busy'), rows: rows() })).observe(cell, { attributes: true, attributeFilter: ['aria-busy'] });
		});
		await w.page.locator('.filter-bar select[name=actor]').selectOption(ACTOR);
		const seen = () => w.page.evaluate(() => (window as unknown as { seen: { busy: string | null; rows: number }[] }).seen);
		await expect.poll(async () => (await seen()).at(-1)).toEqual({ busy: null, rows: passed.length });
		// Marked first, while its rows were still those of no filter.
		expect((await seen())[0]).toEqual({ busy: 'true', rows: seedDataset.statements.length });
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('the last cell shows the filtered data once scrolled to, without waiting for its turn', async () => {
		const w = await openPage(browser, { viewport: { width: 1280, height: 900 } });
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const cell = w.page.locator('#cell-source');
		const coded = passed.filter((s) => s.source === source.id).length;
		expect(await cell.locator('.takeaway').textContent()).toMatch(new RegExp(`^${seedDataset.statements.filter((s) => s.source === source.id).length} coded`));
		// The change, and at once (in the same task) a jump to the page's last cell.
		await w.page.evaluate((actor) => {
			const select = document.querySelector<HTMLSelectElement>('.filter-bar select[name=actor]')!;
			select.value = actor;
			select.dispatchEvent(new Event('input', { bubbles: true }));
			select.dispatchEvent(new Event('change', { bubbles: true }));
			document.querySelector('#cell-source')!.scrollIntoView();
		}, ACTOR);
		// The frame that shows it in sight, and the one after the observer said so: in its turn (the
		// cells above first, one a task after a frame each) it would come later.
		await framesLater(w.page, 2);
		expect(await cell.getAttribute('aria-busy')).toBeNull();
		expect(await cell.locator('.takeaway').textContent()).toMatch(new RegExp(`^${coded} coded`));
		await expect.poll(() => w.page.locator('section.cell[aria-busy="true"]').count()).toBe(0);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});
});
