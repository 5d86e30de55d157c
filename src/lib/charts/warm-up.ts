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
import type { BaseMap } from '$lib/geo/basemap';
import { buildGraph } from '$lib/graph/build';
import { buildHitIndex } from '$lib/graph/hit';
import { placeLabels } from '$lib/graph/labels';
import { buildScene, sceneFrame } from '$lib/graph/scene';
import { whenIdle } from './idle';
import { MAP_MAX_ARCS, mapModel } from './map/model';
import { capMatrix, MAX_MATRIX, matrixCells, matrixKey, matrixTargets } from './matrix/model';
import { matrixSpec, timelineSpec } from './plot/specs';
import { segmentText } from './source/segments';
import { TAKEAWAYS } from './takeaways';
import { capLanes, MAX_DOTS, MAX_LANES, timelineDots, timelineEvents, timelineKey, timelineTargets } from './timeline/model';

type Step = (d: Dataset, index: DatasetIndex, base: BaseMap | undefined) => unknown;

/** What the cells compute for a new dataset, in the order they do. */
export const WARM_UP_STEPS: [name: string, step: Step][] = [
	['counts', (d) => (filterStatements(d.statements, NO_FILTERS), countsByActor(d.statements), aggregateEdges(d.statements))],
	['narrative', (d, index) => (headlineFacts(d, d.statements), lede(d, index, d.statements))],
	['takeaways', (d, index) => Object.values(TAKEAWAYS).map((t) => t({ dataset: d, index, statements: d.statements }))],
	['map', (d, index, base) => base && mapModel(base, d, index, d.statements, MAP_MAX_ARCS)],
	[
		'network',
		(d, index) => {
			const graph = buildGraph(d.actors, d.statements);
			const positions = new Map(graph.nodes.map((n, i) => [n.id, { x: 40 * Math.cos(i), y: 40 * Math.sin(i) + i }]));
			const scene = buildScene(graph, positions, index);
			sceneFrame(graph, positions);
			placeLabels(scene.nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, r: n.r, text: n.name, priority: n.total })), 12, 60);
			buildHitIndex(scene.nodes, scene.pairs.flatMap((p) => p.shapes)).find(0, 0);
		}
	],
	[
		'timeline',
		async (d, index) => {
			const dots = capLanes(timelineDots(index, d.statements), MAX_LANES, MAX_DOTS).dots;
			const events = timelineEvents(d.events);
			timelineTargets(index, dots);
			timelineKey(dots, events);
			(await timelineSpec.load()).timelineFigure(dots, events, 800);
		}
	],
	[
		'matrix',
		async (d, index) => {
			const cells = capMatrix(matrixCells(index, d.statements), MAX_MATRIX, MAX_MATRIX).cells;
			matrixTargets(cells);
			matrixKey(cells);
			(await matrixSpec.load()).matrixFigure(cells, 800);
		}
	],
	['source', (d) => d.sources.map((s) => segmentText(s.text, d.statements.filter((x) => x.source === s.id)))]
];

/** The sample: big enough for the engine to compile the models' loops, small enough to take little time. */
export const warmUpSample = () => generateDataset({ actors: 60, statements: 1000, seed: 11 });

let cancelWarmUp = () => {};

/** Run the steps, one per idle callback. A step that fails is only a missed head start. */
export function warmUpCharts(base: BaseMap | undefined): void {
	const d = warmUpSample();
	const index = indexDataset(d);
	let next = 0;
	const run = async () => {
		const [, step] = WARM_UP_STEPS[next++];
		try {
			await step(d, index, base);
		} catch {
			// nothing to do
		}
		if (next < WARM_UP_STEPS.length) cancelWarmUp = whenIdle(run);
	};
	cancelWarmUp = whenIdle(run);
}

/** A file was chosen: the steps not run yet would only compete with its own. */
export function stopWarmUp(): void {
	cancelWarmUp();
}
