/**
 * `npx tsx bench/profile.ts [--dir DIR] [--rate N] [--drag] [--filter] PATH`: a CPU profile (CDP Profiler, N× slowdown, 4 by default)
 * of a cold load of PATH (e.g. `/` or `/embed/network`), or of dragging a network node (--drag) or a filter
 * change on / (--filter: choose an actor; --filter --back: back to all), or of a pointer sweep over a chart
 * (--sweep SELECTOR), or of opening a dataset file on / (--open FILE), served from DIR (default build/). Prints the functions with the most self and
 * total time; --timeline adds, per 50 ms of the profile, where our own code spent it; --by-file sums the busy time
 * by the innermost file of our own code under each sample (a component's effects and template count as its file),
 * and lists the self time of what ran outside our code (Svelte's and SvelteKit's runtime, the DOM); --callers NAME lists the call paths
 * (six frames up) under which the samples whose innermost frame's label contains NAME (e.g. `appendChild`) ran. Build with `npx vite build --sourcemap` and copy build/ elsewhere to get source names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/static-server';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { dir: { type: 'string', default: 'build' }, open: { type: 'string' }, drag: { type: 'boolean' }, filter: { type: 'boolean' }, back: { type: 'boolean' }, sweep: { type: 'string' }, top: { type: 'string', default: '25' }, timeline: { type: 'boolean' }, callers: { type: 'string' }, 'by-file': { type: 'boolean' }, rate: { type: 'string', default: '4' } } });
const path = positionals[0] ?? '/';

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

type Mapper = (url: string, line: number, col: number) => string | null;
async function sourceMapper(dir: string): Promise<Mapper> {
	let TraceMap: any, originalPositionFor: any;
	try {
		({ TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping'));
	} catch {
		return () => null;
	}
	const maps = new Map<string, any>();
	return (url, line, col) => {
		const rel = url.replace(/^https?:\/\/[^/]+\//, '');
		const file = join(dir, rel) + '.map';
		if (line < 0 || !existsSync(file)) return null;
		if (!maps.has(file)) maps.set(file, new TraceMap(readFileSync(file, 'utf8')));
		const p = originalPositionFor(maps.get(file), { line: line + 1, column: col });
		return p.source ? `${p.name ?? '?'} ${p.source.replace(/^(\.\.\/)+/, '')}:${p.line}` : null;
	};
}

const site = await serveStatic(values.dir!, '/');
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.rate) });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const url = `${site.origin}${path}`;
if (!values.drag && !values.filter && !values.sweep && !values.open) await cdp.send('Profiler.start');
await page.goto(url, { waitUntil: 'networkidle' });
if (values.open) {
	// --open FILE: opening a dataset file through the notebook's file input (the pointer reaches it first,
	// as it must to choose a file: the page starts the reader's worker then).
	await page.hover('input[type=file]');
	await page.waitForTimeout(1000);
	await cdp.send('Profiler.start');
	await page.setInputFiles('input[type=file]', values.open);
	await page.waitForTimeout(5000);
} else if (values.sweep) {
	// --sweep SELECTOR: the pointer sweeps the chart in rows (hover hit-testing, cards opening and closing).
	await page.waitForSelector(values.sweep, { timeout: 90_000 });
	await page.waitForTimeout(2000);
	const b = (await page.locator(values.sweep).first().boundingBox())!;
	await cdp.send('Profiler.start');
	for (let y = b.y + 10; y < Math.min(b.y + b.height, 880); y += 40) for (let x = b.x; x < b.x + b.width; x += 8) await page.mouse.move(x, y);
} else if (values.drag) {
	const g = page.locator('svg g.node[role="button"]').nth(3);
	const b = (await g.boundingBox())!;
	const x = b.x + b.width / 2, y = b.y + b.height / 2;
	await page.mouse.move(x, y);
	await page.mouse.down();
	await cdp.send('Profiler.start');
	for (let a = 0; a < 2 * Math.PI * 2; a += 0.1) await page.mouse.move(x + 60 * Math.sin(a), y - 60 + 60 * Math.cos(a));
	await page.mouse.up();
} else if (values.filter) {
	await page.hover('select[name="actor"]'); // as a reader's pointer does first (loads the Plot code ahead)
	await page.waitForTimeout(4000); // let hydration and deferred work finish: profile the change alone
	const v = await page.evaluate(`document.querySelector('select[name="actor"]').options[1].value`);
	// --filter profiles choosing one actor; --filter --back profiles going back to all actors.
	if (values.back) {
		await page.selectOption('select[name="actor"]', v as string);
		await page.waitForTimeout(3000);
	}
	await cdp.send('Profiler.start');
	await page.selectOption('select[name="actor"]', values.back ? '' : (v as string));
	await page.waitForTimeout(3000);
} else await page.waitForTimeout(1500);
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
await browser.close();
await site.close();

const map = await sourceMapper(values.dir!);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (cf: CallFrame) => {
	if (!cf.url) return `(${cf.functionName || 'anonymous'})`;
	return map(cf.url, cf.lineNumber, cf.columnNumber) ?? `${cf.functionName || '(anonymous)'} ${cf.url.replace(site.origin, '')}:${cf.lineNumber + 1}:${cf.columnNumber + 1}`;
};
const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
profile.samples.forEach((id, i) => {
	const dt = (profile.timeDeltas[i] ?? 0) / 1000;
	all += dt;
	const n = byId.get(id)!;
	const l = label(n.callFrame);
	self.set(l, (self.get(l) ?? 0) + dt);
	const seen = new Set<string>();
	for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
		const k = label(byId.get(cur)!.callFrame);
		if (seen.has(k)) continue;
		seen.add(k);
		total.set(k, (total.get(k) ?? 0) + dt);
	}
});
const top = Number(values.top);
const show = (m: Map<string, number>, title: string) => {
	console.log(`\n${title} (of ${all.toFixed(0)} ms sampled)`);
	for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
};
show(self, 'self time');
show(total, 'total time');

/** The innermost frame of our own code (src/) under a sample. */
const own = (id: number) => {
	for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
		const l = label(byId.get(cur)!.callFrame);
		if (l.includes(' src/')) return l;
	}
	return null;
};
if (values['by-file']) {
	const byFile = new Map<string, number>();
	const outside = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		const dt = (profile.timeDeltas[i] ?? 0) / 1000;
		const l = label(byId.get(id)!.callFrame);
		if (l === '((idle))' || l === '((program))' || l === '((garbage collector))') return;
		const f = own(id)?.replace(/^.* (src\/[^:]+):\d+$/, '$1') ?? '(outside src/)';
		byFile.set(f, (byFile.get(f) ?? 0) + dt);
		if (f === '(outside src/)') outside.set(l, (outside.get(l) ?? 0) + dt);
	});
	show(byFile, 'busy time by file of our own code');
	show(outside, 'outside src/: self time');
}

if (values.timeline) {
	// Per 50 ms window: busy time, and the innermost frame of our own code (src/) under each sample.
	const windows = new Map<number, { busy: number; by: Map<string, number> }>();
	let t = 0;
	profile.samples.forEach((id, i) => {
		const dt = (profile.timeDeltas[i] ?? 0) / 1000;
		t += dt;
		const l = label(byId.get(id)!.callFrame);
		if (l === '((idle))') return;
		const w = windows.get(Math.floor(t / 50)) ?? { busy: 0, by: new Map() };
		windows.set(Math.floor(t / 50), w);
		w.busy += dt;
		const o = own(id) ?? l;
		w.by.set(o, (w.by.get(o) ?? 0) + dt);
	});
	console.log('\ntimeline (busy ms per 50 ms window: the biggest contributors)');
	for (const [k, w] of [...windows].sort((a, b) => a[0] - b[0])) {
		if (w.busy < 10) continue;
		const top3 = [...w.by].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([l, v]) => `${v.toFixed(0)} ${l}`);
		console.log(`${String(k * 50).padStart(6)} ${w.busy.toFixed(0).padStart(3)}  ${top3.join(' | ')}`);
	}
}

if (values.callers) {
	// The call paths above the samples whose innermost frame matches --callers: who asks for that work.
	const paths = new Map<string, number>();
	let matched = 0;
	profile.samples.forEach((id, i) => {
		const dt = (profile.timeDeltas[i] ?? 0) / 1000;
		if (!label(byId.get(id)!.callFrame).includes(values.callers!)) return;
		matched += dt;
		const chain: string[] = [];
		for (let cur = parent.get(id); cur !== undefined && chain.length < 6; cur = parent.get(cur)) chain.push(label(byId.get(cur)!.callFrame).replace(/^(\S+) (node_modules\/)?/, '$1 '));
		const k = chain.join(' < ');
		paths.set(k, (paths.get(k) ?? 0) + dt);
	});
	console.log(`\ncallers of ${values.callers} (${matched.toFixed(0)} ms of samples)`);
	for (const [k, v] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
}
