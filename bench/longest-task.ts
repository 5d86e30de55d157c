/**
 * What the longest main-thread task of a cold load is made of: `npx tsx bench/longest-task.ts [--runs N]
 * [--path /] [--min MS] DIR [DIR…]` serves each built site (gzipped, as the bench does), loads PATH cold at
 * 4× CPU, traced, N times per site, the sites interleaved (before, after, before, after…), with an empty page
 * loaded before each load as the floor. For each load it prints the longest task (as the bench measures it,
 * bench/lib/trace-tasks.ts), the empty page's, TBT, FCP, and the events inside the longest task over MIN ms
 * (default 5): parsing, style (elements), layout (objects laid out, of how many), script, paint; then the
 * medians per site. `uptime` is printed with every load: compare only figures of one run.
 */
import { execSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { TraceProcessor } from 'lighthouse/core/lib/tracehouse/trace-processor.js';
import { launchBrowser } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/static-server';
import { untilInPage } from './lib/cdp-page';
import { gzipFront } from './lib/gzip-front';
import { PROBE } from './lib/page-probe';
import { median } from './lib/stats';
import { loadTasks, TRACE_CATEGORIES, type TraceEvent } from './lib/trace-tasks';

const { values: opts, positionals: dirs } = parseArgs({
	allowPositionals: true,
	options: { runs: { type: 'string', default: '5' }, path: { type: 'string', default: '/' }, min: { type: 'string', default: '5' } }
});
if (!dirs.length) throw new Error('usage: npx tsx bench/longest-task.ts [--runs N] [--path /] [--min MS] DIR [DIR…]');
const BASE = '/dashboard/';
const EMPTY = '/bench/empty.html';
const load = () => execSync('uptime').toString().replace(/.*load/, 'load').trim();

/** Events that say what a task did, and what their arguments add. */
function describe(e: TraceEvent): string | null {
	const a = e.args as { beginData?: Record<string, unknown>; elementCount?: number; data?: Record<string, unknown> };
	switch (e.name) {
		case 'ParseHTML':
			return 'parse HTML';
		case 'UpdateLayoutTree':
			return `style: ${a.elementCount ?? a.beginData?.elementCount ?? '?'} elements`;
		case 'Layout':
			return `layout: ${a.beginData?.dirtyObjects} of ${a.beginData?.totalObjects} objects`;
		case 'Paint':
		case 'PrePaint':
		case 'Layerize':
		case 'Commit':
			return e.name.toLowerCase();
		case 'v8.evaluateModule':
		case 'EvaluateScript':
			return `script: ${String(a.data?.url ?? '').split('/').pop() || 'module'}`;
		case 'FunctionCall':
			return `function: ${a.data?.functionName || '(anonymous)'} ${String(a.data?.url ?? '').split('/').pop()}`;
		case 'EventDispatch':
			return `event: ${a.data?.type}`;
		case 'Document::FinishedParsing':
			return 'end of parsing (DOMContentLoaded)';
		case 'MinorGC':
		case 'MajorGC':
			return 'garbage collection';
		default:
			return null;
	}
}

async function traced(browser: Awaited<ReturnType<typeof launchBrowser>>, url: string) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
	await context.addInitScript({ content: PROBE });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const events: TraceEvent[] = [];
	cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as TraceEvent[])));
	await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
	try {
		await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
		await page.waitForLoadState('networkidle', { timeout: 60_000 });
		// Islands hydrate when idle: wait for the mark a page with islands sets, briefly for one without.
		// Asked through the protocol (bench/lib/cdp-page.ts): Playwright's waitForFunction first evaluates its
		// injected script in the page, a task of 60 ms of CPU at 4× that TBT then counted as the page's.
		await untilInPage(cdp, 'document.documentElement.hasAttribute("data-hydrated")', 5000, 50);
		await page.waitForTimeout(500);
		const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
		await cdp.send('Tracing.end');
		await complete;
	} finally {
		await context.close();
	}
	return events;
}

/** The longest task and the events inside it, each with its start (ms from navigation) and duration. */
function longestTask(events: TraceEvent[]) {
	const figures = loadTasks(events);
	const trace = TraceProcessor.processTrace({ traceEvents: events } as never) as unknown as {
		mainThreadEvents: TraceEvent[];
		timeOriginEvt: TraceEvent;
	};
	const origin = trace.timeOriginEvt.ts;
	const longest = figures.tasks.reduce((m, t) => (t.duration > m.duration ? t : m), { start: 0, duration: 0 });
	const [from, to] = [origin + longest.start * 1000, origin + (longest.start + longest.duration) * 1000];
	const inside = trace.mainThreadEvents
		.filter((e) => e.ph === 'X' && e.ts >= from - 1 && e.ts + (e.dur ?? 0) <= to + 1 && (e.dur ?? 0) >= Number(opts.min) * 1000)
		.flatMap((e) => {
			const what = describe(e);
			return what ? [`${((e.ts - origin) / 1000).toFixed(0).padStart(6)} ms  ${((e.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms  ${what}`] : [];
		});
	return { ...figures, at: longest.start, inside };
}

const sites = await Promise.all(
	dirs.map(async (dir) => {
		const site = await serveStatic(dir, BASE, 0, { [EMPTY]: '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Empty</title></head>\n<body><p>An empty page.</p></body>\n</html>\n' });
		const front = await gzipFront(site.origin);
		return { dir, site, front, runs: [] as { longest: number; empty: number; tbt: number; fcp: number }[] };
	})
);
const browser = await launchBrowser();
try {
	for (let i = 0; i < Number(opts.runs); i++)
		for (const s of sites) {
			const empty = longestTask(await traced(browser, s.front.origin + EMPTY));
			const ours = longestTask(await traced(browser, `${s.front.origin}${BASE}${opts.path!.replace(/^\//, '')}`));
			s.runs.push({ longest: ours.longest, empty: empty.longest, tbt: ours.tbt, fcp: ours.fcp });
			console.log(`${s.dir} #${i + 1}: longest ${ours.longest.toFixed(0)} ms at ${ours.at.toFixed(0)} ms (empty page ${empty.longest.toFixed(0)} ms), TBT ${ours.tbt.toFixed(0)} ms, FCP ${ours.fcp.toFixed(0)} ms | ${load()}`);
			for (const line of ours.inside) console.log(`  ${line}`);
		}
	for (const s of sites) {
		const m = (k: 'longest' | 'empty' | 'tbt' | 'fcp') => median(s.runs.map((r) => r[k])).toFixed(0);
		const ratio = median(s.runs.map((r) => r.longest / r.empty)).toFixed(2);
		console.log(`median ${s.dir}: longest ${m('longest')} ms, empty page ${m('empty')} ms, ratio ${ratio}×, TBT ${m('tbt')} ms, FCP ${m('fcp')} ms`);
	}
} finally {
	await browser.close();
	for (const s of sites) {
		await s.front.close();
		await s.site.close();
	}
}
