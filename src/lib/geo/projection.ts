/**
 * Projection fitting: a Natural Earth projection, rotated to the middle of the parties and scaled so their
 * boxes fill a fixed viewBox. Plain data in (boxes in degrees), plain data out (a ProjectionSpec), so the
 * same framing is computed at build time and re-created in the browser without re-fitting.
 */
import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3';

/** A box in degrees: west/east longitudes, south/north latitudes. */
export interface GeoBox {
	west: number;
	south: number;
	east: number;
	north: number;
}

export interface ProjectionSpec {
	/** viewBox size: the map always draws in these units and scales with CSS. */
	width: number;
	height: number;
	/** d3 rotate (λ, φ): the map is centred on longitude -rotate[0]. */
	rotate: [number, number];
	scale: number;
	translate: [number, number];
}

/** The box around an anchor, `lon`/`lat` degrees either way. */
export function boxAround(lon: number, lat: number, dLon: number, dLat: number): GeoBox {
	return { west: lon - dLon, east: lon + dLon, south: Math.max(-90, lat - dLat), north: Math.min(90, lat + dLat) };
}

/** The part of `box` within `cap`; `cap` itself when they do not meet. */
export function intersectBox(box: GeoBox, cap: GeoBox): GeoBox {
	const b = {
		west: Math.max(box.west, cap.west),
		east: Math.min(box.east, cap.east),
		south: Math.max(box.south, cap.south),
		north: Math.min(box.north, cap.north)
	};
	return b.west <= b.east && b.south <= b.north ? b : cap;
}

/** Points along the edges of each box (every ≤ 5°), so curved parallels and meridians are fitted too. */
export function boxOutlinePoints(boxes: readonly GeoBox[]): [number, number][] {
	const points: [number, number][] = [];
	for (const b of boxes) {
		const nLon = Math.max(1, Math.ceil((b.east - b.west) / 5));
		const nLat = Math.max(1, Math.ceil((b.north - b.south) / 5));
		for (let i = 0; i <= nLon; i++) {
			const lon = b.west + ((b.east - b.west) * i) / nLon;
			points.push([lon, b.south], [lon, b.north]);
		}
		for (let j = 1; j < nLat; j++) {
			const lat = b.south + ((b.north - b.south) * j) / nLat;
			points.push([b.west, lat], [b.east, lat]);
		}
	}
	return points;
}

/** The longitude half-way across all boxes (boxes are assumed not to cross the antimeridian). */
export function centralLongitude(boxes: readonly GeoBox[]): number {
	if (!boxes.length) return 0;
	const west = Math.min(...boxes.map((b) => b.west));
	const east = Math.max(...boxes.map((b) => b.east));
	return (west + east) / 2;
}

/**
 * Fit a Natural Earth projection so every box lies inside the viewBox, `padding` units from its edge.
 * The width is fixed; the height shrinks to the boxes (at most `size.height`), so the map holds no empty
 * band of sea or pole above and below the parties.
 */
export function fitProjection(
	boxes: readonly GeoBox[],
	size: { width: number; height: number },
	padding = 8
): ProjectionSpec {
	const { width } = size;
	const lambda = -centralLongitude(boxes);
	const projection = geoNaturalEarth1().rotate([lambda, 0]);
	const points = boxOutlinePoints(boxes);
	const object: GeoPermissibleObjects = points.length ? { type: 'MultiPoint', coordinates: points } : { type: 'Sphere' };
	projection.fitExtent([[padding, padding], [width - padding, size.height - padding]], object);
	const [[, y0], [, y1]] = geoPath(projection).bounds(object);
	const height = Math.min(size.height, Math.ceil(y1 - y0 + 2 * padding));
	const [tx, ty] = projection.translate();
	// Move the content to the top padding, and centre it in any height left over.
	const dy = padding - y0 + (height - 2 * padding - (y1 - y0)) / 2;
	return { width, height, rotate: [lambda, 0], scale: projection.scale(), translate: [tx, ty + dy] };
}

/** The d3 projection a spec describes, clipped to its viewBox. */
export function projectionOf(spec: ProjectionSpec): GeoProjection {
	return geoNaturalEarth1()
		.rotate(spec.rotate)
		.scale(spec.scale)
		.translate(spec.translate)
		.clipExtent([
			[0, 0],
			[spec.width, spec.height]
		]);
}
