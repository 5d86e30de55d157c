/**
 * The base map for a dataset, computed at build time (prerender) so the world topology never reaches the
 * browser: the page data carries ready SVG paths, and the prerendered HTML already holds the map.
 */
import countries from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { stateM49s } from '$lib/geo/backdrop';
import { buildBaseMap, type BaseMap } from '$lib/geo/basemap';
import { EU_MEMBERS } from '$lib/geo/eu';
import { countryFeatures, featureBox } from '$lib/geo/features';
import { farParties, framingBoxes } from '$lib/geo/framing';
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

/**
 * /map/base.svg: what the map draws the same on every page and embed, as one static, cacheable file the
 * chart links with <use>: the sphere, the graticule, and the countries that are no state of the dataset
 * (the EU's members apart, tinted when the EU is a party). No fill or stroke: the page's <use> styles them.
 */
export function backdropSvg(dataset: Dataset): string {
	const base = baseMapFor(dataset);
	const states = new Set(stateM49s(dataset.actors));
	const land = base.countries.filter((c) => !(c.m49 && states.has(c.m49)));
	const eu = (c: (typeof land)[number]) => !!c.iso3 && EU_MEMBERS.includes(c.iso3);
	const path = (id: string, d: string) => `<path id="${id}" d="${d}"/>`;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${base.extent.x} ${base.extent.y} ${base.extent.width} ${base.extent.height}">`,
		path('sphere', base.sphere),
		path('graticule', base.graticule),
		path('land', land.filter((c) => !eu(c)).map((c) => c.d).join('')),
		path('land-eu', land.filter(eu).map((c) => c.d).join('')),
		'</svg>',
		''
	].join('\n');
}
