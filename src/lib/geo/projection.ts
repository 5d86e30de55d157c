/**
 * Projection fitting: a Natural Earth projection, rotated to the middle of the parties and scaled so their
 * boxes fill a fixed viewBox. Plain data in (boxes in degrees), plain data out (a ProjectionSpec), so the
 * same framing is computed at build time and re-created in the browser without re-fitting.
 */
import { geoNaturalEarth1, geoPath, max, min, type GeoPermissibleObjects, type GeoProjection } from 'd3';

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
	return (min(boxes, (b) => b.west)! + max(boxes, (b) => b.east)!) / 2;
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

/**
 * The point projection a spec describes: what `projectionOf(spec)(point)` returns, computed the same way
 * (d3-geo's rotation, its Natural Earth formula, then scale and translate), without d3-geo's projection
 * machinery. The browser projects only points (anchors, great circles); this keeps d3-geo's streams,
 * clipping and resampling out of its bundle. A property test holds it to d3's result.
 */
export function pointProjection(spec: ProjectionSpec): (point: readonly [number, number]) => [number, number] {
	const radians = Math.PI / 180;
	const tau = 2 * Math.PI;
	const dLambda = ((spec.rotate[0] % 360) * radians) % tau;
	const dPhi = (spec.rotate[1] % 360) * radians;
	const cosDPhi = Math.cos(dPhi);
	const sinDPhi = Math.sin(dPhi);
	const k = spec.scale;
	const [tx, ty] = spec.translate;
	return ([lon, lat]) => {
		let lambda = dLambda ? lon * radians + dLambda : lon * radians;
		let phi = lat * radians;
		// As d3's rotateRadians: the longitude wraps unless the rotation is about the φ axis alone.
		if ((dLambda || !dPhi) && Math.abs(lambda) > Math.PI) lambda -= Math.round(lambda / tau) * tau;
		if (dPhi) {
			const cosPhi = Math.cos(phi);
			const x = Math.cos(lambda) * cosPhi;
			const y = Math.sin(lambda) * cosPhi;
			const z = Math.sin(phi);
			const s = z * cosDPhi + x * sinDPhi;
			// d3's rotationPhiGamma with γ = 0 (cos γ = 1, sin γ = 0), term for term: `- s * 0` and `+ y * 0`
			// decide the sign of a zero, and so which side of the antimeridian a pole's point falls on.
			lambda = Math.atan2(y * 1 - s * 0, x * cosDPhi - z * sinDPhi);
			const sinPhi = s * 1 + y * 0;
			phi = sinPhi > 1 ? Math.PI / 2 : sinPhi < -1 ? -Math.PI / 2 : Math.asin(sinPhi);
		}
		// d3-geo's geoNaturalEarth1Raw.
		const phi2 = phi * phi;
		const phi4 = phi2 * phi2;
		const x = lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)));
		const y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
		return [tx + k * x, ty - k * y];
	};
}

/**
 * The d3 projection a spec describes, clipped to its viewBox, or to `bleed` times its height more above
 * and below it (so a taller view of the same frame, as on a phone, still has land around it).
 */
export function projectionOf(spec: ProjectionSpec, bleed = 0): GeoProjection {
	const extra = spec.height * bleed;
	return geoNaturalEarth1()
		.rotate(spec.rotate)
		.scale(spec.scale)
		.translate(spec.translate)
		.clipExtent([
			[0, -extra],
			[spec.width, spec.height + extra]
		]);
}
