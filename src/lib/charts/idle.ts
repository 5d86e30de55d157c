/**
 * Let the browser run what waits (input, paint) before going on: resolves in a later task. For the long
 * steps of a page's start, so they run as several tasks instead of one.
 */
export function yieldToBrowser(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
