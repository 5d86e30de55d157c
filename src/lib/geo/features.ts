/**
 * Country features from world-atlas TopoJSON, each with a key that is unique even where world-atlas has
 * no id (N. Cyprus, Somaliland and Kosovo have none in countries-110m), and their projected SVG shapes.
 */
import { geoArea, geoBounds, geoPath, type GeoProjection } from 'd3';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GeoBox } from './projection';
import { compactPath } from './compact-path';

export interface CountryFeature {
	/** Unique within the collection: the numeric id, or "name:<name>" for a feature with no id. */
	key: string;
	/** ISO 3166-1 numeric (world-atlas id), or null. */
	m49: string | null;
	name: string;
	feature: Feature<Geometry>;
}

/** A country drawn in a viewBox: what the map component loops over. */
export interface CountryShape {
	key: string;
	m49: string | null;
	/** Added at build time from a maintained code table, when the country has one. */
	iso3?: string;
	name: string;
	d: string;
	/** Centroid of the visible (clipped) shape, in viewBox units. */
	centroid: [number, number];
	/** Visible area in square viewBox units. */
	area: number;
}

export function countryFeatures(topology: Topology, object = 'countries'): CountryFeature[] {
	const collection = topology.objects[object] as GeometryCollection<{ name?: string }>;
	const fc = feature(topology, collection);
	const seen = new Map<string, number>();
	return fc.features.map((f) => {
		const name = String(f.properties?.name ?? 'Unnamed');
		const m49 = f.id === undefined || f.id === null || f.id === '' ? null : String(f.id);
		let key = m49 ?? `name:${name}`;
		const n = seen.get(key) ?? 0;
		seen.set(key, n + 1);
		if (n) key = `${key}#${n}`;
		return { key, m49, name, feature: f as Feature<Geometry> };
	});
}

const round = (v: number, digits: number) => {
	const k = 10 ** digits;
	return Math.round(v * k) / k;
};

/** Project features to SVG shapes; those wholly outside the clip extent are dropped. */
export function drawCountries(features: readonly CountryFeature[], projection: GeoProjection, digits = 1): CountryShape[] {
	const path = geoPath(projection).digits(digits);
	const shapes: CountryShape[] = [];
	for (const f of features) {
		const drawn = path(f.feature);
		if (!drawn) continue;
		const d = compactPath(drawn, digits);
		const [cx, cy] = path.centroid(f.feature);
		shapes.push({
			key: f.key,
			m49: f.m49,
			name: f.name,
			d,
			centroid: [round(cx, digits), round(cy, digits)],
			area: round(path.area(f.feature), digits)
		});
	}
	return shapes;
}

/** A feature's bounding box in degrees; null for an empty feature. */
export function featureBox(f: Feature<Geometry>): GeoBox | null {
	if (!(geoArea(f) >= 0)) return null;
	const [[west, south], [east, north]] = geoBounds(f);
	if (![west, south, east, north].every(Number.isFinite)) return null;
	// A box across the antimeridian (Russia, the United States with Alaska's islands) is split;
	// keep the part wider than the other, which holds the country's main body.
	if (west > east) return 180 - west > east + 180 ? { west, east: 180, south, north } : { west: -180, east, south, north };
	return { west, south, east, north };
}
