/**
 * While a large dataset is taken in, the filter bar's choices of who spoke, who was addressed and which
 * event types occur are counted in a turn of their own (dash.shows). Until then the controls say so
 * (disabled, busy, "Counting…"): a control offering only "Any" would read as if there were nothing to choose.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { largeDataset } from '../../scripts/generate-large-dataset';
import { LARGE_DATASET_STATEMENTS } from '../../src/lib/data/large';
import { hydrated, launchBrowser, openPage } from './browser';

const root = inject('siteRoot');
const LARGE = largeDataset(LARGE_DATASET_STATEMENTS + 5_000);
const CHOICES = ['actor', 'recipient', 'event'];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('the filter bar while a large dataset is taken in', () => {
	it('says its choices are being counted until they are known, never offering "Any" alone', async () => {
		const w = await openPage(browser, { viewport: { width: 1280, height: 900 } });
		await w.page.goto(root, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		// Every state the choices are left in at the end of a task (what a frame can paint), as they change.
		await w.page.evaluate(`(() => {
			const seen = (window.__filterStates = []);
			const form = document.querySelector('form.filter-bar');
			const read = () => ${JSON.stringify(CHOICES)}.map((name) => {
				const s = form.querySelector('select[name="' + name + '"]');
				return { name, disabled: s.disabled, busy: s.getAttribute('aria-busy'), first: s.options[0].text, options: s.options.length };
			});
			new MutationObserver(() => seen.push(read())).observe(form, { subtree: true, childList: true, attributes: true, characterData: true });
		})()`);
		await w.page.setInputFiles('#open-dataset-file', { name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(LARGE)) });
		const spoke = new Set(LARGE.statements.flatMap((s) => s.actors));
		const speakers = LARGE.actors.filter((a) => spoke.has(a.id)).length;
		await expect.poll(() => w.page.locator('select[name="actor"] option:not([value=""])').count(), { timeout: 60_000 }).toBe(speakers);

		type State = { name: string; disabled: boolean; busy: string | null; first: string; options: number };
		const states = (await w.page.evaluate('window.__filterStates')) as State[][];
		const actor = (s: State[]) => s.find((c) => c.name === 'actor')!;
		// It was seen counting: each of the three disabled, busy, and saying so.
		const counting = states.filter((s) => actor(s).disabled);
		expect(counting.length).toBeGreaterThan(0);
		for (const c of counting[0]) expect(c, c.name).toMatchObject({ disabled: true, busy: 'true', first: 'Counting…' });
		// Never a control that can be used while it offers "Any" alone.
		for (const s of states) for (const c of s) if (c.name !== 'event') expect(c.disabled || c.options > 1, JSON.stringify(c)).toBe(true);
		// Once counted: usable, "Any" first.
		for (const name of CHOICES) {
			const select = w.page.locator(`select[name="${name}"]`);
			expect(await select.isEnabled(), name).toBe(true);
			expect(await select.getAttribute('aria-busy'), name).not.toBe('true');
			expect(await select.locator('option').first().textContent(), name).toBe('Any');
		}
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});
});
