import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { seedDataset } from '../../src/lib/data/seed/dataset';
import { afterCardPlacement, framesLater, hydrated, launchBrowser, openPage, type WatchedPage } from './browser';
import { serveStatic, type StaticSite } from './static-server';

const root = inject('siteRoot');
/** Where to save screenshots for a person to look at, if anywhere (they are not compared). */
const SHOTS = process.env.E2E_SHOTS;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function hostPage(): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A report with two charts</title></head>
<body style="margin:0;font-family:sans-serif">
<script>
window.__sizedAt = {};
new MutationObserver(function (list) { list.forEach(function (m) { window.__sizedAt[m.target.id] = performance.now(); }); })
	.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['style'] });
addEventListener('load', function () { window.__loadAt = performance.now(); });
</script>
<main>
<h1>A report</h1>
<p>Some text before the charts.</p>
<iframe id="map" title="Map: who addressed whom" src="${root}embed/map?title=0" loading="lazy" style="width:100%;height:300px;border:0"></iframe>
<iframe id="table" title="Statements addressed to Afghanistan" src="${root}embed/table?recipient=AFG" loading="lazy" style="width:100%;height:300px;border:0"></iframe>
<iframe id="other" title="The full notebook" src="${root}" style="width:100%;height:200px;border:0"></iframe>
<p>Text after the charts.</p>
</main>
<script src="${root}embed.js"></script>
</body></html>`;
}

let browser: Browser;
let host: StaticSite;
beforeAll(async () => {
	browser = await launchBrowser();
	host = await serveStatic('build', '/nothing-here/', 0, { '/host.html': hostPage() });
});
afterAll(async () => {
	await browser?.close();
	await host?.close();
});

const heightOf = (page: import('playwright-core').Page, id: string) =>
	page.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().height, id);

describe('embeds on a host page of another origin', () => {
	it('embed.js sizes both embeds to their content', async () => {
		const w = await openPage(browser, { viewport: { width: 900, height: 800 } });
		expect(new URL(host.origin).origin).not.toBe(new URL(root).origin);
		await w.page.goto(`${host.origin}/host.html`, { waitUntil: 'load' });
		await expect
			.poll(async () => [await heightOf(w.page, 'map'), await heightOf(w.page, 'table')], { timeout: 8000, interval: 50 })
			.not.toContain(300);
		// from the host page's load event to the last of the two iframes being sized, timed in the page
		const tookMs = await w.page.evaluate(() => {
			const w = window as unknown as { __sizedAt: Record<string, number>; __loadAt: number };
			return Math.max(w.__sizedAt.map, w.__sizedAt.table) - w.__loadAt;
		});
		for (const id of ['map', 'table']) {
			const frame = w.page.frameLocator(`#${id}`);
			const content = await frame.locator('main.embed').evaluate((m) => Math.ceil(m.getBoundingClientRect().height));
			expect(Math.abs((await heightOf(w.page, id)) - content), id).toBeLessThanOrEqual(2);
		}
		// Printed, not asserted: a wall-clock bound on a shared machine fails on load, not on a change.
		console.log(`embeds sized ${tookMs} ms after load`);
		// the filtered table shows two rows, so it is shorter than the map
		expect(await w.page.frameLocator('#table').locator('tbody tr[data-statement]:visible').count()).toBe(2);
		// the notebook iframe is not an embed: embed.js leaves it alone
		expect(await heightOf(w.page, 'other')).toBe(200);
		await w.context.close();
	});

	it('with the height the embed dialog reserves, the host page shifts no more than 0.02 (CLS)', async () => {
		// the reserved height is what the embed reports; measure it first, as the dialog's preview does
		const probe = await openPage(browser, { viewport: { width: 900, height: 800 } });
		await probe.page.goto(`${root}embed/map?title=0`, { waitUntil: 'networkidle' });
		await hydrated(probe.page);
		const reserved = await probe.page.locator('main.embed').evaluate((m) => Math.ceil(m.getBoundingClientRect().height));
		await probe.context.close();
		const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report</title></head><body style="margin:0">
<script>window.__cls = 0; new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { if (!e.hadRecentInput) window.__cls += e.value; }); }).observe({ type: 'layout-shift', buffered: true });</script>
<h1>Report</h1><p>Before.</p>
<iframe id="map" title="Map" src="${root}embed/map?title=0" loading="lazy" style="width:100%;height:${reserved}px;border:0"></iframe>
<p>After the chart.</p><script src="${root}embed.js"></script></body></html>`;
		const reservedHost = await serveStatic('build', '/nothing-here/', 0, { '/reserved.html': page });
		const w = await openPage(browser, { viewport: { width: 900, height: 800 } });
		// A shift would come as the embed reports its height: the host page records each report as it comes.
		await w.page.addInitScript(() => {
			(window as unknown as { __heights: number }).__heights = 0;
			addEventListener('message', (e) => {
				if ((e.data as { type?: string })?.type === 'who-said-what:embed-height') (window as unknown as { __heights: number }).__heights++;
			});
		});
		await w.page.goto(`${reservedHost.origin}/reserved.html`, { waitUntil: 'networkidle' });
		await expect.poll(() => w.page.evaluate(() => (window as unknown as { __heights: number }).__heights), { timeout: 30_000 }).toBeGreaterThan(0);
		await framesLater(w.page);
		const cls = await w.page.evaluate(() => (window as unknown as { __cls: number }).__cls);
		console.log(`host page CLS with ${reserved} px reserved: ${cls.toFixed(4)}`);
		expect(cls).toBeLessThanOrEqual(0.02);
		await w.context.close();
		await reservedHost.close();
	});

	it('ignores a height message from a window that is not one of the embeds', async () => {
		const w = await openPage(browser, { viewport: { width: 900, height: 800 } });
		await w.page.goto(`${host.origin}/host.html`, { waitUntil: 'load' });
		await expect.poll(() => heightOf(w.page, 'map'), { timeout: 8000 }).not.toBe(300);
		const before = await heightOf(w.page, 'map');
		const message = { type: 'who-said-what:embed-height', chart: 'map', height: 9 };
		// The host counts the messages as they arrive (its own listener runs beside embed.js's).
		await w.page.evaluate(() => {
			(window as unknown as { __got: number }).__got = 0;
			addEventListener('message', () => (window as unknown as { __got: number }).__got++);
		});
		// from the host window itself (another origin), and from a same-origin frame that is not an embed
		await w.page.evaluate((m) => window.postMessage(m, '*'), message);
		const other = w.page.frames().find((f) => f.url() === root)!;
		await other.evaluate((m) => window.parent.postMessage(m, '*'), message);
		// Both have reached the host, and embed.js has had its turn with them, a frame ago.
		await expect.poll(() => w.page.evaluate(() => (window as unknown as { __got: number }).__got)).toBeGreaterThanOrEqual(2);
		await framesLater(w.page);
		expect(await heightOf(w.page, 'map')).toBe(before);
		expect(await heightOf(w.page, 'other')).toBe(200);
		await w.context.close();
	});

	it('passes axe on the host page (iframe titles) and on the embed pages', async () => {
		const w = await openPage(browser, { viewport: { width: 900, height: 800 } });
		await w.page.goto(`${host.origin}/host.html`, { waitUntil: 'load' });
		await expect.poll(() => w.page.frameLocator('#map').locator('svg[data-chart-figure]').count(), { timeout: 30_000 }).toBe(1);
		const hostResult = await new AxeBuilder({ page: w.page }).withTags(AXE_TAGS).include('main').exclude('#other').analyze();
		expect(hostResult.violations.map((v) => v.id)).toEqual([]);
		for (const chart of ['map', 'network', 'timeline', 'matrix', 'table']) {
			await w.page.goto(`${root}embed/${chart}`, { waitUntil: 'networkidle' });
			await hydrated(w.page);
			expect(await w.page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
			const result = await new AxeBuilder({ page: w.page }).withTags(AXE_TAGS).analyze();
			expect(result.violations.map((v) => `${chart} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
		}
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('a filtered embed names its filters and how many statements it shows; an unfiltered one adds nothing', async () => {
		const w = await openPage(browser, { viewport: { width: 900, height: 800 } });
		await w.page.goto(`${root}embed/network?actor=RUS&topic=jcpoa&event=verbal-cooperation`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const line = w.page.locator('main.embed .embed-filters');
		await expect.poll(() => line.count()).toBe(1);
		expect(await line.isVisible()).toBe(true);
		const text = (await line.textContent()) ?? '';
		expect(text).toMatch(new RegExp(`^\\d+ statements? of ${seedDataset.statements.length} · filters: said by Russia; topic .+; event verbal cooperation$`));
		if (SHOTS) {
			mkdirSync(SHOTS, { recursive: true });
			await w.page.screenshot({ path: `${SHOTS}/embed-network-filtered.png`, fullPage: true });
		}
		// with title=0 the title block goes, the filter line stays
		await w.page.goto(`${root}embed/table?title=0&recipient=AFG`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await expect.poll(() => line.textContent()).toBe(`2 statements of ${seedDataset.statements.length} · filters: addressed to Afghanistan`);
		expect(await line.isVisible()).toBe(true);
		for (const chart of ['network', 'map']) {
			await w.page.goto(`${root}embed/${chart}`, { waitUntil: 'networkidle' });
			await hydrated(w.page);
			await expect.poll(() => w.page.locator('main.embed svg[data-chart-figure]').count()).toBeGreaterThan(0);
			expect(await line.count(), chart).toBe(0);
		}
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('title=0 hides the title block, theme=dark darkens the page, and the link back keeps the filters', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}embed/table?title=0&theme=dark&recipient=AFG`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		expect(await w.page.locator('.embed-title').isVisible()).toBe(false);
		expect(await w.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		const bg = await w.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(bg).toBe('rgb(22, 23, 26)');
		const href = await w.page.getByRole('link', { name: /open the full view/i }).getAttribute('href');
		expect(href).toMatch(/\?.*recipient=AFG/);
		expect(href).not.toMatch(/title=0/);
		await w.context.close();
	});

	it('a card stays inside a frame sized to its chart: it opens above a mark near the bottom', async () => {
		for (const chart of ['matrix', 'network']) {
			const w = await openPage(browser, { viewport: { width: 1000, height: 600 } });
			await w.page.goto(`${root}embed/${chart}`, { waitUntil: 'networkidle' });
			await hydrated(w.page);
			// As embed.js sizes the frame: as tall as the embed's content.
			const height = await w.page.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().height));
			await w.page.setViewportSize({ width: 1000, height });
			const marks = w.page.locator('main svg [tabindex="0"]');
			const outside: string[] = [];
			for (let i = 0; i < (await marks.count()); i++) {
				await marks.nth(i).focus();
				const card = w.page.locator('[role="tooltip"]');
				await expect.poll(() => card.count()).toBe(1);
				await afterCardPlacement(w.page);
				const box = (await card.boundingBox())!;
				if (box.y < -1 || box.y + box.height > height + 1) outside.push(`${await marks.nth(i).getAttribute('aria-label')}: ${Math.round(box.y)}–${Math.round(box.y + box.height)}`);
			}
			expect(outside, chart).toEqual([]);
			await w.context.close();
		}
	});

	it('"Show in source" in an embedded table opens the full view in a new tab, at the statement, filters kept', async () => {
		const w = await openPage(browser);
		// Not 'networkidle': the host page also frames the whole notebook, whose network may not settle soon
		// on a busy machine. The link's address is set once the embed has hydrated.
		await w.page.goto(`${host.origin}/host.html`, { waitUntil: 'load' });
		const frame = w.page.frameLocator('#table');
		const link = frame.getByRole('link', { name: /^show in source/i }).first();
		await expect.poll(() => link.getAttribute('href'), { timeout: 30_000 }).toMatch(/\?recipient=AFG#source-s18$/);
		expect(await link.getAttribute('target')).toBe('_blank');
		// Named for a listener: speaker, date and the first words (in quotation marks only for a direct quote), not the statement's id.
		const name = await link.evaluate((a) => a.textContent);
		expect(name).toMatch(/^Show in source: .+, \d+ November 2021, (“|reported: )/);
		expect(name).toContain('(opens in a new tab)');
		const [opened] = await Promise.all([w.context.waitForEvent('page'), link.click()]);
		await opened.waitForLoadState('domcontentloaded');
		expect(new URL(opened.url()).pathname).toBe(new URL(root).pathname);
		expect(new URL(opened.url()).hash).toBe('#source-s18');
		// The frame still shows the table.
		expect(await frame.locator('table').count()).toBe(1);
		await w.context.close();
	});
});

describe('an embed of a dataset named in the address (?dataset=)', () => {
	const IMG = '<img src=x onerror=alert(1)>';
	// The seed's one warning (a group with no map position) placed, so that a file can be clean.
	const clean = structuredClone(seedDataset);
	clean.actors.find((a) => a.id === '3+3')!.anchor = { lon: 45, lat: 40, place: 'South Caucasus' };
	clean.statements = clean.statements.slice(0, 5);
	const moved = structuredClone(clean);
	moved.statements[2].span = { start: moved.statements[2].span.start + 5, end: moved.statements[2].span.end + 5 };
	const HEADER = 'statement_id,date,actors,actor_names,recipient,recipient_name,event,attribution,speaker,speaker_name,quote,summary';
	const served: Record<string, { type: string; body: string }> = {
		'clean.json': { type: 'application/json', body: JSON.stringify(clean, null, 2) },
		'moved.json': { type: 'application/json', body: JSON.stringify(moved, null, 2) },
		// An unknown column is warned about by its name: markup in it, and in the file's name, stays text.
		'<b>notes</b>.csv': {
			type: 'text/csv',
			body: `${HEADER},${IMG}\r\ns1,2024-03-01,FRA,France,DEU,Germany,AGREE,quote,macron,Emmanuel Macron,"We agree.",France agrees.,x\r\n`
		}
	};
	/** Serve the files above at test-data/ on the site's origin, to the page and to any frame in it. */
	async function serveTestData(w: WatchedPage) {
		await w.context.route('**/test-data/*', (route) => {
			const file = served[decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop()!)];
			return file ? route.fulfill({ contentType: file.type, body: file.body }) : route.fulfill({ status: 404, body: 'not found' });
		});
	}
	/** The parameter is a URL: a "/" in the name is encoded in it, and the URL is encoded in the address. */
	const datasetParam = (name: string) => `dataset=${encodeURIComponent(`test-data/${encodeURIComponent(name)}`)}`;
	const rows = (w: WatchedPage) => w.page.locator('main.embed tbody tr[data-statement]').count();

	it('a file opened with a warning: one closed line names the file and the count, the list opens on request; a clean file adds nothing', async () => {
		const w = await openPage(browser, { viewport: { width: 900, height: 800 } });
		await serveTestData(w);
		await w.page.goto(`${root}embed/table?${datasetParam('moved.json')}`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await expect.poll(() => rows(w)).toBe(5);
		const notice = w.page.locator('main.embed details.load-warnings');
		await expect.poll(() => notice.locator('summary').textContent()).toBe('moved.json: 1 warning (the file was opened)');
		expect(await notice.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		expect(await notice.locator('li').isVisible()).toBe(false);
		await notice.locator('summary').click();
		expect(await notice.locator('li').allTextContents()).toEqual([
			expect.stringMatching(/^line \d+, statements\[2\]\.span: the quote is not at .*the span was corrected/)
		]);
		expect(await notice.locator('li').isVisible()).toBe(true);
		expect(await w.page.getByRole('alert').count()).toBe(0);
		const result = await new AxeBuilder({ page: w.page }).withTags(AXE_TAGS).analyze();
		expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
		// The same data without the wrong span: no notice.
		await w.page.goto(`${root}embed/table?${datasetParam('clean.json')}`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await expect.poll(() => rows(w)).toBe(5);
		expect(await w.page.locator('main.embed .load-warnings, main.embed .load-errors').count()).toBe(0);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('the notice is part of the height the embed reports, open or closed; markup in the file stays text', async () => {
		const w = await openPage(browser, { viewport: { width: 900, height: 800 } });
		await serveTestData(w);
		const dialogs: string[] = [];
		w.page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report</title></head><body style="margin:0">
<main><h1>Report</h1><iframe id="table" title="Statements" src="${root}embed/table?${datasetParam('<b>notes</b>.csv')}" style="width:100%;height:300px;border:0"></iframe></main>
<script src="${root}embed.js"></script></body></html>`;
		const site = await serveStatic('build', '/nothing-here/', 0, { '/notes.html': page });
		await w.page.goto(`${site.origin}/notes.html`, { waitUntil: 'load' });
		const frame = w.page.frameLocator('#table');
		const notice = frame.locator('main.embed details.load-warnings');
		await expect.poll(() => notice.locator('summary').textContent(), { timeout: 30_000 }).toBe('<b>notes</b>.csv: 2 warnings (the file was opened)'); // the unknown column, and no source text (France and Germany are placed from the country table)
		const embedHeight = () => frame.locator('main.embed').evaluate((m) => Math.ceil(m.getBoundingClientRect().height));
		const sized = async () => Math.abs((await heightOf(w.page, 'table')) - (await embedHeight()));
		await expect.poll(sized, { timeout: 8000 }).toBeLessThanOrEqual(2);
		const closed = await heightOf(w.page, 'table');
		await notice.locator('summary').click();
		await expect.poll(() => heightOf(w.page, 'table'), { timeout: 8000 }).toBeGreaterThan(closed);
		await expect.poll(sized, { timeout: 8000 }).toBeLessThanOrEqual(2);
		expect(await notice.locator('li').allTextContents()).toContainEqual(`row 1, column ${IMG}: not a column of statements.csv; it is not read`);
		expect(await frame.locator('img, b').count()).toBe(0);
		await framesLater(w.page);
		expect(dialogs).toEqual([]);
		await w.context.close();
		await site.close();
	});
});

describe('what an embed page links', () => {
	const assets = 'build/_app/immutable/assets';
	const cssFiles = readdirSync(assets).filter((f) => f.endsWith('.css')).map((f) => [f, readFileSync(`${assets}/${f}`, 'utf8')] as const);
	/**
	 * The stylesheets a prerendered page uses, by file name (src/lib/speed/page-head.ts): `linked` if it
	 * links them (one by one, or in the one file it links), `inline` if its <style> carries them.
	 */
	const stylesheets = async (path: string) => {
		const html = await (await fetch(`${root}${path}`)).text();
		const fileOf = (m: RegExpMatchArray) => m[1];
		const active = [...html.matchAll(/<link href="[^"]*\/([^"/]+\.css)" rel="stylesheet">/g)].map(fileOf);
		const disabled = [...html.matchAll(/<link href="[^"]*\/([^"/]+\.css)" rel="stylesheet" disabled>/g)].map(fileOf);
		const text = (f: string) => cssFiles.find(([name]) => name === f)?.[1];
		// One linked file of several: the disabled links' texts, in their order.
		const combined = active.length === 1 && disabled.length > 1 && text(active[0]) === disabled.map(text).join('\n');
		const linked = new Set(combined ? disabled : active);
		const head = html.slice(0, html.indexOf('</head>'));
		const inline = new Set(cssFiles.flatMap(([f, t]) => (!linked.has(f) && (head.includes(`<style>${t}`) || head.includes(`\n${t}`)) ? [f] : [])));
		return { linked, inline, combined, all: new Set([...linked, ...inline]) };
	};
	const embeds = readdirSync('build/embed').flatMap((f) => (f.endsWith('.html') ? [`embed/${f.slice(0, -'.html'.length)}`] : []));

	it("each embed uses a stylesheet no other embed uses (its own chart's), and the notebook links those", async () => {
		const used = new Map(await Promise.all(embeds.map(async (e) => [e, (await stylesheets(e)).all] as const)));
		const notebook = (await stylesheets('')).linked;
		expect(used.size).toBeGreaterThan(1);
		for (const [embed, files] of used) {
			const others = new Set([...used].flatMap(([e, f]) => (e === embed ? [] : [...f])));
			const own = [...files].filter((f) => !others.has(f));
			expect(own, embed).not.toEqual([]);
			expect(own.filter((f) => !notebook.has(f)), embed).toEqual([]);
		}
	});

	it('an embed page carries all its stylesheets in its <style> (nothing to wait for before the first paint), or links them all in one file', async () => {
		const pages = await Promise.all(embeds.map(async (e) => [e, await stylesheets(e)] as const));
		for (const [embed, { linked, inline, combined }] of pages) {
			expect(linked.size === 0 || inline.size === 0, embed).toBe(true);
			if (linked.size > 1) expect(combined, embed).toBe(true);
		}
		expect(pages.filter(([, { linked }]) => linked.size === 0).length).toBeGreaterThan(1);
	});

	it.each([['the notebook', ''], ['the coding page', 'code']])('%s links its stylesheets in one file', async (_, path) => {
		const { linked, combined } = await stylesheets(path);
		expect(linked.size).toBeGreaterThan(1);
		expect(combined).toBe(true);
	});
});
