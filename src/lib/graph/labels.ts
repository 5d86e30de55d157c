/**
 * Label placement without overlaps: each label tries the right, left, below and above of its node,
 * most important labels first, and is left out when every place collides. Pure; no DOM.
 */
export interface LabelInput {
	id: string;
	x: number;
	y: number;
	r: number;
	text: string;
	/** Higher is placed first. */
	priority: number;
}

export interface PlacedLabel {
	id: string;
	text: string;
	/** The text anchor point (SVG `x`, `y` with dominant-baseline middle). */
	x: number;
	y: number;
	anchor: 'start' | 'end' | 'middle';
	box: Box;
}

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Estimated text width: a system sans font averages about 0.56 em per character. */
export const textWidth = (text: string, fontSize: number) => text.length * fontSize * 0.56;

export function placeLabels(inputs: readonly LabelInput[], fontSize = 12, limit = Infinity): PlacedLabel[] {
	const h = fontSize * 1.2;
	const gap = 3;
	const circles: Box[] = inputs.map((n) => ({ x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r }));
	const placed: PlacedLabel[] = [];
	const order = inputs.map((_, i) => i).sort((a, b) => inputs[b].priority - inputs[a].priority || a - b);
	for (const i of order) {
		if (placed.length >= limit) break;
		const n = inputs[i];
		const w = textWidth(n.text, fontSize);
		const candidates: Omit<PlacedLabel, 'id' | 'text'>[] = [
			{ x: n.x + n.r + gap, y: n.y, anchor: 'start', box: { x0: n.x + n.r + gap, y0: n.y - h / 2, x1: n.x + n.r + gap + w, y1: n.y + h / 2 } },
			{ x: n.x - n.r - gap, y: n.y, anchor: 'end', box: { x0: n.x - n.r - gap - w, y0: n.y - h / 2, x1: n.x - n.r - gap, y1: n.y + h / 2 } },
			{ x: n.x, y: n.y + n.r + gap + h / 2, anchor: 'middle', box: { x0: n.x - w / 2, y0: n.y + n.r + gap, x1: n.x + w / 2, y1: n.y + n.r + gap + h } },
			{ x: n.x, y: n.y - n.r - gap - h / 2, anchor: 'middle', box: { x0: n.x - w / 2, y0: n.y - n.r - gap - h, x1: n.x + w / 2, y1: n.y - n.r - gap } }
		];
		// Then the four corners, and the same places farther out.
		for (const far of [0, 14]) {
			const d = n.r * 0.75 + gap + far;
			if (far) candidates.push(
				{ x: n.x + d + n.r * 0.25, y: n.y, anchor: 'start', box: { x0: n.x + d + n.r * 0.25, y0: n.y - h / 2, x1: n.x + d + n.r * 0.25 + w, y1: n.y + h / 2 } },
				{ x: n.x - d - n.r * 0.25, y: n.y, anchor: 'end', box: { x0: n.x - d - n.r * 0.25 - w, y0: n.y - h / 2, x1: n.x - d - n.r * 0.25, y1: n.y + h / 2 } }
			);
			candidates.push(
				{ x: n.x + d, y: n.y - d - h / 2, anchor: 'start', box: { x0: n.x + d, y0: n.y - d - h, x1: n.x + d + w, y1: n.y - d } },
				{ x: n.x + d, y: n.y + d + h / 2, anchor: 'start', box: { x0: n.x + d, y0: n.y + d, x1: n.x + d + w, y1: n.y + d + h } },
				{ x: n.x - d, y: n.y - d - h / 2, anchor: 'end', box: { x0: n.x - d - w, y0: n.y - d - h, x1: n.x - d, y1: n.y - d } },
				{ x: n.x - d, y: n.y + d + h / 2, anchor: 'end', box: { x0: n.x - d - w, y0: n.y + d, x1: n.x - d, y1: n.y + d + h } }
			);
		}
		const fit = candidates.find(
			(c) => !placed.some((p) => overlaps(p.box, c.box)) && !circles.some((b, j) => j !== i && overlaps(b, c.box))
		);
		if (fit) placed.push({ id: n.id, text: n.text, ...fit });
	}
	return placed;
}

/** A frame (x, y, width, height) grown to hold every label's box, `pad` beyond it: a viewBox that cuts no label. */
export function frameAround(frame: { x: number; y: number; width: number; height: number }, labels: readonly PlacedLabel[], pad = 4) {
	let { x, y } = frame;
	let x1 = x + frame.width, y1 = y + frame.height;
	for (const l of labels) {
		x = Math.min(x, l.box.x0 - pad);
		y = Math.min(y, l.box.y0 - pad);
		x1 = Math.max(x1, l.box.x1 + pad);
		y1 = Math.max(y1, l.box.y1 + pad);
	}
	return { x, y, width: x1 - x, height: y1 - y };
}
