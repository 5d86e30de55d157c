import { describe, expect, it } from 'vitest';
import { CHARTS } from '$lib/charts/registry';
import { warmUpSample, warmUpSteps } from '$lib/charts/warm-up';
import { indexDataset } from '$lib/data/queries';
import { validateDataset } from '$lib/data/schema';
import { seedDataset } from '$lib/data/seed/dataset';
import { chartData } from '$lib/server/chart-data';

describe('the warm-up for another dataset', async () => {
	const withWarmUp = (await Promise.all(CHARTS.map(async (c) => ((await c.parts()).warmUp ? c.id : null)))).filter(Boolean);
	const steps = await warmUpSteps(chartData(CHARTS.map((c) => c.id), seedDataset));

	it('has a step for the page’s own models and one for each chart that has a warm-up, in the order the cells compute', () => {
		expect(withWarmUp.length).toBeGreaterThan(0);
		expect(steps.map(([name]) => name)).toEqual(['counts', 'narrative', 'takeaways', ...withWarmUp, 'source']);
	});

	it('runs every step over a valid sample; each chart model gives a result or finishes its Plot figure', async () => {
		const d = warmUpSample();
		expect(validateDataset(d).errors).toEqual([]);
		const index = indexDataset(d);
		const failed: string[] = [];
		for (const [name, step] of steps) {
			try {
				await step(d, index);
			} catch (error) {
				failed.push(`${name}: ${error}`);
			}
		}
		expect(failed).toEqual([]);
	});

	it('runs the map model on the base map it is given, and gives nothing to run it on without one', async () => {
		const map = CHARTS.find((c) => c.id === 'map')!;
		const { warmUp } = await map.parts();
		const base = chartData(['map'], seedDataset).map;
		const index = indexDataset(seedDataset);
		const model = (await warmUp!(seedDataset, index, base)) as { countries: unknown[] };
		expect(model.countries.length).toBeGreaterThan(0);
		expect(await warmUp!(seedDataset, index, undefined)).toBeUndefined();
	});
});
