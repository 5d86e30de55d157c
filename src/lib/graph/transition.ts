/**
 * What moves when the network's view changes (a filter, another dataset's subset): the nodes keep their
 * places, so what changes is a node's size, a pair's curves and widths, a label's side of its node. The
 * chart animates those and nothing else; elements that enter or leave fade. Pure; no DOM.
 */
import type { PlacedLabel } from './labels';
import type { Scene } from './scene';

/** The drawn geometry of a scene: path data by element key, label anchors by node id. */
export interface SceneGeometry {
	/** `node:ID` → the node's shape; `edge:ID` → an edge's curve; `arrow:ID` → its arrowhead. */
	paths: Map<string, string>;
	/** `edge:ID` → the edge's stroke width. */
	widths: Map<string, number>;
	labels: Map<string, { x: number; y: number }>;
}

export interface GeometryMoves {
	/** Paths drawn before and after whose data changed: animate from → to. */
	paths: { key: string; from: string; to: string }[];
	/** Edges drawn before and after whose width changed. */
	widths: { key: string; from: number; to: number }[];
	/** Labels drawn before and after that moved: animate from an offset of (dx, dy) back to their place. */
	labels: { id: string; dx: number; dy: number }[];
}

export function sceneGeometry(scene: Scene, labels: readonly PlacedLabel[]): SceneGeometry {
	const paths = new Map<string, string>();
	const widths = new Map<string, number>();
	for (const n of scene.nodes) paths.set(`node:${n.id}`, n.d);
	for (const p of scene.pairs)
		for (const s of p.shapes) {
			paths.set(`edge:${s.id}`, s.d);
			paths.set(`arrow:${s.id}`, s.arrow);
			widths.set(`edge:${s.id}`, s.width);
		}
	return { paths, widths, labels: new Map(labels.map((l) => [l.id, { x: l.x, y: l.y }])) };
}

/** What was drawn in both geometries and is drawn differently now (entering and leaving elements are not moves). */
export function geometryMoves(from: SceneGeometry, to: SceneGeometry): GeometryMoves {
	const paths: GeometryMoves['paths'] = [];
	for (const [key, d] of to.paths) {
		const before = from.paths.get(key);
		if (before !== undefined && before !== d) paths.push({ key, from: before, to: d });
	}
	const widths: GeometryMoves['widths'] = [];
	for (const [key, w] of to.widths) {
		const before = from.widths.get(key);
		if (before !== undefined && before !== w) widths.push({ key, from: before, to: w });
	}
	const labels: GeometryMoves['labels'] = [];
	for (const [id, at] of to.labels) {
		const before = from.labels.get(id);
		if (before && (before.x !== at.x || before.y !== at.y)) labels.push({ id, dx: before.x - at.x, dy: before.y - at.y });
	}
	return { paths, widths, labels };
}
