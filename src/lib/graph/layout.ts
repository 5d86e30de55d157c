/**
 * A seeded d3-force layout: the same graph and seed give the same positions, in Node at build time
 * and in the browser. `simulation.stop().tick(n)` runs it to rest synchronously; no timers. What a page
 * needs without running it (a layout's key, prepared positions) is in positions.ts, so the browser loads
 * d3-force only to drag or to lay out another dataset.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, randomLcg, type Simulation, type SimulationLinkDatum } from 'd3';
import { nodeRadius, type Graph } from './build';
import { layoutKey, positionsOf, type PreparedLayout, type Positions, type SimNode } from './positions';

export * from './positions';

type SimLink = SimulationLinkDatum<SimNode> & { weight: number; membership: boolean };

export interface LayoutOptions {
	seed?: number;
	/** Ticks to run; by default enough to cool from alpha 1 to alphaMin. */
	ticks?: number;
}

/**
 * Ticks to rest: 300 for a small graph (d3's default cooling), 120 for a big one (above 500 nodes or
 * 3,000 links), where each tick costs as much as a small graph's whole layout.
 */
export function defaultTicks(nodeCount: number, linkCount = 0): number {
	return nodeCount > 500 || linkCount > 3000 ? 120 : 300;
}

/** The simulation the layout and dragging share; nodes start at `start` positions when given. */
export function createSimulation(graph: Graph, seed = 1, start?: Positions): Simulation<SimNode, SimLink> {
	// The seed sets the starting places (a random disc) and d3's own random choices (jiggle).
	const random = randomLcg(seed);
	const spread = 12 * Math.sqrt(graph.nodes.length + 1) + 40;
	const nodes: SimNode[] = graph.nodes.map((n) => {
		const p = start?.get(n.id);
		const angle = random() * 2 * Math.PI, radius = spread * Math.sqrt(random());
		return { id: n.id, r: nodeRadius(n.total), x: p ? p.x : radius * Math.cos(angle), y: p ? p.y : radius * Math.sin(angle) };
	});
	const links: SimLink[] = [
		...graph.pairs.map((p) => ({ source: p.source, target: p.target, weight: p.count, membership: false })),
		...graph.memberships.map((m) => ({ source: m.group, target: m.member, weight: 1, membership: true }))
	];
	const big = nodes.length > 500;
	const ticks = defaultTicks(nodes.length, links.length);
	return forceSimulation<SimNode, SimLink>(nodes)
		.randomSource(random)
		.alphaDecay(1 - Math.pow(0.001, 1 / ticks))
		.force(
			'link',
			forceLink<SimNode, SimLink>(links)
				.id((d) => d.id)
				.distance((l) => (l.membership ? 45 : 70) + (l.source as SimNode).r + (l.target as SimNode).r)
				.strength((l) => (l.membership ? 0.25 : Math.min(0.9, 0.25 + 0.1 * l.weight)))
		)
		.force('charge', forceManyBody<SimNode>().strength(big ? -25 : -260).distanceMax(big ? 220 : 600))
		.force('collide', forceCollide<SimNode>((d) => d.r + (big ? 2 : 10)))
		.force('x', forceX<SimNode>(0).strength(big ? 0.04 : 0.07))
		.force('y', forceY<SimNode>(0).strength(big ? 0.04 : 0.09))
		.stop();
}

/** Run the seeded layout to rest and return each node's position (rounded to 0.01 unit). */
export function layoutGraph(graph: Graph, options: LayoutOptions = {}): Positions {
	const sim = createSimulation(graph, options.seed ?? 1);
	sim.tick(options.ticks ?? defaultTicks(graph.nodes.length, graph.pairs.length + graph.memberships.length));
	return positionsOf(sim.nodes());
}

export function prepareLayout(graph: Graph, seed = 1): PreparedLayout {
	return { key: layoutKey(graph, seed), positions: [...layoutGraph(graph, { seed })].map(([id, p]) => [id, p.x, p.y]) };
}
