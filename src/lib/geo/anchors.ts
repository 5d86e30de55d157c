/**
 * Where each actor is drawn: a state at its anchor (the capital), an organization, group or outlet as a
 * symbol at its seat, moved aside when it would sit on another point (the outlet's dateline is Tehran,
 * the IAEA and the P4+1 talks are both in Vienna). A group with no seat sits at the middle of its members.
 */
export type Point = [number, number];

export interface AnchorActor {
	id: string;
	kind: string;
	members?: string[];
	anchor?: { lon: number; lat: number };
}

export interface PlacedActor {
	id: string;
	/** Where arcs end and the dot or symbol is drawn. */
	point: Point;
	/** True for a symbol (organization, group, media); false for a state's dot. */
	symbol: boolean;
}

/** The 8 directions tried, in order, to move a symbol off an occupied point: NE first, then clockwise. */
const DIRECTIONS: Point[] = [45, 135, -45, -135, 90, -90, 0, 180].map((deg) => {
	const r = ((deg - 90) * Math.PI) / 180;
	return [Math.cos(r), Math.sin(r)];
});

const dist = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Move each point off the ones placed before it, keeping at least `gap` units between any two. */
export function spread(points: readonly Point[], fixed: readonly Point[], gap: number): Point[] {
	const placed: Point[] = [...fixed];
	const out: Point[] = [];
	for (const p of points) {
		let chosen = p;
		search: for (let ring = 1; placed.some((q) => dist(chosen, q) < gap) && ring <= 6; ring++) {
			for (const [dx, dy] of DIRECTIONS) {
				const candidate: Point = [p[0] + dx * gap * ring, p[1] + dy * gap * ring];
				if (!placed.some((q) => dist(candidate, q) < gap)) {
					chosen = candidate;
					break search;
				}
			}
		}
		placed.push(chosen);
		out.push(chosen);
	}
	return out;
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Place actors: states first, at their projected anchors; then symbols, spread `gap` apart from every
 * state and earlier symbol; then seatless groups at the mean of their placed members.
 */
export function placeActors(
	actors: readonly AnchorActor[],
	project: (lonLat: [number, number]) => Point | null,
	gap: number
): Map<string, PlacedActor> {
	const placed = new Map<string, PlacedActor>();
	const at = (a: AnchorActor) => (a.anchor ? project([a.anchor.lon, a.anchor.lat]) : null);
	for (const a of actors) {
		const p = a.kind === 'state' ? at(a) : null;
		if (p) placed.set(a.id, { id: a.id, point: [round(p[0]), round(p[1])], symbol: false });
	}
	const symbols = actors.filter((a) => a.kind !== 'state' && a.anchor);
	const raw = symbols.map(at);
	const kept = symbols.filter((_, i) => raw[i]);
	const spreadPoints = spread(
		raw.filter((p): p is Point => p !== null),
		[...placed.values()].map((p) => p.point),
		gap
	);
	kept.forEach((a, i) =>
		placed.set(a.id, { id: a.id, point: [round(spreadPoints[i][0]), round(spreadPoints[i][1])], symbol: true })
	);
	for (const a of actors) {
		if (placed.has(a.id) || !a.members?.length) continue;
		const points = a.members.map((m) => placed.get(m)?.point).filter((p): p is Point => !!p);
		if (!points.length) continue;
		const mean: Point = [
			round(points.reduce((s, p) => s + p[0], 0) / points.length),
			round(points.reduce((s, p) => s + p[1], 0) / points.length)
		];
		placed.set(a.id, { id: a.id, point: mean, symbol: true });
	}
	return placed;
}
