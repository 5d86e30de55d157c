import { describe, expect, it } from 'vitest';
import { litChanges, litTargets, targetsByStatement } from '$lib/charts/plot/targets';

const targets = [{ statements: [{ id: 'a' }, { id: 'b' }] }, { statements: [{ id: 'b' }] }, { statements: [] }, { statements: [{ id: 'c' }, { id: 'c' }] }];

describe('plot targets lit by a selection', () => {
	it('maps statements to the targets that include them', () => {
		const m = targetsByStatement(targets);
		expect(m.get('a')).toEqual([0]);
		expect(m.get('b')).toEqual([0, 1]);
		expect(m.get('c')).toEqual([3]);
	});
	it('lights exactly the targets a full scan would', () => {
		const m = targetsByStatement(targets);
		for (const ids of [[], ['a'], ['b'], ['b', 'c'], ['zzz']]) {
			const scan = targets.flatMap((t, i) => (t.statements.some((s) => ids.includes(s.id)) ? [i] : []));
			expect([...litTargets(ids, m)].sort()).toEqual(scan);
		}
	});
	it('lists what to switch off and on', () => {
		expect(litChanges(new Set([0, 1]), new Set([1, 3]))).toEqual({ off: [0], on: [3] });
		expect(litChanges(new Set(), new Set())).toEqual({ off: [], on: [] });
	});
});
