/**
 * Reading and driving a page through the protocol only, for what is timed: Playwright's waitForFunction,
 * locators and setInputFiles first evaluate its injected script in the page (several hundred KB), a task of
 * 85–145 ms at 4× (and of 136–155 ms of CPU on a loaded machine at normal speed) that a reader never has,
 * which the measures then counted as the page's.
 */
import type { CDPSession } from 'playwright-core';

/** The value of `expr` in the page (Runtime.evaluate). */
export async function inPage<T>(cdp: CDPSession, expr: string): Promise<T> {
	const r = await cdp.send('Runtime.evaluate', { expression: expr, returnByValue: true });
	if (r.exceptionDetails) throw new Error(`${expr.slice(0, 80)}: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
	return r.result.value as T;
}

/** Wait until `expr` is truthy in the page, asking every `every` ms through the protocol; false at the timeout. */
export async function untilInPage(cdp: CDPSession, expr: string, timeout: number, every: number): Promise<boolean> {
	const end = Date.now() + timeout;
	for (;;) {
		// Between navigations there may be no context to evaluate in: not yet.
		if (await inPage<boolean>(cdp, `!!(${expr})`).catch(() => false)) return true;
		if (Date.now() > end) return false;
		await new Promise((r) => setTimeout(r, every));
	}
}

/** Choose files in the page's file input `selector`, as a reader would (the browser fires input and change). */
export async function chooseFiles(cdp: CDPSession, selector: string, files: string[]): Promise<void> {
	const r = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})` });
	if (!r.result.objectId) throw new Error(`no ${selector} in the page`);
	await cdp.send('DOM.setFileInputFiles', { files, objectId: r.result.objectId });
}
