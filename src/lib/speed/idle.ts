/** Running work when the page is idle: the schedulers the speed tricks use. */

/** Run work when the page is idle (after a short wait where requestIdleCallback is missing); returns a cancel. */
export function whenIdle(work: (deadline?: IdleDeadline) => void, fallbackMs = 200): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(work);
		return () => cancelIdleCallback(handle);
	}
	const handle = setTimeout(work, fallbackMs);
	return () => clearTimeout(handle);
}

/**
 * Run `slice` in idle periods until it returns true (done). It is given whether there is time left in
 * this one: what the browser allows, and at most `maxMs` (an idle period can last 50 ms, and input
 * that arrives meanwhile waits for the slice to end). Returns a cancel.
 */
export function inIdleSlices(slice: (hasTime: () => boolean) => boolean, maxMs = 10): () => void {
	let cancel = () => {};
	const run = (deadline?: IdleDeadline) => {
		const end = performance.now() + maxMs;
		const hasTime = () => performance.now() < end && (!deadline || deadline.timeRemaining() > 1);
		if (!slice(hasTime)) cancel = whenIdle(run, 0);
	};
	cancel = whenIdle(run);
	return () => cancel();
}
