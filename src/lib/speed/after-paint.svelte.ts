/**
 * What a chart draws a frame late (the speed trick "labels-later"): `afterPaint(read)` gives what `read`
 * gave, and when that changes, takes the new value only after the next frame has been painted (an
 * animation frame, then a task), so the work that follows from it (the map's label placement and its
 * text) runs after the frame that shows the rest of a change. The first value is taken at once (the
 * prerendered markup and hydration agree); `read` runs in an effect, so it should only gather inputs, not
 * compute from them. With the trick off, or without animation frames (the server), it is `read()` itself.
 */
import { untrack } from 'svelte';
import { speedTrick } from './switch';

export function afterPaint<T>(read: () => T): { readonly current: T } {
	if (!speedTrick('labels-later') || typeof requestAnimationFrame !== 'function')
		return {
			get current() {
				return read();
			}
		};
	let value = $state.raw(untrack(read));
	let first = true;
	$effect(() => {
		const next = read();
		if (first) {
			first = false;
			value = next;
			return;
		}
		let timer: ReturnType<typeof setTimeout> | undefined;
		const frame = requestAnimationFrame(() => (timer = setTimeout(() => (value = next))));
		return () => {
			cancelAnimationFrame(frame);
			clearTimeout(timer);
		};
	});
	return {
		get current() {
			return value;
		}
	};
}
