/**
 * /code, the coding workbench, driven by its labels from a clean profile: paste, select, code, see the
 * preview, reload, undo/redo, export, and `npm run validate` on the file; keyboard alone; axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dataset } from '../../src/lib/data/types';
import { splitSentences } from '../../src/lib/coding/sentences';
import { hydrated, launchBrowser, openPage } from './browser';

const root = inject('siteRoot');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ARTICLE =
	'TEHRAN – Iran’s foreign minister spoke with his counterpart by phone on Saturday.\n\n' +
	'Russian Foreign Minister Sergei Lavrov said: “Washington must return to the deal without conditions.” ' +
	'The two ministers agreed to meet again in Moscow.';
const SENTENCES = splitSentences(ARTICLE);
const QUOTED = 'Washington must return to the deal without conditions.';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const label = (page: Page, name: string) => page.getByLabel(name, { exact: true });
const coded = (page: Page) => page.locator('ol.coded > li');
const saved = (page: Page, n: number) => page.getByRole('status').filter({ hasText: `Saved in this browser · ${n} statement${n === 1 ? '' : 's'}` });

async function pasteArticle(page: Page) {
	await label(page, 'Article text').fill(ARTICLE);
	await label(page, 'Title').fill('Lavrov on the deal');
	await label(page, 'Dateline').fill('Tehran');
	await label(page, 'Published').fill('2021-11-06');
	await label(page, 'Outlet').fill('Test Agency');
	await label(page, 'Outlet').blur();
}

describe('/code, the coding workbench', () => {
	it('codes a statement by its labels, keeps it over a reload, undoes and redoes it, exports files npm run validate accepts, reopens one', async () => {
		const w = await openPage(browser, { viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
		const { page } = w;
		await page.goto(`${root}code`, { waitUntil: 'networkidle' });
		await hydrated(page);
		await pasteArticle(page);
		// Each sentence is a control named by its text.
		expect(await page.locator('[data-sentence]').count()).toBe(SENTENCES.length);
		await page.getByRole('button', { name: SENTENCES[1].text, exact: true }).click();
		await page.getByRole('button', { name: 'Code selection' }).click();
		const form = page.getByRole('form', { name: 'Code the selection' });
		await expect.poll(() => form.locator('q').textContent()).toBe(SENTENCES[1].text);

		// Suggestions, each accepted with one key: Russia (“Russian”) to Actors, the quoted words as a quote.
		const suggestions = form.getByRole('listitem').filter({ has: page.locator('kbd') });
		const texts = await suggestions.allTextContents();
		const russia = texts.findIndex((t) => t.includes('Add Russia to Actors'));
		expect(russia).toBeGreaterThanOrEqual(0);
		await page.keyboard.press(String(russia + 1));
		await expect.poll(() => form.getByRole('list', { name: 'Actors chosen' }).textContent()).toContain('Russia');
		const quoteAt = (await suggestions.allTextContents()).findIndex((t) => t.includes('Attribution: quote'));
		expect(quoteAt).toBeGreaterThanOrEqual(0);
		await page.keyboard.press(String(quoteAt + 1));
		await expect.poll(() => form.locator('q').textContent()).toBe(QUOTED);

		// Nothing coded yet: "Add statement" says what is missing.
		await form.getByRole('button', { name: 'Add statement' }).click();
		const alert = form.getByRole('alert');
		await expect.poll(() => alert.textContent()).toContain('Event type');
		expect(await alert.textContent()).toContain('Summary');
		expect(await coded(page).count()).toBe(0);

		await label(page, 'Recipients').fill('United States');
		await label(page, 'Recipients').press('Enter');
		await label(page, 'Event type').selectOption('REQUEST');
		await label(page, 'Summary').fill('Russia asks the United States to return to the deal.');
		await form.getByRole('button', { name: 'Add statement' }).click();
		await expect.poll(() => coded(page).count()).toBe(1);

		// On the preview map: the edge Russia → United States, as a focusable mark named by its parties.
		const map = page.locator('[data-preview="map"]');
		await expect.poll(() => map.getByRole('button', { name: /Russia → United States/ }).count()).toBeGreaterThan(0);
		await saved(page, 1).waitFor();

		await page.reload({ waitUntil: 'networkidle' });
		await hydrated(page);
		await expect.poll(() => coded(page).count()).toBe(1);
		expect(await coded(page).first().textContent()).toContain('REQUEST');
		await expect.poll(() => map.getByRole('button', { name: /Russia → United States/ }).count()).toBeGreaterThan(0);
		// The text is kept, and the span marked in it.
		await expect.poll(() => page.locator('.article mark').first().textContent()).toBe(QUOTED);

		await page.locator('h1').click();
		await page.keyboard.press('Control+z');
		await expect.poll(() => coded(page).count()).toBe(0);
		await page.keyboard.press('Control+Shift+z');
		await expect.poll(() => coded(page).count()).toBe(1);

		const dir = mkdtempSync(join(tmpdir(), 'code-e2e-'));
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export dataset JSON' }).click()]);
		const file = join(dir, download.suggestedFilename());
		await download.saveAs(file);
		const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
		expect(dataset.statements).toHaveLength(1);
		for (const s of dataset.statements) {
			const text = dataset.sources.find((x) => x.id === s.source)!.text;
			expect(s.quote).toBe(text.slice(s.span.start, s.span.end));
		}
		expect(dataset.statements[0]).toMatchObject({ actors: ['RUS'], recipients: ['USA'], event: 'REQUEST', attribution: 'quote', quote: QUOTED, date: '2021-11-06' });
		expect(dataset.sources[0].text).toBe(ARTICLE);
		// The statements CSV and the PLOVER JSONL too: every file passes `npm run validate`, with no warning.
		const files = [file];
		for (const name of ['Export statements CSV', 'Export PLOVER JSONL']) {
			const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
			files.push(join(dir, d.suggestedFilename()));
			await d.saveAs(files.at(-1)!);
		}
		expect(files.map((f) => f.slice(f.lastIndexOf('.')))).toEqual(['.json', '.csv', '.jsonl']);
		const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/validate.ts', ...files], { encoding: 'utf8' });
		// (execFile rejects on a non-zero exit.) The JSON with no warning; the CSV and the JSONL carry no
		// source text by their format, and the validator says so in their one warning.
		const lines = stdout.trim().split('\n').filter((l) => !l.startsWith(' '));
		expect(lines.map((l) => l.replace(/^\S+: /, '').replace(/,.*/, ''))).toEqual(['valid dataset JSON', 'valid statements CSV', 'valid PLOVER JSONL']);
		expect(lines[0]).toMatch(/, 0 warnings$/);

		// Start over, then open the exported file to continue coding it.
		await page.getByRole('button', { name: 'Start over' }).click();
		await expect.poll(() => coded(page).count()).toBe(0);
		await label(page, 'Open a dataset JSON').setInputFiles(file);
		await expect.poll(() => coded(page).count()).toBe(1);
		expect(await label(page, 'Article text').inputValue()).toBe(ARTICLE);

		// Open in the dashboard: / shows the coded dataset.
		await page.getByRole('button', { name: 'Open in the dashboard' }).click();
		await page.waitForURL((u) => !u.pathname.endsWith('/code'));
		await hydrated(page);
		await expect.poll(() => page.locator('.facts dt:text-is("Statements in view") + dd').textContent()).toBe('1');
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('a mouse selection inside a sentence narrows the span to its words; Shift+click extends to another sentence', async () => {
		const w = await openPage(browser, { viewport: { width: 1440, height: 1000 } });
		const { page } = w;
		await page.goto(`${root}code`, { waitUntil: 'networkidle' });
		await hydrated(page);
		await pasteArticle(page);
		const words = 'must return to the deal';
		// Drag across the words, as a mouse does: from the first letter's left edge to the last letter's right edge.
		const box = (at: number) =>
			page.locator('[data-sentence="1"]').evaluate((el, at) => {
				let node: Node | null = el.firstChild;
				let left = at;
				const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
				while ((node = walker.nextNode()) && left >= (node.textContent ?? '').length) left -= (node.textContent ?? '').length;
				const r = document.createRange();
				r.setStart(node!, left);
				r.setEnd(node!, left + 1);
				const b = r.getBoundingClientRect();
				return { x: b.x, y: b.y + b.height / 2, w: b.width };
			}, at);
		const from = SENTENCES[1].text.indexOf(words);
		const a = await box(from);
		const b = await box(from + words.length - 1);
		await page.mouse.move(a.x + 1, a.y);
		await page.mouse.down();
		await page.mouse.move(b.x + b.w - 1, b.y, { steps: 5 });
		await page.mouse.up();
		await expect.poll(() => page.locator('#selection-now').textContent()).toBe(`Selected: 1 sentence, ${words.length} characters.`);
		expect(await page.locator('.article .in-selection').allTextContents()).toEqual([words]);
		// Shift+click on the next sentence extends the selection from the first sentence through it.
		await page.getByRole('button', { name: SENTENCES[0].text, exact: true }).click();
		await page.getByRole('button', { name: SENTENCES[1].text, exact: true }).click({ modifiers: ['Shift'] });
		const length = SENTENCES[1].end - SENTENCES[0].start;
		expect(await page.locator('#selection-now').textContent()).toBe(`Selected: 2 sentences, ${length} characters.`);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('keyboard alone codes a statement', async () => {
		const w = await openPage(browser, { viewport: { width: 1440, height: 1000 } });
		const { page } = w;
		await page.goto(`${root}code`, { waitUntil: 'networkidle' });
		await hydrated(page);
		await pasteArticle(page);
		// To the first sentence with Tab, then along with the arrow key, Enter selects.
		const first = page.locator('[data-sentence="0"]');
		for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		expect(await page.locator('[data-sentence="2"]').getAttribute('aria-pressed')).toBe('true');
		// Shift+Enter extends it no further (the last sentence); Tab reaches "Code selection".
		const code = page.getByRole('button', { name: 'Code selection' });
		for (let i = 0; i < 10 && !(await code.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		const form = page.getByRole('form', { name: 'Code the selection' });
		await form.waitFor();
		const typeInto = async (name: string, text: string) => {
			const field = label(page, name);
			for (let i = 0; i < 30 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
			await page.keyboard.type(text);
		};
		await typeInto('Actors', 'Iran');
		await page.keyboard.press('Enter');
		await typeInto('Actors', 'Russia');
		await page.keyboard.press('Enter');
		await typeInto('Event type', 'C'); // a select jumps to the first type starting with C: CONSULT
		expect(await label(page, 'Event type').inputValue()).toBe('CONSULT');
		await typeInto('Summary', 'The ministers agree to meet again.');
		await page.keyboard.press('Enter');
		await expect.poll(() => form.getByRole('alert').textContent()).toContain('Attribution');
		const paraphrase = form.getByRole('radio', { name: /paraphrase/ });
		const inAttribution = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'attribution');
		for (let i = 0; i < 40 && !(await inAttribution()); i++) await page.keyboard.press('Shift+Tab');
		// In the group, the arrow keys move and check.
		for (let i = 0; i < 3 && !(await paraphrase.isChecked()); i++) await page.keyboard.press('ArrowDown');
		expect(await paraphrase.isChecked()).toBe(true);
		const add = form.getByRole('button', { name: 'Add statement' });
		for (let i = 0; i < 20 && !(await add.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => coded(page).count()).toBe(1);
		expect(await coded(page).first().textContent()).toContain('Iran & Russia');
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('has no axe violations at 390 and 1440 px, light and dark, empty and with the form open', async () => {
		for (const [width, colorScheme] of [
			[1440, 'light'],
			[1440, 'dark'],
			[390, 'light'],
			[390, 'dark']
		] as const) {
			const w = await openPage(browser, { viewport: { width, height: 900 }, colorScheme, hasTouch: width < 600, isMobile: width < 600 });
			const { page } = w;
			await page.goto(`${root}code`, { waitUntil: 'networkidle' });
			await hydrated(page);
			const axe = async (when: string) => {
				const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
				expect(result.violations.map((v) => `${when} ${width} ${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
			};
			await axe('empty');
			await pasteArticle(page);
			await page.getByRole('button', { name: SENTENCES[1].text, exact: true }).click();
			await page.getByRole('button', { name: 'Code selection' }).click();
			await page.getByRole('form', { name: 'Code the selection' }).waitFor();
			await axe('coding');
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			await w.context.close();
		}
	});
});
