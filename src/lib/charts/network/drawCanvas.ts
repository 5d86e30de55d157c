/**
 * Draw a network scene to canvas in two layers. The base layer holds the whole graph and is drawn when
 * the scene, size or theme changes: edges batched by colour, voice and width (one path per batch), then
 * nodes and labels. The overlay above it is all a hover, focus or drag redraws: a veil in the background
 * colour that dims the base, then only what is lit (or moving) drawn again on top. A hover on a graph of
 * 6,000 edges therefore redraws a handful of edges, not all of them. Colours come from the theme's CSS
 * custom properties.
 */
import type { PlacedLabel } from '$lib/graph/labels';
import type { Extent } from '$lib/graph/layout';
import type { Scene, SceneNode, ScenePair } from '$lib/graph/scene';

export interface Transform {
	k: number;
	x: number;
	y: number;
}

/** Scale and offset that fit the extent into width × height, centred. */
export function fitTransform(e: Extent, width: number, height: number): Transform {
	const k = Math.min(width / e.width, height / e.height);
	return { k, x: (width - e.width * k) / 2 - e.x * k, y: (height - e.height * k) / 2 - e.y * k };
}

export interface Frame {
	width: number;
	height: number;
	transform: Transform;
	/** Changes when the theme does: the colours read from CSS are kept until then. */
	theme: string;
}

/** What a layer draws: nodes, pairs, memberships and labels (each a subset of the scene's). */
export interface Layer {
	nodes: readonly SceneNode[];
	pairs: readonly ScenePair[];
	memberships: Scene['memberships'];
	labels: readonly PlacedLabel[];
}

type Color = (name: string) => string;
const colorCache = new WeakMap<HTMLCanvasElement, { theme: string; colors: Map<string, string> }>();

/** Size the canvas for the frame, clear it and set the layout → pixel transform. */
function begin(canvas: HTMLCanvasElement, f: Frame): { ctx: CanvasRenderingContext2D; color: Color } | null {
	const dpr = window.devicePixelRatio || 1;
	if (canvas.width !== Math.round(f.width * dpr) || canvas.height !== Math.round(f.height * dpr)) {
		canvas.width = Math.round(f.width * dpr);
		canvas.height = Math.round(f.height * dpr);
	}
	const ctx = canvas.getContext('2d');
	if (!ctx) return null;
	// A read of a live computed style forces a style recalculation when anything changed (a card opened):
	// read each colour once per canvas and theme, not per draw.
	let cached = colorCache.get(canvas);
	if (cached?.theme !== f.theme) colorCache.set(canvas, (cached = { theme: f.theme, colors: new Map() }));
	const colors = cached.colors;
	const color: Color = (name) => {
		let c = colors.get(name);
		if (c === undefined) colors.set(name, (c = getComputedStyle(canvas).getPropertyValue(name).trim() || '#888'));
		return c;
	};
	const { k, x, y } = f.transform;
	ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
	ctx.clearRect(0, 0, f.width, f.height);
	ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
	ctx.globalAlpha = 1;
	return { ctx, color };
}

const nodePaths = new WeakMap<SceneNode, Path2D>();
const nodePath = (n: SceneNode) => {
	let p = nodePaths.get(n);
	if (!p) nodePaths.set(n, (p = new Path2D(n.d)));
	return p;
};

function drawLayer(ctx: CanvasRenderingContext2D, color: Color, k: number, layer: Layer, edgeAlpha: number) {
	ctx.strokeStyle = color('--membership');
	ctx.lineWidth = 1 / k;
	ctx.setLineDash([1 / k, 3 / k]);
	ctx.beginPath();
	for (const m of layer.memberships) {
		ctx.moveTo(m.x1, m.y1);
		ctx.lineTo(m.x2, m.y2);
	}
	ctx.stroke();

	type Batch = { quad: string; outlet: boolean; width: number; shapes: ScenePair['shapes'] };
	const batches = new Map<string, Batch>();
	for (const p of layer.pairs)
		for (const s of p.shapes) {
			const w = Math.round(s.width * 2) / 2;
			const key = `${s.edge.quad}|${s.edge.voice}|${w}`;
			let b = batches.get(key);
			if (!b) batches.set(key, (b = { quad: s.edge.quad, outlet: s.edge.voice === 'outlet', width: w, shapes: [] }));
			b.shapes.push(s);
		}
	ctx.globalAlpha = edgeAlpha;
	for (const b of batches.values()) {
		const c = color(`--quad-${b.quad}`);
		ctx.strokeStyle = c;
		ctx.fillStyle = c;
		ctx.lineWidth = b.width;
		ctx.setLineDash(b.outlet ? [5, 4] : []);
		ctx.beginPath();
		for (const s of b.shapes) {
			ctx.moveTo(s.s.x, s.s.y);
			ctx.quadraticCurveTo(s.c.x, s.c.y, s.e.x, s.e.y);
		}
		ctx.stroke();
		ctx.beginPath();
		for (const s of b.shapes) {
			const [a, p, q] = s.arrowPoints;
			ctx.moveTo(a.x, a.y);
			ctx.lineTo(p.x, p.y);
			ctx.lineTo(q.x, q.y);
			ctx.closePath();
		}
		ctx.fill();
	}
	ctx.setLineDash([]);
	ctx.globalAlpha = 1;

	ctx.fillStyle = color('--node-fill');
	ctx.strokeStyle = color('--node-stroke');
	ctx.lineWidth = 1.2 / Math.max(k, 0.5);
	for (const n of layer.nodes) {
		const path = nodePath(n);
		ctx.fill(path);
		ctx.stroke(path);
	}

	ctx.font = `${12 / k}px ${color('--font')}`;
	ctx.textBaseline = 'middle';
	ctx.lineJoin = 'round';
	ctx.lineWidth = 3 / k;
	ctx.strokeStyle = color('--bg');
	ctx.fillStyle = color('--text');
	for (const l of layer.labels) {
		ctx.textAlign = l.anchor === 'middle' ? 'center' : l.anchor === 'end' ? 'right' : 'left';
		ctx.strokeText(l.text, l.x, l.y);
		ctx.fillText(l.text, l.x, l.y);
	}
}

/** The base layer: the whole graph (less what a drag is moving, which the overlay draws). */
export function drawBase(canvas: HTMLCanvasElement, f: Frame, layer: Layer) {
	const c = begin(canvas, f);
	if (c) drawLayer(c.ctx, c.color, f.transform.k, layer, 0.75);
}

/**
 * The overlay: with `veil`, the background colour over the base (the dimming), then the lit layer and
 * the focus ring. Empty when nothing is lit, moving or focused.
 */
export function drawOverlay(canvas: HTMLCanvasElement, f: Frame, layer: Layer | null, o: { veil: boolean; focused: SceneNode | null }) {
	const c = begin(canvas, f);
	if (!c) return;
	const { ctx, color } = c;
	const { k } = f.transform;
	if (o.veil) {
		ctx.save();
		ctx.setTransform(1, 0, 0, 1, 0, 0);
		ctx.globalAlpha = 0.86;
		ctx.fillStyle = color('--bg');
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.restore();
	}
	if (layer) drawLayer(ctx, color, k, layer, 1);
	if (o.focused) {
		ctx.strokeStyle = color('--focus');
		ctx.lineWidth = 3 / k;
		ctx.beginPath();
		ctx.arc(o.focused.x, o.focused.y, o.focused.r + 4 / k, 0, 2 * Math.PI);
		ctx.stroke();
	}
}
