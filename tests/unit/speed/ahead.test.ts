import { describe, expect, it } from 'vitest';
import { aheadOnce, inTasks } from '$lib/speed/ahead';

describe('a value made ahead (aheadOnce)', () => {
	const counting = () => {
		const calls: number[][] = [];
		const sum = aheadOnce((a: number[], b: number[]) => (calls.push([...a, ...b]), a.length + b.length));
		return { calls, sum };
	};

	it('is handed to the first call with the same arguments, without computing again', () => {
		const { calls, sum } = counting();
		const [a, b] = [[1], [2, 3]];
		sum.warm(a, b);
		expect(sum.get(a, b)).toBe(3);
		expect(calls).toHaveLength(1);
	});

	it('is handed once: a second call computes', () => {
		const { calls, sum } = counting();
		const [a, b] = [[1], [2]];
		sum.warm(a, b);
		sum.get(a, b);
		expect(sum.get(a, b)).toBe(2);
		expect(calls).toHaveLength(2);
	});

	it('is dropped by a call with other arguments (compared by identity), which computes its own', () => {
		const { calls, sum } = counting();
		const a = [1];
		sum.warm(a, [2]);
		expect(sum.get(a, [2])).toBe(2);
		expect(sum.get(a, [2])).toBe(2);
		expect(calls).toHaveLength(3);
	});
});

describe('steps in tasks of their own (inTasks)', () => {
	it('runs each step after the page has had a task, in order', async () => {
		const order: string[] = [];
		const done = inTasks([() => order.push('one'), () => order.push('two')]);
		order.push('sync');
		await done;
		expect(order).toEqual(['sync', 'one', 'two']);
	});
});
