/** Run work when the page is idle (after a short wait where requestIdleCallback is missing); returns a cancel. */
export function whenIdle(work: () => void, fallbackMs = 200): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(work);
		return () => cancelIdleCallback(handle);
	}
	const handle = setTimeout(work, fallbackMs);
	return () => clearTimeout(handle);
}
