/**
 * A dataset above LARGE_DATASET_STATEMENTS: it is taken in a part at a time (the cells say their view is
 * coming, and the page paints in between), totals come first with a note that the statements are
 * on demand, and the source text shows when asked for. Budgets (the longest task) are bench/open-large.ts's.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { largeDataset } from '../../scripts/generate-large-dataset';
import { firstStretch } from '../../src/lib/charts/source/segments';
import { LARGE_DATASET_STATEMENTS } from '../../src/lib/data/large';
import { quadOf } from '../../src/lib/data/plover';
import { statementsCsv } from '../../src/lib/export/csv';
import { hydrated, launchBrowser, openPage, pinnedCard } from './browser';

const root = inject('siteRoot');
const LARGE = largeDataset(LARGE_DATASET_STATEMENTS + 5_000);
const count = LARGE.statements.length.toLocaleString('en');
/** What the source reader marks when asked for detail: the first 300 statements of the text, whole. */
const STRETCH = firstStretch(LARGE.statements, 300);

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe(`a dataset of ${count} statements (above ${LARGE_DATASET_STATEMENTS})`, () => {
	it('opens a cell at a time, painting in between; totals first, and the source text on demand', async () => {
		const w = await openPage(browser, { viewport: { width: 1280, height: 900 } });
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		// Frames painted while cells are still to come: the page is not held by one task while it opens.
		await w.page.evaluate(() => {
			const w = window as unknown as { __framesWhileComing: number[] };
			w.__framesWhileComing = [];
			const frame = () => {
				const coming = document.querySelectorAll('#cells .coming').length;
				if (coming) w.__framesWhileComing.push(coming);
				requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
		});
		await w.page.setInputFiles('#open-dataset-file', { name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(LARGE)) });

		// Every cell comes; the totals are those of the file, with the note that detail is on demand.
		await expect.poll(() => w.page.locator('.facts dt:text-is("Statements in view") + dd').textContent(), { timeout: 60_000 }).toBe(String(LARGE.statements.length));
		await expect.poll(() => w.page.locator('#cells .coming').count(), { timeout: 60_000 }).toBe(0);
		// The filter bar, which reads the statements in a turn of its own, offers the file's speakers.
		const spoke = new Set(LARGE.statements.flatMap((s) => s.actors));
		const speakers = LARGE.actors.filter((a) => spoke.has(a.id)).length;
		await expect.poll(() => w.page.locator('select[name="actor"] option:not([value=""])').count()).toBe(speakers);
		const frames = await w.page.evaluate(() => (window as unknown as { __framesWhileComing: number[] }).__framesWhileComing);
		// Painted while cells were still to come (how many frames fall between cells is the machine's: the
		// order, a part per task, is tests/unit/large-dataset.test.ts's).
		expect(frames.length).toBeGreaterThan(0);
		await expect.poll(() => w.page.locator('.detail-on-demand').textContent()).toContain(`${count} statements`);

		// The source reader: a summary, no marks, until asked; then the first stretch of the text, marked.
		const marks = w.page.locator('#cell-source mark[data-statement]');
		expect(await w.page.locator('#cell-source .summary').textContent()).toContain(`${LARGE.statements.length} coded statements`);
		expect(await marks.count()).toBe(0);
		await w.page.getByRole('button', { name: /^Show the text of the first/ }).click();
		await expect.poll(() => marks.evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-statement'))).size)).toBe(STRETCH.statements.length);
		expect(await marks.first().getAttribute('data-statement')).toBe(STRETCH.statements[0].id);

		// The table shows its first page, and a card answers for a row.
		expect(await w.page.locator('#cell-table .tools output').textContent()).toContain(`${LARGE.statements.length} of ${LARGE.statements.length} shown`);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('the timeline counts statements in bins whose cards add up to the statements in view; a bin goes to the table, and Show in source reaches past the first 300', async () => {
		const w = await openPage(browser, { viewport: { width: 1280, height: 900 } });
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.setInputFiles('#open-dataset-file', { name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(LARGE)) });
		await expect.poll(() => w.page.locator('#cells .coming').count(), { timeout: 60_000 }).toBe(0);
		await w.page.locator('#cell-timeline .binned-note').waitFor();

		// One mark per speaker, week (from Monday) and quad class of the data; their counts are every statement.
		const monday = (day: string) => {
			const t = Date.parse(`${day}T00:00:00Z`);
			return new Date(t - ((new Date(t).getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
		};
		const bins = new Set(LARGE.statements.map((s) => `${s.actors.join()}|${monday(s.date)}|${quadOf(s.event)}`));
		const marks = w.page.locator('#cell-timeline .plot-target');
		await expect.poll(() => marks.count()).toBe(bins.size);
		const countIn = (text: string | null) => Number(/([\d,]+) statements?/.exec(text ?? '')?.[1].replace(/,/g, ''));
		const counts = (await marks.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).map(countIn);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(LARGE.statements.length);

		// A bin's card says as many as its mark, and each card of a lane adds up to the lane's statements.
		const mark = marks.nth(Math.floor(bins.size / 2));
		const n = countIn(await mark.getAttribute('aria-label'));
		await mark.click();
		const card = pinnedCard(w.page);
		expect(countIn(await card.locator('#statement-card-heading').textContent())).toBe(n);

		// Show in source for a statement past the first 300 of the text: its stretch shows, scrolled into sight.
		const link = card.locator('a[href^="#source-"]').last();
		const id = decodeURIComponent((await link.getAttribute('href'))!.slice('#source-'.length));
		expect(STRETCH.statements.map((s) => s.id)).not.toContain(id);
		await link.click();
		const target = w.page.locator(`#cell-source mark[data-statement="${id}"]`).first();
		await target.waitFor();
		await expect.poll(() => target.evaluate((el) => {
			const r = el.getBoundingClientRect();
			return r.bottom > 0 && r.top < innerHeight;
		})).toBe(true);

		// "Show these N in the table": the filters the card sets leave exactly its statements in the table.
		await mark.click();
		await card.getByRole('button', { name: `Show these ${n.toLocaleString('en')} in the table` }).click();
		await expect.poll(() => w.page.locator('#cell-table .tools output').textContent()).toContain(`${n} of ${n} shown`);
		const [actor, quad, from, to] = await Promise.all(['select[name="actor"]', 'select[name="event"]', 'input[name="from"]', 'input[name="to"]'].map((sel) => w.page.locator(sel).inputValue()));
		const expected = LARGE.statements.filter((s) => s.actors.includes(actor) && quadOf(s.event) === quad && s.date >= from && s.date <= to);
		expect(expected.length).toBe(n);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('a reload while it opens does not silently show the file kept before: the page says which file it shows', async () => {
		const w = await openPage(browser, { viewport: { width: 1280, height: 900 } });
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const small = largeDataset(3);
		await w.page.setInputFiles('#open-dataset-file', { name: 'kept.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(small)) });
		await w.page.getByText('kept in this browser').waitFor({ timeout: 30_000 });
		// The large file is still being read when the page reloads.
		await w.page.setInputFiles('#open-dataset-file', { name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(LARGE)) });
		await w.page.reload({ waitUntil: 'networkidle' });
		const note = w.page.locator('.open-dataset [role="status"]', { hasText: 'large.json' });
		await expect.poll(() => note.textContent(), { timeout: 30_000 }).toContain('large.json was still being opened when the page was reloaded and was not kept');
		expect(await note.textContent()).toContain('Shown: kept.json');
		expect(await w.page.locator('h1').textContent()).toBe('kept.json');
		// Told once: the next reload reopens the kept file as usual.
		await w.page.reload({ waitUntil: 'networkidle' });
		await w.page.locator('.open-dataset [role="status"]', { hasText: 'Reopened kept.json' }).waitFor({ timeout: 30_000 });
		expect(await w.page.getByText('was still being opened').count()).toBe(0);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('past the statement limit the reader refuses the file before any statement reaches the page, names its count and the limit, and keeps what was open', async () => {
		const w = await openPage(browser, { viewport: { width: 1280, height: 900 } });
		// The limit lowered to one under this file's rows (the page's test knob, read at each read), so no
		// 250 MB file is needed; the statements each worker sends the page are counted as they arrive.
		const rows = LARGE.statements.length;
		await w.context.addInitScript(`{
			globalThis.__MAX_STATEMENTS__ = ${rows - 1};
			window.__chunks = 0;
			const Native = window.Worker;
			window.Worker = class extends Native {
				constructor(url, options) {
					super(url, options);
					this.addEventListener('message', (e) => { if (e.data?.type === 'statements') window.__chunks++; });
				}
			};
		}`);
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const small = largeDataset(3);
		await w.page.setInputFiles('#open-dataset-file', { name: 'kept.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(small)) });
		await w.page.getByText('kept in this browser').waitFor({ timeout: 30_000 });
		const csv = Buffer.from(statementsCsv(LARGE));
		expect(csv.byteLength).toBeGreaterThan(1024 * 1024); // read by the background reader
		await w.page.setInputFiles('#open-dataset-file', { name: 'too-many.csv', mimeType: 'text/csv', buffer: csv });

		const errors = w.page.locator('.load-errors');
		await expect.poll(() => errors.textContent(), { timeout: 60_000 }).toContain(
			`the file has ${count} rows, more than the ${(rows - 1).toLocaleString('en')} statements this page opens`
		);
		expect(await errors.textContent()).toContain('too-many.csv was not opened');
		expect(await w.page.evaluate(() => (window as unknown as { __chunks: number }).__chunks)).toBe(0);
		// What was open is still shown, and still the file kept for a reload.
		expect(await w.page.locator('h1').textContent()).toBe('kept.json');
		expect(await w.page.locator('.facts dt:text-is("Statements in view") + dd').textContent()).toBe(String(small.statements.length));
		await w.page.reload({ waitUntil: 'networkidle' });
		await w.page.locator('.open-dataset [role="status"]', { hasText: 'Reopened kept.json' }).waitFor({ timeout: 30_000 });

		// At the limit, the same file opens: the refusal was the limit's, not something else about the file.
		await w.page.evaluate((limit) => ((globalThis as { __MAX_STATEMENTS__?: number }).__MAX_STATEMENTS__ = limit), rows);
		await w.page.setInputFiles('#open-dataset-file', { name: 'too-many.csv', mimeType: 'text/csv', buffer: csv });
		await expect.poll(() => w.page.locator('h1').textContent(), { timeout: 60_000 }).toBe('too-many.csv');
		await expect.poll(() => w.page.locator('.facts dt:text-is("Statements in view") + dd').textContent(), { timeout: 60_000 }).toBe(String(rows));
		expect(await w.page.evaluate(() => (window as unknown as { __chunks: number }).__chunks)).toBeGreaterThan(0);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});
});
