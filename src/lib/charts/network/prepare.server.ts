/** At build time: the network's seeded layout, so the prerendered page already holds the graph. */
import type { Dataset } from '$lib/data/types';
import { buildGraph } from '$lib/graph/build';
import { NETWORK_SEED, prepareLayout, type PreparedLayout } from '$lib/graph/layout';

export function prepare(dataset: Dataset): PreparedLayout {
	return prepareLayout(buildGraph(dataset.actors, dataset.statements), NETWORK_SEED);
}
