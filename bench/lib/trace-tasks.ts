/**
 * Main-thread tasks of a page load, from a Chrome trace, found the way Lighthouse finds them: its own
 * TraceProcessor (the inspected frame's renderer process and main thread across navigations, the time origin
 * at the main frame's navigationStart, top-level `RunTask`s) and Lantern's blocking-time sum. Unlike the Long
 * Tasks API, which reports nothing under 50 ms, every task has a figure, so an empty page has a longest task.
 */
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';
import { TraceProcessor } from 'lighthouse/core/lib/tracehouse/trace-processor.js';
import type { CDPSession } from 'playwright-core';

/**
 * What the trace records: `RunTask` (every task of every thread, disabled-by-default-devtools.timeline), frames
 * and navigations (devtools.timeline, loading), navigationStart (blink.user_timing). Not `toplevel`: its
 * `ThreadControllerImpl::RunTask` repeats each `RunTask` inside it, and its mojo events are most of a trace.
 */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'blink.user_timing'];

export interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	args: Record<string, unknown>;
}
export interface LoadTasks {
	/** Top-level main-thread tasks that start at or after the navigation, in ms from it. */
	tasks: { start: number; duration: number }[];
	/** The longest of them, ms (0 if none). */
	longest: number;
	/** First contentful paint, ms from the navigation (NaN if the trace has none). */
	fcp: number;
	/** Σ (duration − 50 ms) of the parts of tasks between FCP and the end of the trace, as Lighthouse sums TBT. */
	tbt: number;
	/** The end of the trace, ms from the navigation: the window TBT is taken over. */
	end: number;
}

/** The load's main-thread tasks, longest task and total blocking time from the trace's events. */
export function loadTasks(traceEvents: TraceEvent[]): LoadTasks {
	const processed = TraceProcessor.processTrace({ traceEvents } as never);
	let fcp = NaN;
	try {
		fcp = TraceProcessor.processNavigation(processed).timings.firstContentfulPaint;
	} catch {
		/* no first contentful paint in the trace: no TBT window */
	}
	const end: number = processed.timings.traceEnd;
	// A task running when the navigation starts belongs to the page being left (or to about:blank).
	const top = TraceProcessor.getMainThreadTopLevelEvents(processed).filter((t) => t.start >= 0);
	const tbt = Number.isFinite(fcp) ? Lantern.Metrics.TBTUtils.calculateSumOfBlockingTime(top, fcp, end) : NaN;
	return {
		tasks: top.map((t) => ({ start: t.start, duration: t.duration })),
		longest: top.reduce((m, t) => Math.max(m, t.duration), 0),
		fcp,
		tbt,
		end
	};
}

/** Start tracing the page of `cdp` (before navigating); the returned function ends the trace and gives its events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
	const events: TraceEvent[] = [];
	const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
	cdp.on('Tracing.dataCollected', collect);
	await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
	return async () => {
		const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
		await cdp.send('Tracing.end');
		await complete;
		cdp.off('Tracing.dataCollected', collect);
		return events;
	};
}
