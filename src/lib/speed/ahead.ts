/**
 * hydrate-ahead (the switch's trick): an island's first drawing computed before Svelte's hydrate(), a part
 * per task, so the hydration's one synchronous task does not also hold the chart's model (an embed's entry,
 * routes/embed/[chart]/island.ts, awaits its view's `warmUp`). Off, the view computes it as it hydrates.
 */
import { nextTask } from '$lib/state/sliced-passes';
import { speedTrick } from './switch';

/** Runs each step in a task of its own, then resolves in a task after them; at once with the trick off. */
export async function inTasks(steps: readonly (() => void)[]): Promise<void> {
	if (!speedTrick('hydrate-ahead')) return;
	for (const step of steps) {
		await nextTask();
		step();
	}
	await nextTask();
}

/**
 * `compute`, whose result for one set of arguments can be made ahead (`warm`) and is handed once to the
 * first `get` with the same arguments (compared by identity); any other call computes. Kept for one call
 * only: a view's first drawing, not a cache.
 */
export function aheadOnce<A extends readonly unknown[], T>(compute: (...args: A) => T) {
	let kept: { args: A; value: T } | null = null;
	return {
		warm(...args: A): void {
			kept = { args, value: compute(...args) };
		},
		get(...args: A): T {
			const k = kept;
			kept = null;
			return k && k.args.length === args.length && k.args.every((a, i) => a === args[i]) ? k.value : compute(...args);
		}
	};
}
