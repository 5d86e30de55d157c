/**
 * The base map for a dataset, computed at build time (prerender) so the world topology never reaches the
 * browser: the page data carries ready SVG paths, and the prerendered HTML already holds the map.
 */
import countries from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { buildBaseMap, type BaseMap } from '$lib/geo/basemap';
import { countryFeatures, featureBox } from '$lib/geo/features';
import { framingBoxes } from '$lib/geo/framing';
import type { Dataset } from '$lib/data/types';

export const MAP_SIZE = { width: 960, height: 560 };
/** A state whose visible area is below this (square viewBox units) is shown enlarged in the inset. */
const SMALL_AREA = 400;

const features = countryFeatures(world as unknown as Topology);

/** The parties, and the members of a party that is a group with no seat: the map draws it as their outline. */
function involvedIds(dataset: Dataset): Set<string> {
	const ids = new Set<string>();
	for (const s of dataset.statements) for (const id of [...s.actors, ...s.recipients]) ids.add(id);
	for (const a of dataset.actors) if (ids.has(a.id) && !a.anchor) for (const m of a.members ?? []) ids.add(m);
	return ids;
}

const cache = new WeakMap<Dataset, BaseMap>();

export function baseMapFor(dataset: Dataset): BaseMap {
	const hit = cache.get(dataset);
	if (hit) return hit;
	const involved = involvedIds(dataset);
	const byM49 = new Map(features.filter((f) => f.m49).map((f) => [f.m49 as string, f]));
	const box = (m49: string) => {
		const f = byM49.get(m49);
		return f ? featureBox(f.feature) : null;
	};
	const frame = framingBoxes(dataset.actors, involved, box);
	const first = buildBaseMap(features, { ...MAP_SIZE, frame, insetKeys: [], insetSize: [0, 0], insetMargin: 0, digits: 1 });
	const involvedM49 = new Set(dataset.actors.filter((a) => a.kind === 'state' && involved.has(a.id) && a.m49).map((a) => a.m49));
	const small = first.countries.filter((c) => c.m49 && involvedM49.has(c.m49) && c.area < SMALL_AREA).map((c) => c.key);
	const avoid = dataset.actors.filter((a) => involved.has(a.id) && a.anchor).map((a) => [a.anchor!.lon, a.anchor!.lat] as [number, number]);
	const map = small.length
		? buildBaseMap(features, { ...MAP_SIZE, frame, insetKeys: small, insetSize: [180, 125], insetMargin: 1.2, digits: 1, avoid })
		: first;
	for (const c of [...map.countries, ...(map.inset?.countries ?? [])]) {
		const iso3 = c.m49 ? countries.numericToAlpha3(c.m49) : undefined;
		if (iso3) c.iso3 = iso3;
	}
	cache.set(dataset, map);
	return map;
}
