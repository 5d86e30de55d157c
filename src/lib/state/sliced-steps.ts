/**
 * Computations that pause between steps (a generator that yields, e.g. the binned timeline's count): run to
 * their end at once, or a slice per task. Apart from sliced-passes.ts so that only the code that needs
 * them (loaded with a large dataset's timeline) carries them.
 */
import { nextTask, SLICE_MS } from './sliced-passes';

/** Run a computation that pauses (a generator that yields between steps) to its end, without pausing. */
export function finishSteps<T>(steps: Generator<unknown, T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/**
 * Run a computation that pauses between steps (a generator, e.g. binnedTimelineSteps) to its end, a slice
 * of about SLICE_MS per task. Resolves to its result, or to null as soon as `current()` is false between
 * slices (what it was for has changed): then it is dropped.
 */
export async function stepsInSlices<T>(steps: Generator<unknown, T>, current: () => boolean, sliceMs = SLICE_MS): Promise<T | null> {
	let started = performance.now();
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
		if (performance.now() - started >= sliceMs) {
			await nextTask();
			if (!current()) return null;
			started = performance.now();
		}
	}
}
