/**
 * The figures the build drew, as a reader without scripts sees them: the page is never measured, so the
 * style sheet alone decides which drawing shows and how large. Each fills the box it is shown in (no empty
 * band kept for a drawing that never comes), and its text is neither shrunk below legibility nor blown up;
 * the map's names are at their size and clear of each other, where hydration will leave them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hydrated, launchBrowser, openPage } from './browser';
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

/** The CSS px of the first text of the figure in sight, and its size in the figure (its user units). */
const textPx = (page: Page, within: string) =>
	page.locator(within).first().evaluate((root) => {
		const svg = [...root.querySelectorAll<SVGSVGElement>('svg[data-chart-figure]')].find((s) => s.checkVisibility())!;
		const own = parseFloat(getComputedStyle(svg.querySelector('text')!).fontSize);
		return { own, px: (own * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width };
	});

/** The map's names in sight: where each is on screen, and its size in CSS px (its font size in the view's units, scaled as the view is). */
const mapNames = (page: Page, map: string) =>
	page.locator(map).first().evaluate((root) => {
		const svg = root.querySelector<SVGSVGElement>(':scope > svg')!;
		const view = svg.viewBox.baseVal;
		const box = svg.getBoundingClientRect();
		const scale = Math.min(box.width / view.width, box.height / view.height);
		return [...svg.querySelectorAll('g.labels text')]
			.map((t) => ({ t, r: t.getBoundingClientRect() }))
			.filter(({ r }) => r.width > 0)
			.map(({ t, r }) => ({ id: t.getAttribute('data-label-for'), x: r.x, y: r.y, width: r.width, height: r.height, px: parseFloat(getComputedStyle(t).fontSize) * scale }));
	});

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

	it('the timeline embed fills the frame at 390, 640 and 1440 px, its text at 80–130 % of its size, light and dark', async () => {
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
				expect(f.svg!.width / f.drawnAt, at).toBeLessThanOrEqual(SCALE_RANGE[1]);
				// The text as drawn: its size in the figure times the figure's scale.
				const text = await textPx(w.page, 'main');
				expect(text.px, at).toBeGreaterThanOrEqual(text.own * SCALE_RANGE[0]);
				expect(text.px, at).toBeLessThanOrEqual(text.own * SCALE_RANGE[1]);
				await w.context.close();
			}
	});
});

describe('the map without scripts', () => {
	type Box = { x: number; y: number; width: number; height: number };
	const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

	describe.each([
		{ where: '/embed/map', path: 'embed/map', map: '.map' },
		{ where: 'the notebook', path: '', map: '#cell-map .map' }
	])('on $where', ({ path, map }) => {
		it.each(WIDTHS)('at %i px names its parties in 12 px text, clear of each other, where the hydrated map puts them', async (width) => {
			const names = async (javaScriptEnabled: boolean) => {
				const w = await openPage(browser, { javaScriptEnabled, viewport: { width, height: 900 }, hasTouch: width < 600, isMobile: width < 600 });
				await w.page.goto(new URL(path, root).href);
				if (javaScriptEnabled) await hydrated(w.page);
				await w.page.locator(map).first().scrollIntoViewIfNeeded();
				const shown = await mapNames(w.page, map);
				await w.context.close();
				return shown;
			};
			const before = await names(false);
			expect(before.length).toBeGreaterThan(5);
			for (const l of before) {
				expect(l.px, `${l.id} at ${width}`).toBeGreaterThan(11.5);
				expect(l.px, `${l.id} at ${width}`).toBeLessThan(12.5);
				for (const o of before) if (o !== l) expect(overlap(l, o), `"${l.id}" on "${o.id}" at ${width}`).toBe(false);
			}
			// Under 600 px the hydrated map frames the parties anew (a taller view), so its names move with it.
			if (width >= 600) {
				const after = await names(true);
				expect(after.map((l) => l.id).sort()).toEqual(before.map((l) => l.id).sort());
				for (const l of after) {
					const was = before.find((o) => o.id === l.id)!;
					expect(Math.hypot(l.x - was.x, l.y - was.y), `${l.id} moved at ${width}`).toBeLessThan(1);
				}
			}
		}, 120_000);
	});
});
