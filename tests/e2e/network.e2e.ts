/** Browser tests of the network chart (issue 4): SVG on the seed, canvas on a generated 2,000-node graph. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDataset } from '../../src/lib/data/generate';
import { aggregateEdges, filterStatements, NO_FILTERS } from '../../src/lib/data/queries';
import { buildGraph } from '../../src/lib/graph/build';
import { builtInDataset } from '../../src/lib/server/dataset';
import { hydrated, launchBrowser, openCard, openPage, pinnedCard, framesLater } from './browser';
import { serveStatic, type StaticSite } from './static-server';
import { seedDataset } from '../../src/lib/data/seed/dataset';

const seedGraph = buildGraph(seedDataset.actors, seedDataset.statements);

const root = inject('siteRoot');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BIG = generateDataset({ actors: 2000, statements: 5050, seed: 7 });
const MID = generateDataset({ actors: 300, statements: 850, seed: 7 });
/** The seed graph's nodes, and those a filter on Russia's statements keeps, as the chart builds them. */
const SEED = builtInDataset();
const SEED_GRAPH = buildGraph(SEED.actors, SEED.statements);
const NODES = SEED_GRAPH.nodes.length;
const RUSSIA_NODES = buildGraph(SEED.actors, filterStatements(SEED.statements, { ...NO_FILTERS, actors: ['RUS'] })).nodes.length;

let browser: Browser;
let site: StaticSite;
beforeAll(async () => {
	browser = await launchBrowser();
	// The built site again, with the generated datasets served next to it (same origin).
	const json = (d: unknown) => ({ type: 'application/json', body: JSON.stringify(d) });
	site = await serveStatic('build', '/dashboard/', 0, { '/dashboard/gen/big.json': json(BIG), '/dashboard/gen/mid.json': json(MID) });
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

const nodes = (page: Page) => page.locator('svg g.node[role="button"]');
const tooltip = openCard;

describe('the network chart on the built-in dataset', () => {
	it('draws one focusable node per actor in view, and one edge per actor → recipient pair', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}embed/network`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		expect(await nodes(w.page).count()).toBe(NODES);
		const names = await nodes(w.page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
		const iran = seedGraph.nodes.find((n) => n.id === 'IRN')!;
		expect(names).toContain(`Iran (state): made ${iran.made} statements, addressed in ${iran.received}`);
		expect(names.some((n) => n?.startsWith('3+3 format (group)'))).toBe(true);
		const edges = w.page.locator('svg g.pair[role="button"]');
		expect(await edges.count()).toBe(seedGraph.pairs.length); // distinct actor → recipient pairs of the statements
		expect(await w.page.getByRole('button', { name: 'Iran → IAEA: 2 statements' }).count()).toBe(1);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('is in the prerendered HTML, before any script runs', async () => {
		const w = await openPage(browser, { javaScriptEnabled: false });
		await w.page.goto(`${root}embed/network`);
		expect(await nodes(w.page).count()).toBe(NODES);
		expect(await w.page.locator('svg g.labels text', { hasText: 'United States' }).count()).toBe(1);
		await w.context.close();
	});

	it('dragging a node moves it and its edges, hides the card, keeps the frame still, and the layout settles', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}embed/network`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const svg = w.page.locator('svg[data-chart-figure]');
		const iran = nodes(w.page).filter({ has: w.page.locator('xpath=self::*[starts-with(@aria-label, "Iran (state)")]') });
		const shape = () => iran.locator('path').getAttribute('d');
		const edge = () => w.page.getByRole('button', { name: /^Iran → IAEA/ }).locator('path.edge').first().getAttribute('d');
		const label = () => w.page.locator('svg g.labels text', { hasText: /^Iran$/ }).getAttribute('x');
		const before = { node: await shape(), edge: await edge(), label: await label(), viewBox: await svg.getAttribute('viewBox') };
		const box = (await iran.boundingBox())!;
		await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await expect.poll(() => tooltip(w.page).count()).toBe(1);
		await w.page.mouse.down();
		for (let i = 1; i <= 10; i++) await w.page.mouse.move(box.x + box.width / 2 + 8 * i, box.y + box.height / 2 + 5 * i);
		expect(await tooltip(w.page).count()).toBe(0);
		expect(await svg.getAttribute('viewBox')).toBe(before.viewBox); // the frame holds still while dragging
		expect(await shape()).not.toBe(before.node);
		expect(await edge()).not.toBe(before.edge);
		expect(await label()).not.toBe(before.label); // the label follows its node
		await w.page.mouse.up();
		// Once the simulation has cooled the chart is Svelte's again: the labels are placed anew, and a node
		// and its accessible name still agree with the data.
		await expect.poll(async () => (await shape()) !== before.node, { timeout: 15_000 }).toBe(true);
		// The drag's simulation has cooled when the node holds still across a few frames (d3-force stops itself).
		const still = async () => {
			const a = await shape();
			await framesLater(w.page, 6);
			return a === (await shape());
		};
		await expect.poll(still, { timeout: 20_000 }).toBe(true);
		expect(await nodes(w.page).count()).toBe(NODES);
		expect(await w.page.locator('svg g.labels text').count()).toBeGreaterThan(10);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('a filter change keeps every node where it is on the screen; what leaves fades out, what changed size animates, what comes back fades in', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const svg = w.page.locator('.network svg[data-chart-figure]');
		await svg.scrollIntoViewIfNeeded();
		// Measured from the chart's corner: the sentences above it change with the filter and may move it.
		const centres = (): Promise<Record<string, [number, number]>> =>
			svg.evaluate((el) => {
				const frame = el.getBoundingClientRect();
				return Object.fromEntries(
					[...el.querySelectorAll('g.node[data-id]:not(.left-out)')].map((g) => {
						const r = g.getBoundingClientRect();
						return [g.getAttribute('data-id'), [r.x + r.width / 2 - frame.x, r.y + r.height / 2 - frame.y]];
					})
				);
			});
		const before = await centres();
		const viewBox = await svg.getAttribute('viewBox');
		// Record the nodes whose shape is animated: a 300 ms animation can be over before a busy machine looks.
		await svg.evaluate(() => {
			const animate = Element.prototype.animate;
			const sized: string[] = ((window as unknown as { __sized: string[] }).__sized = []);
			Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
				const node = this.closest('g.node');
				if (this.matches('g.node path') && node && !node.classList.contains('left-out')) sized.push(node.getAttribute('data-id')!);
				return animate.apply(this, args);
			};
		});
		// The nodes' fades, as they start (a 300 ms fade may be over before a loaded machine looks at it).
		await svg.evaluate((el) => {
			const started: Record<string, string[]> = {};
			(window as unknown as { __fades: typeof started }).__fades = started;
			el.addEventListener('animationstart', (e) => {
				const g = e.target as Element;
				if (g.matches('g.node')) (started[(e as AnimationEvent).animationName] ??= []).push(g.getAttribute('data-id')!);
			});
		});
		const fades = (name: string) => w.page.evaluate((n) => [...new Set((window as unknown as { __fades: Record<string, string[]> }).__fades[n] ?? [])].sort(), name);
		await w.page.selectOption('select[name="actor"]', 'RUS');
		// Right after the change: the nodes left out are still in sight, fading, out of the tab order and
		// hidden from assistive technology, and the nodes that stay (now sized by Russia's statements alone)
		// are animating to their new size.
		const leftOut = svg.locator('g.node.left-out');
		const fadingOut = () => leftOut.evaluateAll((els) => els.filter((g) => g.getAnimations().some((a) => (a as CSSAnimation).animationName === 'network-fade-out')).length);
		expect(await leftOut.count()).toBe(NODES - RUSSIA_NODES);
		const leftOutIds = (await leftOut.evaluateAll((els) => els.map((g) => g.getAttribute('data-id')!))).sort();
		await expect.poll(() => fades('network-fade-out')).toEqual(leftOutIds);
		expect(await leftOut.evaluateAll((els) => els.map((g) => `${g.getAttribute('tabindex')} ${g.getAttribute('aria-hidden')}`))).toEqual(Array(NODES - RUSSIA_NODES).fill('-1 true'));
		const first = await svg.evaluate((el) => el.querySelector('g.node:not(.left-out)')!.getAttribute('data-id'));
		await expect.poll(() => w.page.evaluate(() => (window as unknown as { __sized: string[] }).__sized)).toContain(first);
		// Then they are kept, hidden: out of sight and of the pointer (visibility: hidden).
		await expect.poll(fadingOut).toBe(0);
		expect(await svg.locator('g.node:visible').count()).toBe(4);
		expect(await leftOut.evaluateAll((els) => els.every((g) => getComputedStyle(g).visibility === 'hidden'))).toBe(true);
		const after = await centres();
		expect(Object.keys(after).sort()).toEqual(['AFG', 'IRN', 'RUS', 'USA']);
		for (const [id, [x, y]] of Object.entries(after)) expect(Math.hypot(x - before[id][0], y - before[id][1]), id).toBeLessThan(1);
		expect(await svg.getAttribute('viewBox')).toBe(viewBox);
		// Tab goes through what is in sight only: the four nodes, then the links between them.
		const inSight = await svg.locator('g.node:visible, g.pair:visible').count();
		await svg.locator('g.node:visible').first().focus();
		const reached: string[] = [];
		for (let i = 0; i < inSight; i++) {
			reached.push(await w.page.evaluate(() => `${document.activeElement?.getAttribute('class')} ${document.activeElement?.getAttribute('data-id')}`));
			await w.page.keyboard.press('Tab');
		}
		expect(reached.filter((r) => r.includes('left-out'))).toEqual([]);
		expect(reached.filter((r) => /^node /.test(r)).length).toBe(4);
		expect(new Set(reached).size).toBe(inSight);
		// The last Tab went past the last link's card (a tooltip takes no focus) and out of the chart.
		expect(await w.page.evaluate(() => document.activeElement?.closest('[data-statement-card], svg') === null)).toBe(true);
		// Back to all: the nodes that come back fade in; the four that stayed do not.
		await w.page.selectOption('select[name="actor"]', '');
		await expect.poll(() => svg.locator('g.node[data-id]:visible').count()).toBe(NODES);
		await expect.poll(() => fades('network-fade-in')).toEqual(leftOutIds);
		// And again: what is left out loses its fade-in, and what comes back a second time takes it anew.
		await w.page.selectOption('select[name="actor"]', 'RUS');
		await expect.poll(fadingOut).toBe(0);
		expect(await svg.locator('g.node.entering').count()).toBe(0);
		await w.page.selectOption('select[name="actor"]', '');
		await expect.poll(() => svg.locator('g.node.entering').count()).toBe(NODES - RUSSIA_NODES);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('nodes that come back while fading out (two quick changes) are whole again: seen, reachable, named', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const svg = w.page.locator('.network svg[data-chart-figure]');
		await w.page.selectOption('select[name="actor"]', 'RUS');
		await w.page.selectOption('select[name="actor"]', ''); // within the 300 ms fade
		await expect.poll(() => svg.locator('g.node[data-id]:visible').count()).toBe(NODES);
		// Once every fade and move has ended:
		await expect.poll(() => svg.evaluate((el) => [...el.querySelectorAll('g.node, g.pair')].every((g) => g.getAnimations({ subtree: true }).length === 0))).toBe(true);
		const states = await svg.evaluate((el) =>
			[...el.querySelectorAll('g.node, g.pair')].map((g) => ({
				id: g.getAttribute('data-id'),
				leftOut: g.classList.contains('left-out'),
				tabindex: g.getAttribute('tabindex'),
				hidden: g.getAttribute('aria-hidden'),
				visibility: getComputedStyle(g).visibility,
				opacity: getComputedStyle(g).opacity
			}))
		);
		expect(states.length).toBe(NODES + SEED_GRAPH.pairs.length);
		for (const s of states) expect(s, s.id!).toEqual({ id: s.id, leftOut: false, tabindex: '0', hidden: null, visibility: 'visible', opacity: '1' });
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('with reduced motion, a filter change takes effect at once', async () => {
		const w = await openPage(browser, { reducedMotion: 'reduce' });
		await w.page.goto(`${root}`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.selectOption('select[name="actor"]', 'RUS');
		const svg = w.page.locator('.network svg[data-chart-figure]');
		await expect.poll(() => svg.locator('g.node[data-id]:visible').count()).toBe(4);
		expect(await svg.evaluate((el) => el.getAnimations({ subtree: true }).length)).toBe(0);
		await w.context.close();
	});

	it('hovering the Iran → United States edge shows a card with the article’s words', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}embed/network`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.getByRole('button', { name: /^Iran → United States: \d+ statements?$/ }).hover();
		await expect.poll(() => tooltip(w.page).textContent()).toContain('Iran → United States: 4 statements');
		const text = await tooltip(w.page).textContent();
		expect(text).toContain('the chief Iranian diplomat stressed that the rapid progress of the talks');
		expect(text).toContain('Hossein Amir Abdollahian');
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('Tab reaches every node; focus shows its card; Enter pins it and Escape clears it', async () => {
		const w = await openPage(browser);
		await w.page.goto(`${root}embed/network`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		const expected = await nodes(w.page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
		const reached = new Set<string>();
		for (let i = 0; i < 120 && reached.size < expected.length; i++) {
			await w.page.keyboard.press('Tab');
			const label = await w.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
			if (label) reached.add(label);
		}
		for (const name of expected) expect(reached.has(name!), name!).toBe(true);

		await w.page.getByRole('button', { name: /^Iran \(state\)/ }).focus();
		await expect.poll(() => tooltip(w.page).textContent()).toContain('Made 15 statements: to United States (4)');
		const dimmed = await w.page.locator('svg g.node.dim').count();
		expect(dimmed).toBeGreaterThan(0); // the non-neighbours (e.g. China) are dimmed
		await w.page.keyboard.press('Enter');
		await expect.poll(() => pinnedCard(w.page).count()).toBe(1);
		await w.page.keyboard.press('Escape');
		await expect.poll(() => tooltip(w.page).count()).toBe(0);
		await w.context.close();
	});

	it('has no axe violation with a card open, light and dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const w = await openPage(browser, { colorScheme, viewport: { width: 1024, height: 800 } });
			await w.page.goto(`${root}embed/network`, { waitUntil: 'networkidle' });
			await hydrated(w.page);
			await w.page.getByRole('button', { name: /^Iran → United States/ }).click();
			await expect.poll(() => tooltip(w.page).count()).toBe(1);
			const result = await new AxeBuilder({ page: w.page }).withTags(AXE_TAGS).analyze();
			expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
			await w.context.close();
		}
	});
});

/** Points over the chart where a hover opens a card (scanning a grid). */
async function hoverTargets(page: Page, selector: string, want = 12) {
	const box = (await page.locator(selector).first().boundingBox())!;
	const hits: { x: number; y: number }[] = [];
	for (let gy = 0.15; gy < 0.9 && hits.length < want; gy += 0.07)
		for (let gx = 0.15; gx < 0.9 && hits.length < want; gx += 0.05) {
			const p = { x: box.x + box.width * gx, y: box.y + box.height * gy };
			await page.mouse.move(p.x, p.y);
			if (await openCard(page).count()) hits.push(p);
		}
	return hits;
}

/** Hover → card latency: from the pointer event's timestamp to the first frame after the card is in the DOM. */
async function hoverLatencies(page: Page, targets: { x: number; y: number }[], rounds = 3) {
	await page.evaluate(() => {
		const w = window as unknown as { __lat: number[]; __t: number };
		w.__lat = [];
		// Boundary events (pointerover) come before pointermove and open an SVG card: time from either.
		for (const type of ['pointerover', 'pointermove']) window.addEventListener(type, (e) => (w.__t = e.timeStamp), { capture: true });
		new MutationObserver(() => {
			if (!document.querySelector('[data-statement-card]:popover-open') || !w.__t) return;
			const t = w.__t;
			w.__t = 0;
			requestAnimationFrame(() => w.__lat.push(performance.now() - t));
		}).observe(document.body, { childList: true, subtree: true });
	});
	const timed = () => page.evaluate(() => (window as unknown as { __lat: number[] }).__lat.length);
	for (let r = 0; r < rounds; r++)
		for (const p of targets) {
			await page.mouse.move(2, 2);
			await expect.poll(() => openCard(page).count()).toBe(0);
			const before = await timed();
			await page.mouse.move(p.x, p.y);
			await expect.poll(() => openCard(page).count()).toBe(1);
			await expect.poll(timed).toBe(before + 1); // the frame after the card is timed
		}
	const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
	lat.sort((a, b) => a - b);
	return { n: lat.length, median: lat[Math.floor(lat.length / 2)], p95: lat[Math.min(lat.length - 1, Math.ceil(lat.length * 0.95) - 1)] };
}

describe('the network chart on generated datasets', () => {
	it('renders 2,000 nodes / 6,000 edges through canvas; a hover there shows a card, and a node can be dragged', async () => {
		expect(BIG.actors).toHaveLength(2000);
		expect(aggregateEdges(BIG.statements).length).toBeGreaterThanOrEqual(6000);
		const w = await openPage(browser, { viewport: { width: 1280, height: 900 } });
		const t0 = Date.now();
		await w.page.goto(`${site.root}embed/network?dataset=${encodeURIComponent('/dashboard/gen/big.json')}`, { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.locator('canvas.overlay').waitFor({ timeout: 30_000 });
		console.log(`2,000 nodes / ${aggregateEdges(BIG.statements).length} edges: canvas drawn ${Date.now() - t0} ms after navigation`);
		expect(await w.page.locator('svg g.node').count()).toBe(0);
		expect(await w.page.locator('ul.stand-in > li > button').count()).toBe(2000);
		const hits = await hoverTargets(w.page, 'canvas.overlay', 1);
		expect(hits.length).toBe(1);
		expect(await tooltip(w.page).textContent()).toMatch(/statement/);
		// keyboard: the stand-in list reaches a node and its links
		const first = w.page.locator('ul.stand-in > li > button').first();
		await first.focus();
		await expect.poll(() => tooltip(w.page).count()).toBe(1);
		await w.page.keyboard.press('Tab');
		const label = await w.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
		expect(label).toMatch(/ → .*: \d+ statements?$/);
		await first.blur();

		// Drag a node across the canvas: it is drawn where it is dropped (a hover there finds it again).
		const heading = () => openCard(w.page).locator('.heading').textContent();
		const box = (await w.page.locator('canvas.overlay').boundingBox())!;
		let from: { x: number; y: number; name: string } | null = null;
		for (let gy = 0.3; gy < 0.7 && !from; gy += 0.02)
			for (let gx = 0.3; gx < 0.7 && !from; gx += 0.01) {
				const p = { x: box.x + box.width * gx, y: box.y + box.height * gy };
				await w.page.mouse.move(p.x, p.y);
				if (await tooltip(w.page).count()) {
					const h = (await heading()) ?? '';
					if (!h.includes('→')) from = { ...p, name: h };
				}
			}
		expect(from).not.toBeNull();
		const to = { x: from!.x + 90, y: from!.y + 40 };
		await w.page.mouse.move(from!.x, from!.y);
		await w.page.mouse.down();
		for (let i = 1; i <= 10; i++) await w.page.mouse.move(from!.x + 9 * i, from!.y + 4 * i);
		expect(await tooltip(w.page).count()).toBe(0);
		await w.page.mouse.up();
		// Around the drop point (the graph is dense: a neighbour may be nearer the exact pixel).
		const found: string[] = [];
		for (let dy = -6; dy <= 6; dy += 3)
			for (let dx = -6; dx <= 6; dx += 3) {
				await w.page.mouse.move(2, 2);
				await w.page.mouse.move(to.x + dx, to.y + dy);
				if (await tooltip(w.page).count()) found.push((await heading()) ?? '');
			}
		expect(found).toContain(from!.name);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('measures hover → card latency at 4× CPU slowdown (seed, and 300 actors / 1,000 edges)', async () => {
		const figures: Record<string, unknown> = {};
		for (const [name, url, selector] of [
			['seed (SVG)', `${site.root}embed/network`, 'svg[role="group"]'],
			['300 actors / 1,003 edges (canvas)', `${site.root}embed/network?dataset=${encodeURIComponent('/dashboard/gen/mid.json')}`, 'canvas.overlay']
		] as const) {
			const w = await openPage(browser, { viewport: { width: 1280, height: 900 } });
			await w.page.goto(url, { waitUntil: 'networkidle' });
			await w.page.locator(selector).waitFor();
			const targets = await hoverTargets(w.page, selector, 10);
			const cdp = await w.context.newCDPSession(w.page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			figures[name] = await hoverLatencies(w.page, targets, 3);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
			await w.context.close();
		}
		console.log('hover → card latency (ms) at 4× CPU slowdown:', JSON.stringify(figures));
		// Every hover showed its card and was timed; the budget (p95 against a bare page) is `npm run bench`'s.
		for (const f of Object.values(figures) as { n: number; p95: number }[]) expect(f.n).toBeGreaterThanOrEqual(10);
	});
});
