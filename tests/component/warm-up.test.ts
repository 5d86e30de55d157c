import { describe, expect, it } from 'vitest';
import { WARM_UP_STEPS, warmUpSample } from '$lib/charts/warm-up';
import { indexDataset } from '$lib/data/queries';
import { validateDataset } from '$lib/data/schema';
import { seedDataset } from '$lib/data/seed/dataset';
import { baseMapFor } from '$lib/server/basemap';

describe('the warm-up for another dataset', () => {
	it('runs every chart model and both Plot figures over its sample without an error', async () => {
		const d = warmUpSample();
		expect(validateDataset(d).errors).toEqual([]);
		const base = baseMapFor(seedDataset);
		const index = indexDataset(d);
		const failed: string[] = [];
		for (const [name, step] of WARM_UP_STEPS) {
			try {
				await step(d, index, base);
			} catch (error) {
				failed.push(`${name}: ${error}`);
			}
		}
		expect(failed).toEqual([]);
		expect(WARM_UP_STEPS.map(([name]) => name)).toEqual(['counts', 'narrative', 'takeaways', 'map', 'network', 'timeline', 'matrix', 'source']);
	});
});
