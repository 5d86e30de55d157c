/** Web Worker: run the seeded network layout off the main thread (a large graph takes seconds). */
import { prepareLayout } from '$lib/graph/layout';
import type { LayoutRequest } from './background-layout';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
	const { graph, seed } = event.data;
	postMessage(prepareLayout(graph, seed));
};
