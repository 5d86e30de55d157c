/**
 * `?dataset=` under time and across pages: a late answer never replaces what the user chose since,
 * a stalled download can be cancelled, the address resolves against the site from every page, a
 * redirect elsewhere is refused in our words, and the embed code carries the dataset.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page, Request, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { statementsCsv } from '../../src/lib/export/csv';
import { headlineOf } from '../../src/lib/data/headline';
import { seedDataset } from '../../src/lib/data/seed/dataset';
import { hydrated, launchBrowser, openPage } from './browser';

const root = inject('siteRoot');
const HEADER = 'statement_id,date,actors,actor_names,recipient,recipient_name,event,attribution,speaker,speaker_name,quote,summary';
/** A chosen file: three statements, so the count shown tells it apart from the slow file and the seed. */
const CHOSEN = Buffer.from(
	[
		HEADER,
		's1,2024-03-01,FRA,France,DEU,Germany,AGREE,quote,,,"We agree on the budget.",France agrees.',
		's2,2024-03-02,DEU,Germany,FRA,France,REJECT,paraphrase,,,"Berlin rejected the plan.",Germany rejects.',
		's3,2024-03-03,ITA,Italy,,,REQUEST,paraphrase,,,"Rome asked for more time.",Italy asks.'
	].join('\r\n') + '\r\n'
);
const SLOW_BODY = statementsCsv(seedDataset);

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const statementCount = (page: Page) => page.locator('.facts dt:text-is("Statements in view") + dd').textContent();
const title = (page: Page) => page.locator('h1').textContent();
const datasetParam = (page: Page) => new URL(page.url()).searchParams.get('dataset');

/** Hold every request for `test-data/<name>` until released; resolves each held route in order. */
async function holdTestData(page: Page, name: string) {
	const held: Route[] = [];
	let arrived: (route: Route) => void = () => {};
	const first = new Promise<Route>((ok) => (arrived = ok));
	await page.route(`**/test-data/${name}`, (route) => {
		held.push(route);
		arrived(route);
	});
	return { first, held };
}
const failedRequest = (page: Page, name: string) =>
	page.waitForEvent('requestfailed', { predicate: (r: Request) => r.url().endsWith(`/test-data/${name}`), timeout: 15_000 });

describe('a slow ?dataset= and the file the user chose meanwhile', () => {
	it('the chosen file wins: the late download is aborted, the address no longer names it, a reload keeps the chosen file', async () => {
		const w = await openPage(browser);
		const slow = await holdTestData(w.page, 'slow.csv');
		await w.page.goto(`${root}?dataset=test-data/slow.csv`);
		await hydrated(w.page);
		await slow.first;
		const aborted = failedRequest(w.page, 'slow.csv');
		await w.page.setInputFiles('#open-dataset-file', { name: 'chosen.csv', mimeType: 'text/csv', buffer: CHOSEN });
		await expect.poll(() => title(w.page)).toBe('chosen.csv');
		// The slow file answers now: its request was aborted, so nothing can land.
		await (await slow.first).fulfill({ contentType: 'text/csv', body: SLOW_BODY }).catch(() => {});
		expect((await aborted).failure()?.errorText).toMatch(/ABORTED/);
		expect(await title(w.page)).toBe('chosen.csv');
		expect(await statementCount(w.page)).toBe('3');
		expect(datasetParam(w.page)).toBeNull();
		await expect.poll(() => w.page.getByText('Showing chosen.csv, kept in this browser.').count()).toBe(1);
		await w.page.reload();
		await hydrated(w.page);
		await expect.poll(() => title(w.page)).toBe('chosen.csv');
		expect(slow.held).toHaveLength(1);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('Cancel stops a download that sends nothing, says so, and leaves the data shown as it was', async () => {
		const w = await openPage(browser);
		const stalled = await holdTestData(w.page, 'stalled.csv');
		await w.page.goto(`${root}?dataset=test-data/stalled.csv`);
		await hydrated(w.page);
		await stalled.first;
		await expect.poll(() => w.page.locator('.open-dataset .progress label').textContent()).toMatch(/^Downloading stalled\.csv: 0\.0 MB \(at most 100 MB\)…$/);
		const cancel = w.page.locator('.open-dataset .progress').getByRole('button', { name: 'Cancel' });
		const aborted = failedRequest(w.page, 'stalled.csv');
		await cancel.click();
		await aborted;
		await expect.poll(() => w.page.getByText('Cancelled: stalled.csv was not opened. The data shown is unchanged.').count()).toBe(1);
		expect(await w.page.locator('.open-dataset .progress').count()).toBe(0);
		expect(await statementCount(w.page)).toBe(String(seedDataset.statements.length));
		await w.context.close();
	});
});

describe('the address of ?dataset= and the embed code', () => {
	const seedRows = seedDataset.statements.length;
	it('a relative dataset= opens the same file from an embed as from the notebook, and the full view keeps it', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}embed/table?dataset=data/statements.csv`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		expect(w.requests).toContain(`${root}data/statements.csv`);
		expect(await w.page.getByRole('alert').count()).toBe(0);
		// The embed's table lists a page of rows at a time; its status line counts the statements shown.
		await expect.poll(() => w.page.locator('main.embed output[aria-live="polite"]').textContent()).toContain(`${seedRows} of ${seedRows} shown`);
		const full = await w.page.getByRole('link', { name: /Open the full view/ }).getAttribute('href');
		const fullUrl = new URL(full!, w.page.url());
		expect(fullUrl.href).toBe(`${root}?dataset=data%2Fstatements.csv`);
		await w.page.goto(fullUrl.href, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await expect.poll(() => title(w.page)).toBe('statements.csv');
		expect(w.failedRequests).toEqual([]);
		await w.context.close();
	});

	it('a same-site address that redirects to another origin is refused in our words', async () => {
		const w = await openPage(browser);
		await w.page.route('**/test-data/moved.json', (route) =>
			route.fulfill({ status: 302, headers: { location: 'http://127.0.0.2:9/elsewhere.json' } })
		);
		await w.page.goto(`${root}?dataset=test-data/moved.json`);
		await hydrated(w.page);
		const alert = w.page.getByRole('alert');
		await expect.poll(() => alert.locator('li').allTextContents()).toEqual([
			'moved.json could not be loaded: its address redirects elsewhere, and only a dataset on this site can be opened'
		]);
		expect(await statementCount(w.page)).toBe(String(seedRows));
		await w.context.close();
	});

	it('the Embed code carries the address’s dataset; for a file from disk it says what the embed shows instead', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}?dataset=data/statements.csv&actor=IRN`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await expect.poll(() => title(w.page)).toBe('statements.csv');
		await w.page.locator('#cell-table .toolbar > button', { hasText: 'Embed' }).click();
		const code = await w.page.locator('#embed-table-code').inputValue();
		const src = new URL(/<iframe src="([^"]+)"/.exec(code)![1].replace(/&amp;/g, '&'));
		expect([src.pathname, src.searchParams.get('dataset'), src.searchParams.getAll('actor')]).toEqual([
			new URL(`${root}embed/table`).pathname,
			'data/statements.csv',
			['IRN']
		]);
		// The preview opens the same file (a second request for it) with the filter applied to it.
		const preview = w.page.frameLocator('dialog[open] iframe');
		const byIran = seedDataset.statements.filter((s) => s.actors.includes('IRN')).length;
		await expect.poll(() => preview.locator('.embed-filters').textContent()).toBe(`${byIran} statements of ${seedRows} · filters: said by Iran`);
		await expect.poll(() => w.requests.filter((r) => r === `${root}data/statements.csv`).length).toBe(2);
		expect(await preview.getByRole('alert').count()).toBe(0);
		await w.page.keyboard.press('Escape');
		// A file from disk: the address no longer names a dataset, the dialog says what the embed shows.
		await w.page.setInputFiles('#open-dataset-file', { name: 'chosen.csv', mimeType: 'text/csv', buffer: CHOSEN });
		await expect.poll(() => title(w.page)).toBe('chosen.csv');
		await w.page.locator('#cell-table .toolbar > button', { hasText: 'Embed' }).click();
		const note = w.page.locator('dialog[open] .file-note');
		await expect.poll(() => note.textContent()).toMatch(/chosen\.csv was opened from this computer and has no address, so this embed shows the site’s published\s+data/);
		expect(await w.page.locator('#embed-table-code').inputValue()).not.toContain('dataset=');
		await w.context.close();
	});

	it('"Back to the built-in dataset" drops ?dataset= from the address: a reload shows the built-in data', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}?dataset=data/statements.csv`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await expect.poll(() => title(w.page)).toBe('statements.csv');
		await w.page.getByRole('button', { name: 'Back to the built-in dataset' }).click();
		await expect.poll(() => datasetParam(w.page)).toBeNull();
		await w.page.reload({ waitUntil: 'networkidle' });
		await hydrated(w.page);
		expect(await title(w.page)).toBe(headlineOf(seedDataset));
		await w.context.close();
	});
});

describe('what the page says about files that are not what they claim', () => {
	/** Serve these bodies at test-data/<name> for the page. */
	async function serve(page: Page, files: Record<string, { type: string; body: string | Buffer }>) {
		await page.route('**/test-data/*', (route) => {
			const file = files[new URL(route.request().url()).pathname.split('/').pop()!];
			return route.fulfill({ contentType: file.type, body: file.body });
		});
	}
	const BAD_EVENTS = 16;
	const manyErrors = [HEADER, ...Array.from({ length: BAD_EVENTS }, (_, i) => `s${i},2024-03-01,FRA,France,DEU,Germany,PRAISE${i},quote,,,"Q${i}",x`)].join('\r\n');

	it('a list of 16 problems scrolls in its box and can be scrolled from the keyboard (axe)', async () => {
		const w = await openPage(browser, { viewport: { width: 900, height: 800 } });
		await serve(w.page, { 'many.csv': { type: 'text/csv', body: manyErrors } });
		await w.page.goto(`${root}?dataset=test-data/many.csv`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const list = w.page.locator('.load-errors ol');
		await expect.poll(() => list.locator('li').count()).toBe(BAD_EVENTS);
		expect(await list.evaluate((ol) => ol.scrollHeight > ol.clientHeight)).toBe(true);
		const result = await new AxeBuilder({ page: w.page }).include('.load-errors').withRules(['scrollable-region-focusable']).analyze();
		expect(result.violations.map((v) => v.id)).toEqual([]);
		await list.focus();
		await w.page.keyboard.press('End');
		await expect.poll(() => list.evaluate((ol) => ol.scrollTop)).toBeGreaterThan(0);
		await w.context.close();
	});

	it('an HTML page served as a CSV is named as a web page, in one line', async () => {
		const w = await openPage(browser);
		const page = '<!doctype html><html><head><title>Sign in</title></head><body>' + '<p>a, b, c</p>\n'.repeat(48) + '</body></html>';
		await serve(w.page, { 'statements.csv': { type: 'text/csv', body: page } });
		await w.page.goto(`${root}?dataset=test-data/statements.csv`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const alert = w.page.getByRole('alert');
		await expect.poll(() => alert.locator('li').allTextContents()).toEqual(['line 1: this is an HTML page, not a dataset (a web page was served or saved in its place)']);
		await w.context.close();
	});

	it('a statements CSV saved as UTF-16 without a byte-order mark opens as its text', async () => {
		const w = await openPage(browser);
		const utf16 = Buffer.from(CHOSEN.toString('utf8'), 'utf16le');
		expect(utf16.subarray(0, 2).equals(Buffer.from([0xff, 0xfe]))).toBe(false);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.setInputFiles('#open-dataset-file', { name: 'unicode.csv', mimeType: 'text/csv', buffer: utf16 });
		await expect.poll(() => title(w.page)).toBe('unicode.csv');
		expect(await statementCount(w.page)).toBe('3');
		expect(await w.page.getByRole('alert').count()).toBe(0);
		await w.context.close();
	});
});

describe('a name of 100,000 characters', () => {
	it('keeps a 360 px page 360 px wide: the headline facts and the timeline cut it, the page still holds it whole', async () => {
		const long = structuredClone(seedDataset);
		const iran = long.actors.find((a) => a.id === 'IRN')!;
		iran.name = 'Ab'.repeat(50_000);
		const w = await openPage(browser, { viewport: { width: 360, height: 800 } });
		await w.page.route('**/test-data/long.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(long) }));
		await w.page.goto(`${root}?dataset=test-data/long.json`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await expect.poll(() => title(w.page)).toBe('long.json');
		const timelineLabels = w.page.locator('#cell-timeline svg text');
		await w.page.locator('#cell-timeline').scrollIntoViewIfNeeded();
		await expect.poll(() => timelineLabels.count()).toBeGreaterThan(0);
		const widest = await w.page.evaluate(() => ({
			page: document.documentElement.scrollWidth,
			/** The lane labels naming the long name: each cut with an ellipsis, inside the page. */
			labels: [...document.querySelectorAll('#cell-timeline svg text')]
				.filter((t) => t.textContent!.startsWith('AbAb'))
				.map((t) => ({ cut: t.textContent!.endsWith('…'), inside: t.getBoundingClientRect().right <= 360 }))
		}));
		expect(widest.page).toBe(360);
		expect(widest.labels.length).toBeGreaterThan(0);
		expect(widest.labels).toEqual(widest.labels.map(() => ({ cut: true, inside: true })));
		// The fact is cut on screen, not in the text a screen reader reads.
		const spokeMost = w.page.locator('.facts dt:text-is("Actor in most statements") + dd');
		expect(((await spokeMost.textContent()) ?? '').includes(iran.name)).toBe(true);
		const box = await spokeMost.boundingBox();
		expect(box!.width).toBeLessThanOrEqual(360);
		await w.context.close();
	});
});
