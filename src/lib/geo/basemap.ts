/**
 * The static part of the map, computed once (at build time for the built-in dataset): projection spec,
 * sphere, graticule, every country in the frame as an SVG path, and an inset for states too small to see.
 * Plain data, serialisable into the prerendered page, so the browser never loads the world topology.
 */
import type { ArcGeometry } from './arcs';
import { geoGraticule10, geoPath, max, min } from 'd3';
import { compactPath } from './compact-path';
import { drawCountries, featureBox, type CountryFeature, type CountryShape } from './features';
import { emptiestRect } from './placement';
import { fitProjection, projectionOf, type GeoBox, type ProjectionSpec } from './projection';

export interface Inset {
	/** Where the inset sits in the main viewBox. */
	x: number;
	y: number;
	/** The inset's own projection; its width/height are the inset's size. */
	spec: ProjectionSpec;
	sphere: string;
	countries: CountryShape[];
	/** Keys of the countries the inset exists for (drawn enlarged). */
	focus: string[];
}

export interface BaseMap {
	spec: ProjectionSpec;
	sphere: string;
	graticule: string;
	countries: CountryShape[];
	inset: Inset | null;
	/**
	 * Arc geometry computed at build time (the default view's arcs), by the key of everything it depends on
	 * (see the map model's arcKey): the browser draws those arcs without computing them again.
	 */
	arcs?: Record<string, ArcGeometry | null>;
}

export interface BaseMapOptions {
	width: number;
	height: number;
	/** Boxes (degrees) the main map is fitted to. */
	frame: GeoBox[];
	/** Keys of countries to show enlarged in an inset (small involved states); none for no inset. */
	insetKeys: string[];
	insetSize: [number, number];
	/** Margin (degrees) around the inset countries. */
	insetMargin: number;
	digits: number;
	/** Points the inset should not cover (the parties' anchors), as [lon, lat]. */
	avoid?: [number, number][];
}

export function unionBox(boxes: readonly GeoBox[]): GeoBox | null {
	if (!boxes.length) return null;
	return {
		west: min(boxes, (b) => b.west)!,
		east: max(boxes, (b) => b.east)!,
		south: min(boxes, (b) => b.south)!,
		north: max(boxes, (b) => b.north)!
	};
}

export function buildBaseMap(features: readonly CountryFeature[], o: BaseMapOptions): BaseMap {
	const spec = fitProjection(o.frame, { width: o.width, height: o.height });
	const projection = projectionOf(spec);
	const path = geoPath(projection).digits(o.digits);
	const countries = drawCountries(features, projection, o.digits);
	return {
		spec,
		sphere: compactPath(path({ type: 'Sphere' }) ?? '', o.digits),
		graticule: compactPath(path(geoGraticule10()) ?? '', o.digits),
		countries,
		inset: buildInset(features, o, spec.height, (o.avoid ?? []).map((p) => projection(p)).filter((p): p is [number, number] => !!p), countries)
	};
}

function buildInset(
	features: readonly CountryFeature[],
	o: BaseMapOptions,
	mainHeight: number,
	avoid: [number, number][],
	main: CountryShape[]
): Inset | null {
	const chosen = features.filter((f) => o.insetKeys.includes(f.key));
	const box = unionBox(chosen.map((f) => featureBox(f.feature)).filter((b): b is GeoBox => b !== null));
	if (!box) return null;
	const m = o.insetMargin;
	const framed = { west: box.west - m, east: box.east + m, south: box.south - m, north: box.north + m };
	const [width, height] = o.insetSize;
	const spec = fitProjection([framed], { width, height }, 4);
	const projection = projectionOf(spec);
	// The bottom or top edge, wherever fewest parties (and the shapes they are in) would be covered.
	const chosenKeys = new Set(chosen.map((f) => f.key));
	const near = [...avoid, ...main.filter((c) => chosenKeys.has(c.key)).map((c) => c.centroid)];
	const slots = [0, 0.25, 0.5, 0.75, 1].flatMap((f) => [
		{ x: 8 + f * (o.width - width - 16), y: mainHeight - height - 8, width, height },
		{ x: 8 + f * (o.width - width - 16), y: 8, width, height }
	]);
	const at = emptiestRect(slots, near);
	return {
		x: Math.round(at.x),
		y: Math.round(at.y),
		spec,
		sphere: `M0,0H${width}V${height}H0Z`,
		countries: drawCountries(features, projection, o.digits),
		focus: chosen.map((f) => f.key)
	};
}
