/**
 * The figures the build drew, as a reader without scripts sees them: the page is never measured, so the
 * style sheet alone decides which drawing shows and how large. Each fills the box it is shown in (no empty
 * band kept for a drawing that never comes), and its text is not shrunk below legibility.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';
import { SCALE_RANGE } from '../../src/lib/charts/plot/prepared';

const root = inject('siteRoot');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const WIDTHS = [390, 640, 1440] as const;
const open = (width: number, colorScheme: 'light' | 'dark') =>
	openPage(browser, { javaScriptEnabled: false, viewport: { width, height: 900 }, hasTouch: width < 600, isMobile: width < 600, colorScheme });

/** The figure box of a cell, the drawing that shows in it (its box and the width it was drawn at). */
async function shownFigure(page: Page, within: string) {
	const box = page.locator(`${within} .plot-figure`).first();
	await box.scrollIntoViewIfNeeded();
	return box.evaluate((figure) => {
		const shown = [...figure.querySelectorAll('svg[data-chart-figure]')].filter((svg) => svg.checkVisibility());
		const svg = shown[0]?.getBoundingClientRect();
		return {
			shown: shown.length,
			box: { width: figure.getBoundingClientRect().width, height: figure.getBoundingClientRect().height },
			svg: svg && { width: svg.width, height: svg.height },
			drawnAt: Number(shown[0]?.getAttribute('width'))
		};
	});
}

describe('figures drawn by the build, without scripts', () => {
	it("the notebook's timeline leaves no empty band below it at 390, 640 and 1440 px, light and dark", async () => {
		for (const colorScheme of ['light', 'dark'] as const)
			for (const width of WIDTHS) {
				const w = await open(width, colorScheme);
				await w.page.goto(root);
				const f = await shownFigure(w.page, '#cell-timeline');
				expect(f.shown, `${width} ${colorScheme}`).toBe(1);
				expect(Math.abs(f.box.height - f.svg!.height), `${width} ${colorScheme}: ${JSON.stringify(f)}`).toBeLessThan(2);
				await w.context.close();
			}
	});

	it('the timeline embed fills the frame at 390, 640 and 1440 px, its text at no less than 80 % of its size, light and dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const)
			for (const width of WIDTHS) {
				const w = await open(width, colorScheme);
				await w.page.goto(`${root}embed/timeline`);
				const f = await shownFigure(w.page, 'main');
				const at = `${width} ${colorScheme}: ${JSON.stringify(f)}`;
				expect(f.shown, at).toBe(1);
				expect(Math.abs(f.svg!.width - f.box.width), at).toBeLessThan(2);
				expect(Math.abs(f.box.height - f.svg!.height), at).toBeLessThan(2);
				expect(f.svg!.width / f.drawnAt, at).toBeGreaterThanOrEqual(SCALE_RANGE[0]);
				await w.context.close();
			}
	});
});
