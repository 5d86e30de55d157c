/**
 * Draw a network scene to a canvas: edges batched by colour, voice and width (one path per batch),
 * then nodes, labels and the focus ring. Colours come from the theme's CSS custom properties.
 */
import type { PlacedLabel } from '$lib/graph/labels';
import type { Extent } from '$lib/graph/layout';
import type { Highlight, Scene } from '$lib/graph/scene';

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

export interface DrawOptions {
	width: number;
	height: number;
	transform: Transform;
	highlight: Highlight;
	labels: PlacedLabel[];
	focused: string | null;
}

const paths = new WeakMap<Scene, Map<string, Path2D>>();

export function drawScene(canvas: HTMLCanvasElement, scene: Scene, o: DrawOptions) {
	const dpr = window.devicePixelRatio || 1;
	if (canvas.width !== Math.round(o.width * dpr) || canvas.height !== Math.round(o.height * dpr)) {
		canvas.width = Math.round(o.width * dpr);
		canvas.height = Math.round(o.height * dpr);
	}
	const ctx = canvas.getContext('2d');
	if (!ctx) return;
	// Each read of a live computed style can force a style recalculation: read each colour once per draw.
	const css = getComputedStyle(canvas);
	const colors = new Map<string, string>();
	const color = (name: string) => {
		let c = colors.get(name);
		if (c === undefined) colors.set(name, (c = css.getPropertyValue(name).trim() || '#888'));
		return c;
	};
	const { k, x, y } = o.transform;
	ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
	ctx.clearRect(0, 0, o.width, o.height);
	ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
	const h = o.highlight;

	ctx.globalAlpha = h ? 0.15 : 1;
	ctx.strokeStyle = color('--membership');
	ctx.lineWidth = 1 / k;
	ctx.setLineDash([1 / k, 3 / k]);
	ctx.beginPath();
	for (const m of scene.memberships) {
		ctx.moveTo(m.x1, m.y1);
		ctx.lineTo(m.x2, m.y2);
	}
	ctx.stroke();

	// Edges, batched: dimmed ones first, highlighted ones on top.
	type Batch = { quad: string; outlet: boolean; width: number; on: boolean; shapes: Scene['pairs'][number]['shapes'] };
	const batches = new Map<string, Batch>();
	for (const p of scene.pairs) {
		const on = !h || h.pairs.has(p.id);
		for (const s of p.shapes) {
			const w = Math.round(s.width * 2) / 2;
			const key = `${on}|${s.edge.quad}|${s.edge.voice}|${w}`;
			let b = batches.get(key);
			if (!b) batches.set(key, (b = { quad: s.edge.quad, outlet: s.edge.voice === 'outlet', width: w, on, shapes: [] }));
			b.shapes.push(s);
		}
	}
	const ordered = [...batches.values()].sort((a, b) => Number(a.on) - Number(b.on));
	for (const b of ordered) {
		ctx.globalAlpha = h && !b.on ? 0.08 : h ? 1 : 0.75;
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

	let cache = paths.get(scene);
	if (!cache) paths.set(scene, (cache = new Map(scene.nodes.map((n) => [n.id, new Path2D(n.d)]))));
	const fill = color('--node-fill'), stroke = color('--node-stroke');
	for (const pass of [false, true]) {
		ctx.globalAlpha = pass ? 1 : h ? 0.15 : 1;
		ctx.fillStyle = fill;
		ctx.strokeStyle = stroke;
		ctx.lineWidth = 1.2 / Math.max(k, 0.5);
		for (const n of scene.nodes) {
			const on = !h || h.nodes.has(n.id);
			if (on !== pass && h) continue;
			if (!h && pass) continue;
			const path = cache.get(n.id)!;
			ctx.fill(path);
			ctx.stroke(path);
		}
	}
	if (o.focused) {
		const n = scene.nodes.find((m) => m.id === o.focused);
		if (n) {
			ctx.globalAlpha = 1;
			ctx.strokeStyle = color('--focus');
			ctx.lineWidth = 3 / k;
			ctx.beginPath();
			ctx.arc(n.x, n.y, n.r + 4 / k, 0, 2 * Math.PI);
			ctx.stroke();
		}
	}

	ctx.font = `${12 / k}px ${color('--font')}`;
	ctx.textBaseline = 'middle';
	ctx.lineJoin = 'round';
	ctx.lineWidth = 3 / k;
	ctx.strokeStyle = color('--bg');
	ctx.fillStyle = color('--text');
	for (const l of o.labels) {
		ctx.globalAlpha = h && !h.nodes.has(l.id) ? 0.15 : 1;
		ctx.textAlign = l.anchor === 'middle' ? 'center' : l.anchor === 'end' ? 'right' : 'left';
		ctx.strokeText(l.text, l.x, l.y);
		ctx.fillText(l.text, l.x, l.y);
	}
	ctx.globalAlpha = 1;
}
