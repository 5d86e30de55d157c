/**
 * Which part of the world to show: the boxes the projection is fitted to. Each party contributes the part
 * of its territory near its anchor (so Russia brings Moscow and the Caucasus, not Chukotka), and
 * organizations contribute a small box around their seat. Parties far from the others (farParties) are
 * left out of the frame: the map draws them on its edge.
 */
import { intersectBox, boxAround, type GeoBox } from './projection';

export interface FramingActor {
	id: string;
	kind: string;
	m49?: string;
	anchor?: { lon: number; lat: number };
}

export interface FramingOptions {
	/** Half-width and half-height (degrees) of the window kept of a state's territory around its anchor. */
	stateWindow: [number, number];
	/** Half-width and half-height (degrees) of the box around a non-state anchor. */
	pointBox: [number, number];
}

export const DEFAULT_FRAMING: FramingOptions = { stateWindow: [30, 14], pointBox: [5, 4] };

export function framingBoxes(
	actors: readonly FramingActor[],
	involved: ReadonlySet<string>,
	boxOfM49: (m49: string) => GeoBox | null,
	options: FramingOptions = DEFAULT_FRAMING
): GeoBox[] {
	const boxes: GeoBox[] = [];
	for (const a of actors) {
		if (!involved.has(a.id) || !a.anchor) continue;
		const { lon, lat } = a.anchor;
		const territory = a.kind === 'state' && a.m49 ? boxOfM49(a.m49) : null;
		if (territory) boxes.push(intersectBox(territory, boxAround(lon, lat, ...options.stateWindow)));
		else boxes.push(boxAround(lon, lat, ...options.pointBox));
	}
	return boxes;
}

/** Great-circle distance in km between two [lon, lat] points. */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
	const r = Math.PI / 180;
	const h =
		Math.sin(((b[1] - a[1]) * r) / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(((b[0] - a[0]) * r) / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface FarOptions {
	/** A party nearer than this to the region's centre is never far. */
	minKm: number;
	/** …nor one nearer than this many times the median party's distance. */
	medianFactor: number;
}

export const DEFAULT_FAR: FarOptions = { minKm: 4500, medianFactor: 2.5 };

/**
 * The parties far from where the others are: drawn on the frame's edge instead of stretching the frame to
 * them (a Washington among Tehran, Moscow and Ankara). The region's centre is the party with the least
 * total distance to the others; a party is far when it is further from it than both minKm and
 * medianFactor × the median of the others' distances from it. Far parties are always fewer than half: otherwise none is far.
 */
export function farParties(anchors: readonly { id: string; lon: number; lat: number }[], o: FarOptions = DEFAULT_FAR): Set<string> {
	if (anchors.length < 3) return new Set();
	const at = (a: { lon: number; lat: number }) => [a.lon, a.lat] as const;
	const total = (a: (typeof anchors)[number]) => anchors.reduce((s, b) => s + distanceKm(at(a), at(b)), 0);
	const centre = anchors.reduce((best, a) => (total(a) < total(best) ? a : best));
	const distances = anchors.map((a) => distanceKm(at(centre), at(a)));
	const others = distances.filter((_, i) => anchors[i] !== centre).sort((x, y) => x - y);
	const median = others[Math.floor((others.length - 1) / 2)];
	const limit = Math.max(o.minKm, o.medianFactor * median);
	const far = anchors.filter((_, i) => distances[i] > limit).map((a) => a.id);
	return new Set(far.length * 2 < anchors.length ? far : []);
}
