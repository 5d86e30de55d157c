/**
 * The network's seeded layout for a graph that was not laid out at build time (an opened or generated
 * dataset): in a Web Worker, so a graph of thousands of nodes does not freeze the page. Where workers
 * are missing it lays out in place. Small graphs are laid out in place by the chart itself.
 */
import type { Graph } from '$lib/graph/build';
import { layoutKey, type PreparedLayout } from '$lib/graph/positions';
import { forceLayout } from './force-layout';

/** At or below this many nodes the layout takes a few milliseconds: not worth a worker. */
export const IN_PLACE_MAX_NODES = 60;

export interface LayoutRequest {
	graph: Graph;
	seed: number;
}

/** Only what the layout reads: the per-edge statement lists stay on the page. */
function layoutInput(graph: Graph): Graph {
	return {
		nodes: graph.nodes,
		edges: [],
		pairs: graph.pairs.map((p) => ({ ...p, edges: [] })),
		memberships: graph.memberships
	};
}

/**
 * A layout on its way before the chart asks for it: the worker that read an opened file lays out its
 * graph while the page renders the other cells. One at a time; the next file opened replaces it (null:
 * that file brings none).
 */
let ahead: Promise<PreparedLayout | null> | null = null;
export function offerLayout(layout: Promise<PreparedLayout | null> | null): void {
	ahead = layout;
}

export function layoutInBackground(graph: Graph, seed: number): { result: Promise<PreparedLayout>; cancel: () => void } {
	if (ahead) {
		const offered = ahead;
		let cancelled = false;
		let job: ReturnType<typeof layoutInBackground> | null = null;
		const result = offered.then((layout) => {
			if (layout && layout.key === layoutKey(graph, seed)) return layout;
			if (ahead === offered) ahead = null; // not this graph's: lay it out here
			if (cancelled) return new Promise<PreparedLayout>(() => {});
			job = layoutInBackground(graph, seed);
			return job.result;
		});
		return { result, cancel: () => ((cancelled = true), job?.cancel()) };
	}
	return layoutInWorker(graph, seed);
}

function layoutInWorker(graph: Graph, seed: number): { result: Promise<PreparedLayout>; cancel: () => void } {
	if (typeof Worker === 'undefined') {
		return { result: forceLayout.load().then((m) => m.prepareLayout(graph, seed)), cancel: () => {} };
	}
	const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
	const result = new Promise<PreparedLayout>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<PreparedLayout>) => {
			worker.terminate();
			resolve(event.data);
		};
		worker.onerror = (event) => {
			worker.terminate();
			// A worker that cannot start (a strict host policy) must not leave the chart empty.
			forceLayout
				.load()
				.then((m) => m.prepareLayout(graph, seed))
				.then(resolve, () => reject(new Error(event.message || 'the layout worker failed')));
		};
	});
	worker.postMessage({ graph: layoutInput(graph), seed } satisfies LayoutRequest);
	return { result, cancel: () => worker.terminate() };
}
