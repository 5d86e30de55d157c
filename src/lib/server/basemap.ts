/**
 * The base map for a dataset, computed at build time (prerender) so the world topology never reaches the
 * browser: the page data carries ready SVG paths, and the prerendered HTML already holds the map.
 */
import countries from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { buildBaseMap, type BaseMap } from '$lib/geo/basemap';
import { countryFeatures, featureBox } from '$lib/geo/features';
import { farParties, framingBoxes } from '$lib/geo/framing';
import { statementPairs } from '$lib/data/queries';
import type { Dataset } from '$lib/data/types';

export const MAP_SIZE = { width: 960, height: 560 };
/** How much of the frame's height is drawn above and below it, for the taller phone view. */
const BLEED = 0.15;

const features = countryFeatures(world as unknown as Topology);

/** The parties, and the members of a party that is a group with no seat: the map draws it as their outline. */
function involvedIds(dataset: Dataset): Set<string> {
	const ids = new Set<string>();
	for (const s of dataset.statements) for (const id of [...s.actors, ...s.recipients]) ids.add(id);
	for (const a of dataset.actors) if (ids.has(a.id) && !a.anchor) for (const m of a.members ?? []) ids.add(m);
	return ids;
}

const cache = new WeakMap<Dataset, BaseMap>();

/** The frame holds the parties in view but the far ones, which the map draws on its edge. */
export function baseMapFor(dataset: Dataset): BaseMap {
	const hit = cache.get(dataset);
	if (hit) return hit;
	const involved = involvedIds(dataset);
	const anchored = dataset.actors.filter((a) => involved.has(a.id) && a.anchor).map((a) => ({ id: a.id, ...a.anchor! }));
	const far = farParties(anchored);
	const inFrame = new Set([...involved].filter((id) => !far.has(id)));
	const byM49 = new Map(features.filter((f) => f.m49).map((f) => [f.m49 as string, f]));
	const box = (m49: string) => {
		const f = byM49.get(m49);
		return f ? featureBox(f.feature) : null;
	};
	const frame = framingBoxes(dataset.actors, inFrame, box);
	const map = buildBaseMap(features, { ...MAP_SIZE, frame, bleed: BLEED, digits: 1 });
	for (const c of map.countries) {
		const iso3 = c.m49 ? countries.numericToAlpha3(c.m49) : undefined;
		if (iso3) c.iso3 = iso3;
	}
	cache.set(dataset, map);
	return map;
}
