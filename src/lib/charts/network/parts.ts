/** The network's takeaway, its key in an exported figure, and its warm-up step. */
import { busiestLink } from '$lib/data/narrative';
import type { ActorKind } from '$lib/data/types';
import { buildGraph } from '$lib/graph/build';
import { placeLabels } from '$lib/graph/labels';
import type { PreparedLayout } from '$lib/graph/layout';
import { buildScene, KIND_LABELS, nodeShape, sceneFrame } from '$lib/graph/scene';
import { unlessEmpty, type ChartParts } from '../chart';
import { quadLines, type LegendItem } from '../legend-item';

export const parts: ChartParts<null, PreparedLayout> = {
	takeaway: unlessEmpty(({ index, statements }) => busiestLink(index, statements)),
	figure: {
		// As the page's key (NetworkLegend.svelte): node shapes by kind, and the group membership line.
		legend: (palette, colors) => [
			...quadLines(palette),
			{ label: 'Stated by a party', kind: 'line', color: palette.muted },
			{ label: 'The outlet’s own voice', kind: 'dashed-line', color: palette.muted },
			{ label: 'Group membership', kind: 'dotted-line', color: colors.membership ?? palette.muted },
			...(['state', 'organization', 'group', 'media'] as ActorKind[]).map(
				(k): LegendItem => ({ label: KIND_LABELS[k], kind: 'outline', color: palette.text, path: nodeShape(k, 0, 0, 5), dash: k === 'group' ? '3 2' : undefined })
			)
		]
	},
	// The hit index (and its quadtree) serves only the canvas drawing of a large graph: loaded with the warm-up, not the page.
	warmUp: async (d, index) => {
		const graph = buildGraph(d.actors, d.statements);
		const positions = new Map(graph.nodes.map((n, i) => [n.id, { x: 40 * Math.cos(i), y: 40 * Math.sin(i) + i }]));
		const scene = buildScene(graph, positions, index);
		sceneFrame(graph, positions);
		placeLabels(scene.nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, r: n.r, text: n.name, priority: n.total })), 12, 60);
		const { buildHitIndex } = await import('$lib/graph/hit');
		buildHitIndex(scene.nodes, scene.pairs.flatMap((p) => p.shapes)).find(0, 0);
	}
};
