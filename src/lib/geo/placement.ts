/**
 * Placement without overlap: labels that would sit on each other, and the inset's corner. Rectangles in
 * viewBox units; the first candidate that is free wins, so results are deterministic.
 */
export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export function overlaps(a: Rect, b: Rect): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A label's box, centred on (x, y), at about 0.6 em per character. */
export function labelRect(x: number, y: number, text: string, fontSize: number): Rect {
	const width = text.length * fontSize * 0.6;
	return { x: x - width / 2, y: y - fontSize / 2, width, height: fontSize };
}

/**
 * For each label, the first of its candidate positions whose box meets no box placed before it (the
 * fixed ones, then earlier labels); the first candidate when none is free.
 */
export function placeLabels(
	labels: readonly { text: string; candidates: [number, number][] }[],
	fixed: readonly Rect[],
	fontSize: number
): [number, number][] {
	const placed: Rect[] = [...fixed];
	return labels.map((l) => {
		const free = l.candidates.find(([x, y]) => !placed.some((r) => overlaps(r, labelRect(x, y, l.text, fontSize))));
		const at = free ?? l.candidates[0];
		placed.push(labelRect(at[0], at[1], l.text, fontSize));
		return at;
	});
}

/** The candidate rectangle holding the fewest of `points` (earlier candidates win ties). */
export function emptiestRect(candidates: readonly Rect[], points: readonly [number, number][]): Rect {
	let best = candidates[0];
	let bestCount = Infinity;
	for (const r of candidates) {
		const n = points.filter(([x, y]) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height).length;
		if (n < bestCount) {
			best = r;
			bestCount = n;
		}
	}
	return best;
}
