/**
 * Run passes over every statement of a large dataset a slice per task (data/passes.ts), so no one task of
 * the page's thread reads 140,000 statements: the page paints and answers input between slices. Each
 * result is then remembered for its list, and the views that ask for it get it without a pass.
 */
import { STEP, type ListPass } from '$lib/data/passes';
import type { Statement } from '$lib/data/types';
/** A slice ends at the first look past this much time: under a task's 50 ms when the machine is quiet. */
export const SLICE_MS = 25;

/** Resolves in a later task, after the browser has handled what waits (input, a frame). */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Run `passes` over `statements` (each not remembered yet), in order, a slice of about SLICE_MS per task.
 * Resolves true once each result is remembered; false as soon as `current()` is false between slices
 * (another dataset came): then nothing is remembered.
 */
export async function runPassesInSlices(statements: readonly Statement[], passes: readonly ListPass<unknown>[], current: () => boolean, sliceMs = SLICE_MS): Promise<boolean> {
	const runs = passes.filter((p) => !p.has(statements)).map((p) => p.run(statements));
	if (!runs.length) return true;
	let started = performance.now();
	for (let from = 0; from < statements.length; from += STEP) {
		const to = Math.min(statements.length, from + STEP);
		for (const r of runs) r.add(statements, from, to);
		if (to < statements.length && performance.now() - started >= sliceMs) {
			await nextTask();
			if (!current()) return false;
			started = performance.now();
		}
	}
	for (const r of runs) r.finish();
	return true;
}

