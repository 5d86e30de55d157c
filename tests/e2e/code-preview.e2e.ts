/**
 * /code's preview and form controls as a coder meets them: the preview map frames every arc it draws
 * (Russia to the United States runs over the pole on the globe, across the seam of a map of the world);
 * Ctrl+Z in a form control is the control's own (a select has none), not the session's undo; the bodies
 * and groupings of the dataset the notebook opens with (the built-in one, or a file opened there) are
 * suggested and accepted as parties.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { framesLater, hydrated, launchBrowser, openPage } from './browser';

const root = inject('siteRoot');
const ARTICLE =
	'TEHRAN – Iran’s foreign minister spoke with his counterpart by phone on Saturday.\n\n' +
	'Russian Foreign Minister Sergei Lavrov said: “Washington must return to the deal without conditions.” ' +
	'The two ministers agreed to meet again in Moscow.';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const label = (page: Page, name: string) => page.getByLabel(name, { exact: true });

/** Paste the article and code its second sentence: `actor` to `recipient`, a request, paraphrased. */
async function codeOne(page: Page, actor: string, recipient: string) {
	await label(page, 'Article text').fill(ARTICLE);
	await label(page, 'Published').fill('2021-11-06');
	await label(page, 'Outlet').fill('Test Agency');
	// The article's fields are kept on change: before the sentence is clicked, not while.
	await label(page, 'Outlet').blur();
	await page.locator('[data-sentence="1"]').click();
	await page.getByRole('button', { name: 'Code selection' }).click();
	for (const [field, name] of [['Actors', actor], ['Recipients', recipient]]) {
		await label(page, field).fill(name);
		await label(page, field).press('Enter');
	}
	await label(page, 'Event type').selectOption('REQUEST');
	await page.getByRole('radio', { name: /paraphrase/ }).check();
	await label(page, 'Summary').fill(`${actor} asks ${recipient} to return to the deal.`);
	await page.getByRole('button', { name: 'Add statement' }).click();
}

/** Open /code, paste a one-sentence article and code that sentence: the form, and the suggestions it offers. */
async function codeFirstSentence(page: Page, text: string, published: string) {
	await page.goto(`${root}code`, { waitUntil: 'networkidle' });
	await hydrated(page);
	await label(page, 'Article text').fill(text);
	await label(page, 'Published').fill(published);
	await label(page, 'Published').blur();
	await page.locator('[data-sentence="0"]').click();
	await page.getByRole('button', { name: 'Code selection' }).click();
	const form = page.getByRole('form', { name: 'Code the selection' });
	return { form, suggestions: form.getByRole('listitem').filter({ has: page.locator('kbd') }) };
}

/**
 * A dataset whose one body, the Gulf Cooperation Council, is not the built-in dataset's; `padding`
 * characters of source text make it a file the background reader opens (above 1 MB), kept as the file.
 */
function gulfDataset(padding: number): Buffer {
	const text = 'RIYADH – The Gulf Cooperation Council urged France to act. ' + 'x'.repeat(padding);
	return Buffer.from(
		JSON.stringify({
			schemaVersion: 1,
			sources: [{ id: 'src', title: 'Gulf call', outlet: null, dateline: 'RIYADH', published: '2024-03-01', language: 'en', url: null, text }],
			actors: [
				{ id: 'GCC', name: 'Gulf Cooperation Council', kind: 'organization' },
				{ id: 'FRA', name: 'France', kind: 'state', iso3: 'FRA', m49: '250' }
			],
			people: [],
			topics: [],
			events: [],
			statements: [
				{ id: 's1', date: '2024-03-01', event: 'REQUEST', attribution: 'outlet', actors: ['GCC'], recipients: ['FRA'], topics: [], quote: 'The Gulf Cooperation Council urged France to act.', summary: 'The GCC urges France to act.', source: 'src', span: { start: 9, end: 58 } }
			]
		})
	);
}

describe('/code, the preview and the form', () => {
	it('the preview map frames the whole of each arc, at 1440 px and on a phone', async () => {
		for (const [width, phone] of [[1440, false], [390, true]] as const) {
			const w = await openPage(browser, { viewport: { width, height: 900 }, hasTouch: phone, isMobile: phone });
			const { page } = w;
			await page.goto(`${root}code`, { waitUntil: 'networkidle' });
			await hydrated(page);
			await codeOne(page, 'Russia', 'United States');
			const map = page.locator('[data-preview="map"]');
			await expect.poll(() => map.getByRole('button', { name: /Russia → United States/ }).count()).toBeGreaterThan(0);
			// Each arc's line and head lie inside the map's figure, once its view has settled.
			const outside = () =>
				map.locator('svg:has(g.arcs)').evaluate((svg) => {
					const frame = svg.getBoundingClientRect();
					return [...svg.querySelectorAll('g.arcs .arc path')]
						.map((p) => p.getBoundingClientRect())
						.filter((r) => r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1)
						.map((r) => [r.left - frame.left, r.top - frame.top, r.right - frame.right, r.bottom - frame.bottom].map(Math.round));
				});
			await expect.poll(outside, { timeout: 5_000 }).toEqual([]);
			expect(await map.locator('g.arcs .arc').count()).toBeGreaterThan(0);
			expect(w.consoleErrors).toEqual([]);
			await w.context.close();
		}
	});

	it('Ctrl+Z while a select or a radio has the focus undoes nothing of the session; outside the form it undoes', async () => {
		const w = await openPage(browser, { viewport: { width: 1440, height: 1000 } });
		const { page } = w;
		await page.goto(`${root}code`, { waitUntil: 'networkidle' });
		await hydrated(page);
		await codeOne(page, 'Russia', 'United States');
		const coded = page.locator('ol.coded > li');
		await expect.poll(() => coded.count()).toBe(1);
		// Nothing undone yet: nothing to redo.
		const redo = page.getByRole('button', { name: 'Redo', exact: true });
		expect(await redo.isDisabled()).toBe(true);
		// Coding the next one: the event type chosen, the attribution checked, each control keeps the focus.
		await page.locator('[data-sentence="2"]').click();
		await page.getByRole('button', { name: 'Code selection' }).click();
		const event = label(page, 'Event type');
		await event.selectOption('CONSULT');
		const radio = page.getByRole('radio', { name: /paraphrase/ });
		await radio.check();
		for (const control of [event, radio]) {
			await control.focus();
			await page.keyboard.press('Control+z');
			await framesLater(page);
			expect(await redo.isDisabled()).toBe(true);
			expect(await coded.count()).toBe(1);
			expect(await event.inputValue()).toBe('CONSULT');
			expect(await radio.isChecked()).toBe(true);
		}
		// Away from the form's controls, the same keys undo the session's last edit.
		await page.locator('h1').click();
		await page.keyboard.press('Control+z');
		await expect.poll(() => redo.isEnabled()).toBe(true);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it("suggests the open dataset's bodies as actors (the IAEA), offers its groupings (the P4+1), and codes them", async () => {
		const w = await openPage(browser, { viewport: { width: 1440, height: 1000 } });
		const { page } = w;
		const { form, suggestions } = await codeFirstSentence(page, 'VIENNA – The IAEA told the P4+1 on Monday that inspectors had returned.', '2021-11-08');
		await expect.poll(() => suggestions.allTextContents()).toContainEqual(expect.stringContaining('Add IAEA to Actors'));
		const iaea = (await suggestions.allTextContents()).findIndex((t) => t.includes('Add IAEA to Actors'));
		await page.keyboard.press(String(iaea + 1));
		await expect.poll(() => form.getByRole('list', { name: 'Actors chosen' }).textContent()).toContain('IAEA');
		await label(page, 'Recipients').fill('P4+1');
		await label(page, 'Recipients').press('Enter');
		await expect.poll(() => form.getByRole('list', { name: 'Recipients chosen' }).textContent()).toContain('P4+1');
		await label(page, 'Event type').selectOption('CONSULT');
		await page.getByRole('radio', { name: /outlet/ }).check();
		await label(page, 'Summary').fill('The IAEA tells the P4+1 that inspectors are back.');
		await form.getByRole('button', { name: 'Add statement' }).click();
		const coded = page.locator('ol.coded > li');
		await expect.poll(() => coded.count()).toBe(1);
		expect(await coded.first().textContent()).toMatch(/IAEA.*P4\+1/s);
		// The preview's table lists it under its parties' names.
		await expect.poll(() => page.locator('[data-preview="table"] tbody').textContent()).toMatch(/IAEA.*P4\+1/s);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it("suggests the bodies of a file opened in the notebook, not the built-in dataset's, small or read in the background", async () => {
		for (const [name, padding] of [['gulf.json', 0], ['gulf-large.json', 1_100_000]] as const) {
			const w = await openPage(browser, { viewport: { width: 1440, height: 1000 } });
			const { page } = w;
			await page.goto(root, { waitUntil: 'networkidle' });
			await hydrated(page);
			await page.setInputFiles('#open-dataset-file', { name, mimeType: 'application/json', buffer: gulfDataset(padding) });
			await expect.poll(() => page.getByText(`Showing ${name}, kept in this browser.`).count()).toBe(1);
			const { suggestions } = await codeFirstSentence(page, 'VIENNA – The IAEA and the Gulf Cooperation Council spoke on Monday.', '2024-03-04');
			await expect.poll(() => suggestions.allTextContents()).toContainEqual(expect.stringContaining('Add Gulf Cooperation Council to Actors'));
			expect(await suggestions.allTextContents()).not.toContainEqual(expect.stringContaining('Add IAEA'));
			expect(w.consoleErrors).toEqual([]);
			await w.context.close();
		}
	});
});
