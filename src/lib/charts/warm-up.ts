/**
 * Warming up for another dataset. Opening a large file runs each chart's model over thousands of
 * statements for the first time in the page: as cold code, that took about 400 ms longer than the same
 * open a second time in the same page (10,000 statements: 1.86-2.02 s, then 1.35-1.57 s). When a file
 * looks likely (the pointer on the Open dataset control, a file dragged over the page), the page runs
 * those models once over a small generated dataset, a model per idle callback, so that they run as
 * compiled code on the file. Loaded on that intent only; nothing it computes is kept.
 */
import { generateDataset } from '$lib/data/generate';
import { headlineFacts } from '$lib/data/facts';
import { lede } from '$lib/data/narrative';
import { aggregateEdges, countsByActor, filterStatements, indexDataset, NO_FILTERS, type DatasetIndex } from '$lib/data/queries';
import type { Dataset } from '$lib/data/types';
import { whenIdle } from '$lib/speed/idle';
import { CHARTS, type PreparedData } from './registry';
import { segmentText } from './source/segments';

type Step = (d: Dataset, index: DatasetIndex) => unknown;

/** What the cells compute for a new dataset, in the order they do: the page's own, then each chart's. */
export async function warmUpSteps(prepared: PreparedData): Promise<[name: string, step: Step][]> {
	const parts = await Promise.all(CHARTS.map(async (c) => [c.id, await c.parts()] as const));
	return [
		['counts', (d) => (filterStatements(d.statements, NO_FILTERS), countsByActor(d.statements), aggregateEdges(d.statements))],
		['narrative', (d, index) => (headlineFacts(d, d.statements), lede(d, index, d.statements))],
		['takeaways', (d, index) => parts.map(([, p]) => p.takeaway({ dataset: d, index, statements: d.statements }))],
		...parts.flatMap(([id, p]): [string, Step][] => (p.warmUp ? [[id, (d, index) => p.warmUp!(d, index, prepared[id])]] : [])),
		['source', (d) => d.sources.map((s) => segmentText(s.text, d.statements.filter((x) => x.source === s.id)))]
	];
}

/** The sample: big enough for the engine to compile the models' loops, small enough to take little time. */
export const warmUpSample = () => generateDataset({ actors: 60, statements: 1000, seed: 11 });

let cancelWarmUp = () => {};

/** Run the steps, one per idle callback. A step that fails is only a missed head start. */
export async function warmUpCharts(prepared: PreparedData): Promise<void> {
	const steps = await warmUpSteps(prepared);
	const d = warmUpSample();
	const index = indexDataset(d);
	let next = 0;
	const run = async () => {
		const [, step] = steps[next++];
		try {
			await step(d, index);
		} catch {
			// nothing to do
		}
		if (next < steps.length) cancelWarmUp = whenIdle(run);
	};
	cancelWarmUp = whenIdle(run);
}

/** A file was chosen: the steps not run yet would only compete with its own. */
export function stopWarmUp(): void {
	cancelWarmUp();
}
