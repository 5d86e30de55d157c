import { describe, expect, it } from 'vitest';
import { LatestLoad } from '$lib/state/latest-load';

describe('LatestLoad: the latest user action wins', () => {
	it.each([
		{ steps: ['start', 'start'], aborted: [true, false] },
		{ steps: ['start', 'finish', 'start'], aborted: [false, false] },
		{ steps: ['start', 'cancel'], aborted: [true] },
		{ steps: ['start', 'finish', 'cancel'], aborted: [false] },
		{ steps: ['start', 'start', 'start'], aborted: [true, true, false] }
	])('$steps', ({ steps, aborted }) => {
		const loads = new LatestLoad();
		const signals: AbortSignal[] = [];
		for (const step of steps) {
			if (step === 'start') signals.push(loads.start());
			else if (step === 'finish') loads.finish(signals.at(-1)!);
			else loads.cancel();
		}
		expect(signals.map((s) => s.aborted)).toEqual(aborted);
	});
});
