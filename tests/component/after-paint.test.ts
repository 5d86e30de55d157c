import { afterEach, describe, expect, it, vi } from 'vitest';

/** After the next animation frame and a task queued behind the one afterPaint queues there. */
const afterTheFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** The switch is read once as it loads: each case loads it (and Svelte with it) afresh, with its value. */
async function harness(speed: string) {
	vi.resetModules();
	(globalThis as { __SPEED__?: string }).__SPEED__ = speed;
	const { default: Harness } = await import('./AfterPaintHarness.svelte');
	const { flushSync, mount, unmount } = await import('svelte');
	const { SvelteMap } = await import('svelte/reactivity');
	const source = new SvelteMap([['value', 1]]);
	const target = document.createElement('div');
	document.body.append(target);
	const app = mount(Harness, { target, props: { source } });
	flushSync();
	const shown = () => target.querySelector('output')?.textContent;
	return { source, shown, flushSync, done: () => unmount(app) };
}

afterEach(() => {
	delete (globalThis as { __SPEED__?: string }).__SPEED__;
	document.body.replaceChildren();
});

describe('afterPaint (speed trick labels-later)', () => {
	it('shows the first value at once, and a change only after the next frame', async () => {
		const { source, shown, flushSync, done } = await harness('on');
		expect(shown()).toBe('1');
		source.set('value', 2);
		flushSync();
		expect(shown()).toBe('1');
		await afterTheFrame();
		flushSync();
		expect(shown()).toBe('2');
		done();
	});

	it('with the trick off, shows a change at once', async () => {
		const { source, shown, flushSync, done } = await harness('-labels-later');
		source.set('value', 3);
		flushSync();
		expect(shown()).toBe('3');
		done();
	});
});
