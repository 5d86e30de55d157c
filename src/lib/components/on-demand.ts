/**
 * Code the notebook loads when the reader reaches for what runs it, not with the page: reading, checking
 * and keeping a dataset file (`fileStack`: the parsers, the schema and its validator, about 25 KB gzip),
 * and composing and downloading exports (`exporters`). Each is one dynamic import, made once and shared by
 * every caller; a load that failed (the network dropped) is tried again on the next call. `reachFor`
 * starts a load when the pointer or keyboard focus first reaches an element, so the code is usually in
 * by the time the reader clicks. (tests/e2e/budgets.e2e.ts checks that `/` loads neither on its own.)
 */
import type { Attachment } from 'svelte/attachments';

/** A module loaded on the first call, once. */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
	let loading: Promise<T> | undefined;
	return () =>
		(loading ??= load().catch((error: unknown) => {
			loading = undefined;
			throw error;
		}));
}

/** Opening a dataset file, the address's ?dataset= and a dataset kept in this browser: see file-stack.ts. */
export const fileStack = onDemand(() => import('./file-stack'));
export type FileStack = Awaited<ReturnType<typeof fileStack>>;

/** The cell toolbar's downloads: SVG, PNG, CSV and JSON. */
export const exporters = onDemand(() => import('$lib/export/exporters'));

/** Start `load` when the pointer or keyboard focus first reaches the element; a failure shows at the click. */
export function reachFor(load: () => Promise<unknown>): Attachment<HTMLElement> {
	return (node) => {
		const start = () => {
			stop();
			load().catch(() => {});
		};
		const stop = () => {
			node.removeEventListener('pointerenter', start);
			node.removeEventListener('focusin', start);
		};
		node.addEventListener('pointerenter', start, { passive: true });
		node.addEventListener('focusin', start, { passive: true });
		return stop;
	};
}
