/** "Open dataset" in the notebook: valid, invalid and hostile files, the worker path, and reloads. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { largeDataset } from '../../scripts/generate-large-dataset';
import { generateDataset } from '../../src/lib/data/generate';
import { headlineOf } from '../../src/lib/data/headline';
import { seedDataset } from '../../src/lib/data/seed/dataset';
import { framesLater, holdAppScripts, hydrated, launchBrowser, openPage } from './browser';

const root = inject('siteRoot');
const HEADER = 'statement_id,date,actors,actor_names,recipient,recipient_name,event,attribution,speaker,speaker_name,quote,summary';
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>window.__injected = 1</script>';

const csv = (rows: string[]) => Buffer.from([HEADER, ...rows].join('\r\n') + '\r\n');
const VALID = csv([
	's1,2024-03-01,FRA,France,DEU,Germany,AGREE,quote,macron,Emmanuel Macron,"We agree on the budget.",France agrees with Germany.',
	's1,2024-03-01,FRA,France,ITA,Italy,AGREE,quote,macron,Emmanuel Macron,"We agree on the budget.",France agrees with Germany.',
	's2,2024-03-02,DEU,Germany,FRA,France,REJECT,paraphrase,,,"Berlin rejected the plan.",Germany rejects the plan.',
	's3,2024-03-03,ITA,Italy,,,REQUEST,paraphrase,,,"Rome asked for more time.",Italy asks for time.'
]);
const INVALID = csv([
	's1,2024-03-01,FRA,France,DEU,Germany,AGREE,quote,,,"We agree.",x',
	's2,2024-03-02,DEU,Germany,IRNN,,REJECT,paraphrase,,,"No.",y'
]);
const HOSTILE = csv([
	`s1,2024-03-01,FRA,"${IMG}",DEU,"${SCRIPT}",AGREE,quote,p1,"${IMG}","${IMG} and ${SCRIPT}","${SCRIPT}"`
]);

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function openFile(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv') {
	await page.setInputFiles('#open-dataset-file', { name, mimeType, buffer });
}
const statementCount = (page: Page) => page.locator('.facts dt:text-is("Statements in view") + dd').textContent();

describe('opening a dataset file', () => {
	it('a valid file replaces the data of every cell and the title; "Back" returns to the built-in one', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		expect(await statementCount(w.page)).toBe(String(seedDataset.statements.length));
		await openFile(w.page, 'eu-budget.csv', VALID);
		await expect.poll(() => statementCount(w.page)).toBe('3');
		expect(await w.page.locator('h1').textContent()).toBe('eu-budget.csv');
		expect(await w.page.locator('.facts dt:text-is("Parties (actors or recipients)") + dd').textContent()).toBe('3');
		expect(await w.page.locator('tbody tr').count()).toBe(3);
		await expect.poll(() => w.page.locator('.source-text').textContent()).toContain('Berlin rejected the plan.');
		await w.page.getByRole('button', { name: 'Back to the built-in dataset' }).click();
		await expect.poll(() => statementCount(w.page)).toBe(String(seedDataset.statements.length));
		expect(await w.page.locator('h1').textContent()).toBe(headlineOf(seedDataset));
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('an invalid file lists its errors with row and column, and leaves the table as it was', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const before = await w.page.locator('tbody').textContent();
		await openFile(w.page, 'broken.csv', INVALID);
		const panel = w.page.getByRole('alert');
		await expect.poll(() => panel.textContent()).toContain('broken.csv was not opened: 1 problem.');
		expect(await panel.locator('li').allTextContents()).toEqual([expect.stringContaining('row 3, column recipient: "IRNN" is not a known actor code')]);
		expect(await statementCount(w.page)).toBe(String(seedDataset.statements.length));
		expect(await w.page.locator('tbody').textContent()).toBe(before);
		expect(await w.page.locator('h1').textContent()).toBe(headlineOf(seedDataset));
		await w.context.close();
	});

	it('shows markup in the data as text: no element created, no dialog, no script run', async () => {
		const w = await openPage(browser);
		const dialogs: string[] = [];
		w.page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const imagesBefore = await w.page.locator('img').count();
		const scriptsBefore = await w.page.locator('script').count();
		await openFile(w.page, 'hostile.csv', HOSTILE);
		await expect.poll(() => statementCount(w.page)).toBe('1');
		// The table, the source reader and the speaker's name show the markup as literal text.
		await expect.poll(() => w.page.locator('tbody').textContent()).toContain(IMG);
		expect(await w.page.locator('tbody').textContent()).toContain(SCRIPT);
		expect(await w.page.locator('.source-text').textContent()).toContain(`${IMG} and ${SCRIPT}`);
		await framesLater(w.page);
		expect(await w.page.locator('img').count()).toBe(imagesBefore);
		expect(await w.page.locator('script').count()).toBe(scriptsBefore);
		expect(await w.page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
		expect(dialogs).toEqual([]);
		await w.context.close();
	});

	it('keeps the opened dataset across a reload, until it is forgotten', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await openFile(w.page, 'eu-budget.csv', VALID);
		await expect.poll(() => statementCount(w.page)).toBe('3');
		await w.page.getByText('kept in this browser').waitFor();
		await w.page.reload({ waitUntil: 'networkidle' });
		await expect.poll(() => statementCount(w.page)).toBe('3');
		expect(await w.page.locator('h1').textContent()).toBe('eu-budget.csv');
		await w.page.getByRole('button', { name: 'Back to the built-in dataset' }).click();
		await expect.poll(() => statementCount(w.page)).toBe(String(seedDataset.statements.length));
		// Nothing is left in IndexedDB to come back after a reload (src/lib/state/saved-dataset.ts's store).
		const saved = () =>
			w.page.evaluate(
				() =>
					new Promise<number>((done) => {
						const open = indexedDB.open('diplomacy-dashboard', 1);
						open.onupgradeneeded = () => open.result.createObjectStore('opened-datasets');
						open.onsuccess = () => {
							const count = open.result.transaction('opened-datasets').objectStore('opened-datasets').count();
							count.onsuccess = () => (open.result.close(), done(count.result));
						};
					})
			);
		await expect.poll(saved).toBe(0);
		await w.page.reload({ waitUntil: 'networkidle' });
		await hydrated(w.page);
		expect(await saved()).toBe(0);
		expect(await statementCount(w.page)).toBe(String(seedDataset.statements.length));
		await w.context.close();
	});

	it('reads a file over 1 MB in a Web Worker, opens it, and the worker keeps it across a reload', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const big = largeDataset(60);
		big.sources[0].text += ` ${'Filler sentence of the long report. '.repeat(32_000)}`;
		const buffer = Buffer.from(JSON.stringify(big));
		expect(buffer.byteLength).toBeGreaterThan(1024 * 1024);
		await openFile(w.page, 'big.json', buffer, 'application/json');
		await expect.poll(() => statementCount(w.page), { timeout: 30_000 }).toBe('60');
		expect(w.requests.some((u) => /dataset-worker/.test(u))).toBe(true);
		await w.page.getByText('kept in this browser').waitFor({ timeout: 30_000 });
		await w.page.reload({ waitUntil: 'networkidle' });
		await expect.poll(() => statementCount(w.page), { timeout: 30_000 }).toBe('60');
		expect(await w.page.locator('h1').textContent()).toBe('big.json');
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('lays out a large opened graph in the worker that read the file, while the page draws the other cells', async () => {
		const w = await openPage(browser);
		await w.context.addInitScript(`{
			const Native = window.Worker;
			window.__workers = [];
			window.Worker = class extends Native { constructor(url, options) { super(url, options); window.__workers.push(String(url)); } };
		}`);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const big = generateDataset({ actors: 150, statements: 600, seed: 3 });
		big.sources[0].text += ` ${'Filler sentence of the long report. '.repeat(32_000)}`;
		await openFile(w.page, 'graph.json', Buffer.from(JSON.stringify(big)), 'application/json');
		await expect.poll(() => statementCount(w.page), { timeout: 30_000 }).toBe('600');
		await expect.poll(() => w.page.locator('#cell-network canvas.overlay').count(), { timeout: 30_000 }).toBe(1);
		const workers = await w.page.evaluate(() => (window as unknown as { __workers: string[] }).__workers);
		expect(workers.filter((u) => /dataset-worker/.test(u))).toHaveLength(1);
		expect(workers.filter((u) => /layout-worker/.test(u))).toHaveLength(0);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});
	it('a file chosen before the page’s script has run is opened once it runs, and can be chosen again', async () => {
		const w = await openPage(browser);
		// Hold the app's scripts until the reader has chosen a file in the prerendered input.
		const release = await holdAppScripts(w.page);
		await w.page.goto(root, { waitUntil: 'domcontentloaded' });
		await openFile(w.page, 'eu-budget.csv', VALID);
		release();
		await expect.poll(() => statementCount(w.page), { timeout: 30_000 }).toBe('3');
		expect(await w.page.locator('h1').textContent()).toBe('eu-budget.csv');
		// The input is emptied after the read: choosing the same file again reads it again.
		expect(await w.page.locator('#open-dataset-file').evaluate((el) => (el as HTMLInputElement).files?.length ?? 0)).toBe(0);
		await w.page.getByRole('button', { name: 'Back to the built-in dataset' }).click();
		await expect.poll(() => statementCount(w.page)).toBe(String(seedDataset.statements.length));
		await openFile(w.page, 'eu-budget.csv', VALID);
		await expect.poll(() => statementCount(w.page)).toBe('3');
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('after a file that was refused, the input is emptied, so that the same file can be chosen again', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await openFile(w.page, 'broken.csv', INVALID);
		const panel = w.page.getByRole('alert');
		await expect.poll(() => panel.textContent()).toContain('broken.csv was not opened: 1 problem.');
		expect(await w.page.locator('#open-dataset-file').evaluate((el) => (el as HTMLInputElement).files?.length ?? 0)).toBe(0);
		await w.context.close();
	});

	it('a dataset with no statements opens, and every cell says it has none (no filter is blamed)', async () => {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const empty = { ...seedDataset, statements: [] };
		await openFile(w.page, 'empty.json', Buffer.from(JSON.stringify(empty)), 'application/json');
		await expect.poll(() => statementCount(w.page)).toBe('0');
		for (const cell of ['map', 'network', 'timeline', 'matrix', 'table'])
			expect(await w.page.locator(`#cell-${cell} .takeaway`).textContent()).toBe('This dataset has no statements.');
		expect(await w.page.locator('.lede').textContent()).toBe('This dataset has no statements.');
		expect(await w.page.locator('#cell-table tbody').textContent()).toContain('This dataset has no statements.');
		expect(await w.page.locator('body').textContent()).not.toContain('matches');
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});
});

describe('opening a dataset named in the address (?dataset=)', () => {
	const moved = structuredClone(seedDataset);
	moved.statements[2].span = { start: moved.statements[2].span.start + 5, end: moved.statements[2].span.end + 5 };
	const noQuote = structuredClone(seedDataset) as unknown as { statements: Record<string, unknown>[] };
	delete noQuote.statements[7].quote;
	const served: Record<string, string> = {
		'moved.json': JSON.stringify(moved, null, 2),
		'no-quote.json': JSON.stringify(noQuote, null, 2),
		'bad.json': '{\n  "schemaVersion": 1,\n  sources: []\n}'
	};
	async function openAddress(name: string) {
		const w = await openPage(browser);
		await w.page.route('**/test-data/*', (route) =>
			route.fulfill({ contentType: 'application/json', body: served[new URL(route.request().url()).pathname.split('/').pop()!] })
		);
		await w.page.goto(`${root}?dataset=test-data/${name}`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		return w;
	}
	/** What the picker says about the same text. */
	async function pickerSays(name: string) {
		const w = await openPage(browser);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await openFile(w.page, name, Buffer.from(served[name]), 'application/json');
		return w;
	}
	const issues = (page: Page, selector: string) => page.locator(`${selector} li`).allTextContents();

	it('a wrong span is corrected, with the warning the picker shows', async () => {
		const w = await openAddress('moved.json');
		await expect.poll(() => w.page.locator('h1').textContent()).toBe('moved.json');
		const summary = w.page.locator('.load-warnings summary');
		await expect.poll(() => summary.textContent()).toBe('moved.json: 1 warning (the file was opened)');
		const warnings = await issues(w.page, '.load-warnings');
		expect(warnings).toContainEqual(expect.stringMatching(/^line \d+, statements\[2\]\.span: the quote is not at .*the span was corrected/));
		const p = await pickerSays('moved.json');
		await expect.poll(() => issues(p.page, '.load-warnings')).toEqual(warnings);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
		await p.context.close();
	});

	it('a missing field and bad JSON: the same messages, with lines, as the picker; the data is unchanged', async () => {
		for (const [name, message] of [
			['no-quote.json', /^line \d+, statements\[7\]\.quote: the field "quote" is missing/],
			['bad.json', /^line 3: not valid JSON at column 3: expected a field name in double quotes/]
		] as const) {
			const w = await openAddress(name);
			const panel = w.page.getByRole('alert');
			await expect.poll(() => panel.textContent()).toContain(`${name} was not opened: 1 problem.`);
			const errors = await issues(w.page, '.load-errors');
			expect(errors).toEqual([expect.stringMatching(message)]);
			expect(await statementCount(w.page)).toBe(String(seedDataset.statements.length));
			const p = await pickerSays(name);
			await expect.poll(() => issues(p.page, '.load-errors')).toEqual(errors);
			await w.context.close();
			await p.context.close();
		}
	});

	it('opens the statements CSV the site publishes', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}?dataset=data/statements.csv`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await expect.poll(() => w.page.locator('h1').textContent()).toBe('statements.csv');
		expect(await statementCount(w.page)).toBe(String(seedDataset.statements.length));
		expect(await w.page.getByRole('alert').count()).toBe(0);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});
});
