import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hydrated, launchBrowser, openCard, openPage, pinnedCard } from './browser';

const root = inject('siteRoot');
const origin = inject('siteOrigin');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
let articleText = '';
let statements: { actors: string[]; recipients: string[] }[] = [];
beforeAll(async () => {
	browser = await launchBrowser();
	const res = await fetch(new URL('data/dataset.json', root));
	const dataset = await res.json();
	articleText = dataset.sources[0].text;
	statements = dataset.statements;
});
afterAll(async () => {
	await browser?.close();
});

const card = openCard;
const axe = async (page: Page) => {
	const r = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
};

describe('the map', () => {
	it('is in the prerendered HTML of /embed/map, with its countries named, before any script runs', async () => {
		const w = await openPage(browser, { javaScriptEnabled: false });
		await w.page.goto(new URL('embed/map', root).href);
		expect(await w.page.locator('.map svg path.country').count()).toBeGreaterThan(10);
		expect(await w.page.getByRole('button', { name: /^Iran: \d+ statements/ }).count()).toBe(1);
		await w.context.close();
	});

	it('loads /embed/map with no console error, no failed request and nothing from another origin', async () => {
		const w = await openPage(browser);
		await w.page.goto(new URL('embed/map', root).href, { waitUntil: 'networkidle' });
		await w.page.getByRole('button', { name: /^Iran:/ }).hover();
		await expect.poll(() => card(w.page).count()).toBe(1);
		expect(w.consoleErrors).toEqual([]);
		expect(w.failedRequests).toEqual([]);
		expect(w.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
		await w.context.close();
	});

	it('hovering Iran shows a card with a quote from the article', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const iran = w.page.getByRole('button', { name: /^Iran: \d+ statements/ });
		// On a busy machine the page may still be hydrating at network idle: a hover before then is not seen, so hover again.
		await expect
			.poll(async () => {
				await w.page.mouse.move(0, 0);
				await iran.hover();
				return card(w.page).count();
			}, { timeout: 15_000 })
			.toBe(1);
		const made = statements.filter((s) => s.actors.includes('IRN')).length;
		const received = statements.filter((s) => s.recipients.includes('IRN')).length;
		expect(await card(w.page).locator('.heading').textContent()).toMatch(new RegExp(`^Iran: ${made + received} statements, ${made} made`));
		// Each shown: a quotation in marks, or reported words after their lead; the words are the article's.
		const words = await card(w.page).locator('.words').allTextContents();
		expect(words.length).toBeGreaterThan(0);
		for (const line of words) {
			const core = line.replace(/^(Reported by the outlet:|In the outlet’s own voice:)\s*/, '').replace(/^“|”$/g, '').replace(/^… | …$/g, '');
			expect(articleText).toContain(core);
		}
		await w.context.close();
	});

	it('the arc from Russia to the United States has a card with Lavrov’s statements', async () => {
		const w = await openPage(browser);
		await w.page.goto(new URL('embed/map', root).href, { waitUntil: 'networkidle' });
		const arc = w.page.getByRole('button', { name: /^Russia → United States: 2 statements/ });
		expect(await arc.count()).toBe(1);
		await arc.focus();
		await expect.poll(() => card(w.page).count()).toBe(1);
		const text = (await card(w.page).textContent()) ?? '';
		expect(text).toContain('Sergei Lavrov');
		expect(text).toContain('the United States, must return to their commitments');
		expect(text).toContain('U.S. destructive actions against the JCPOA');
		expect(await arc.getAttribute('aria-describedby')).toBe(await card(w.page).getAttribute('id'));
		await w.context.close();
	});

	it('an arc a filter leaves out is hidden from sight, Tab and screen readers, and the same arc comes back', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const arc = w.page.locator('#cell-map [data-map-target="arc:RUS→USA:verbal-conflict"]');
		await arc.evaluate((el) => el.setAttribute('data-first', ''));
		const state = () =>
			arc.evaluate((el) => ({
				first: el.hasAttribute('data-first'),
				visibility: getComputedStyle(el).visibility,
				tabIndex: (el as SVGElement).tabIndex,
				ariaHidden: el.getAttribute('aria-hidden')
			}));
		expect(await state()).toEqual({ first: true, visibility: 'visible', tabIndex: 0, ariaHidden: null });
		await w.page.locator('.filter-bar select[name=recipient]').selectOption('AFG');
		await expect.poll(state).toEqual({ first: true, visibility: 'hidden', tabIndex: -1, ariaHidden: 'true' });
		expect(await w.page.locator('#cell-map').getByRole('button', { name: /^Russia → United States/ }).count()).toBe(0);
		await w.page.goBack();
		await expect.poll(state).toEqual({ first: true, visibility: 'visible', tabIndex: 0, ariaHidden: null });
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('Tab reaches Georgia, Armenia and Azerbaijan, Enter pins the card and Escape clears it', async () => {
		const w = await openPage(browser);
		await w.page.goto(new URL('embed/map', root).href, { waitUntil: 'networkidle' });
		const names: string[] = [];
		for (let i = 0; i < 40; i++) {
			await w.page.keyboard.press('Tab');
			names.push((await w.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '');
		}
		for (const country of ['Georgia', 'Armenia', 'Azerbaijan']) expect(names.some((n) => n.startsWith(`${country}: `))).toBe(true);
		// Countries come first, the most involved first.
		expect(names[0]).toMatch(/^Iran: /);
		await w.page.getByRole('button', { name: /^Armenia:/ }).focus();
		await w.page.keyboard.press('Enter');
		await expect.poll(() => pinnedCard(w.page).count()).toBe(1);
		expect(await w.page.getByRole('button', { name: /^Armenia:/ }).getAttribute('aria-pressed')).toBe('true');
		await w.page.keyboard.press('Escape');
		await expect.poll(() => card(w.page).count()).toBe(0);
		await w.context.close();
	});

	it('a tap pins the card on a touch screen, and a tap on the sea clears it', async () => {
		const w = await openPage(browser, { viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
		await w.page.goto(new URL('embed/map', root).href, { waitUntil: 'networkidle' });
		await w.page.getByRole('button', { name: /^United States:/ }).tap();
		await expect.poll(() => pinnedCard(w.page).count()).toBe(1);
		const box = (await w.page.locator('.map > svg').boundingBox())!;
		await w.page.touchscreen.tap(box.x + box.width * 0.4, box.y + box.height * 0.5);
		await expect.poll(() => card(w.page).count()).toBe(0);
		await w.context.close();
	});

	it.each([
		{ path: '', width: 1440, colorScheme: 'light' },
		{ path: '', width: 360, colorScheme: 'dark' },
		{ path: 'embed/map', width: 1440, colorScheme: 'dark' },
		{ path: 'embed/map', width: 360, colorScheme: 'light' }
	] as const)(
		'has no axe violation on /$path at $width px ($colorScheme), with a card open too, and no sideways scroll',
		async ({ path, width, colorScheme }) => {
			const w = await openPage(browser, { viewport: { width, height: 900 }, colorScheme });
			await w.page.goto(new URL(path, root).href, { waitUntil: 'networkidle' });
			expect(await axe(w.page)).toEqual([]);
			await w.page.getByRole('button', { name: /^Iran:/ }).focus();
			await w.page.keyboard.press('Enter');
			await expect.poll(() => card(w.page).count()).toBe(1);
			expect(await axe(w.page), 'with a card open').toEqual([]);
			const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			await w.context.close();
		},
		120_000
	);
});
