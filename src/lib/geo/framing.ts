/**
 * Which part of the world to show: the boxes the projection is fitted to. Each party contributes the part
 * of its territory near its anchor (so Russia brings Moscow and the Caucasus, not Chukotka, and the
 * United States stays on the map), and organizations contribute a small box around their seat.
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
