/**
 * The frame a network drag holds (held-drag). While a node is dragged the viewBox, size, font size and
 * label places of the drag's start are kept, each label following its node, so that a simulation tick
 * redraws the moved shapes only, not the page around a resized chart; labels are placed anew when the
 * layout has come to rest. The view keeps the drag's first scene in its template and writes each tick's
 * geometry to those elements (network/held-drag.ts), as d3 does, instead of re-running every node's and
 * edge's bindings. Pure.
 */
import type { PlacedLabel } from '$lib/graph/labels';
import type { Scene } from '$lib/graph/scene';

type Box = Scene['extent'];

export interface HeldFrame {
	/** The scene the template keeps drawing (the drag's first). */
	scene: Scene;
	nodeBox: Box;
	box: Box;
	labels: PlacedLabel[];
	/** Where each node was when the frame was held. */
	at: Map<string, { x: number; y: number }>;
}

export function holdFrame(scene: Scene, nodeBox: Box, box: Box, labels: PlacedLabel[]): HeldFrame {
	return { scene, nodeBox, box, labels, at: new Map(scene.nodes.map((n) => [n.id, { x: n.x, y: n.y }])) };
}

/** The held labels, each moved by as much as its node has moved since the frame was held. */
export function labelsFollowing(held: HeldFrame, now: Scene): PlacedLabel[] {
	const where = new Map(now.nodes.map((n) => [n.id, n]));
	return held.labels.map((l) => {
		const from = held.at.get(l.id), to = where.get(l.id);
		return from && to ? { ...l, x: l.x + to.x - from.x, y: l.y + to.y - from.y } : l;
	});
}
