/**
 * The static part of the map, computed once (at build time for the built-in dataset): projection spec,
 * sphere, graticule, every country in the frame (and a bleed above and below it) as an SVG path.
 * Plain data, serialisable into the prerendered page, so the browser never loads the world topology.
 */
import type { ArcGeometry } from './arcs';
import { geoGraticule10, geoPath } from 'd3';
import { compactPath } from './compact-path';
import { drawCountries, type CountryFeature, type CountryShape } from './features';
import type { Rect } from './placement';
import { fitProjection, projectionOf, type GeoBox, type ProjectionSpec } from './projection';

export interface BaseMap {
	spec: ProjectionSpec;
	sphere: string;
	graticule: string;
	countries: CountryShape[];
	/** The part of the viewBox plane that is drawn: the frame (0,0 to spec.width × spec.height) and its bleed. */
	extent: Rect;
	/**
	 * Arc geometry computed at build time (the default view's arcs), by the key of everything it depends on
	 * (see the map model's arcKey): the browser draws those arcs without computing them again.
	 */
	arcs?: Record<string, ArcGeometry | null>;
	/**
	 * Set when the page's data carries only the shapes of the dataset's states (their m49 codes, sorted):
	 * the sphere, the graticule and every other country are one static file (/map/base.svg) the page links,
	 * and the whole base map is /map/countries.json, for a dataset whose states differ.
	 */
	backdrop?: { states: string[] };
}

export interface BaseMapOptions {
	width: number;
	height: number;
	/** Boxes (degrees) the main map is fitted to. */
	frame: GeoBox[];
	/** How much of the frame's height is drawn above and below it too (for taller views). */
	bleed: number;
	digits: number;
}

export function buildBaseMap(features: readonly CountryFeature[], o: BaseMapOptions): BaseMap {
	const spec = fitProjection(o.frame, { width: o.width, height: o.height });
	const projection = projectionOf(spec, o.bleed);
	const path = geoPath(projection).digits(o.digits);
	const extra = Math.round(spec.height * o.bleed);
	return {
		spec,
		sphere: compactPath(path({ type: 'Sphere' }) ?? '', o.digits),
		graticule: compactPath(path(geoGraticule10()) ?? '', o.digits),
		countries: drawCountries(features, projection, o.digits),
		extent: insideGlobe({ x: 0, y: -extra, width: spec.width, height: spec.height + 2 * extra }, path.bounds({ type: 'Sphere' }))
	};
}

/**
 * The drawn part of the plane cut to the globe's outline where the globe ends inside it: a map of the whole
 * world has nothing to draw above its poles or beside them, so no view is moved or grown into that.
 */
function insideGlobe(extent: Rect, [[x0, y0], [x1, y1]]: [[number, number], [number, number]]): Rect {
	const top = Math.max(extent.y, Math.ceil(y0));
	const bottom = Math.min(extent.y + extent.height, Math.floor(y1));
	const left = Math.max(extent.x, Math.ceil(x0));
	const right = Math.min(extent.x + extent.width, Math.floor(x1));
	return { x: left, y: top, width: right - left, height: bottom - top };
}
