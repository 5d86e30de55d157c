/**
 * The map's static layer: which of the base map's countries the page's data carries (the dataset's states,
 * which the map makes interactive) and which it leaves to the static file /map/base.svg. Pure.
 */
import type { BaseMap } from './basemap';
import type { CountryShape } from './features';

/** A state's shape as a page's data carries it: the browser reads its path back from the map's markup (hooks.ts). */
export class PageCountry implements CountryShape {
	key: string;
	m49: string | null;
	iso3?: string;
	name: string;
	d: string;
	centroid: [number, number];
	area: number;
	constructor(c: CountryShape) {
		({ key: this.key, m49: this.m49, name: this.name, d: this.d, centroid: this.centroid, area: this.area } = c);
		if (c.iso3) this.iso3 = c.iso3;
	}
}

/** The m49 codes of a dataset's states (the countries the map makes interactive), sorted. */
export function stateM49s(actors: readonly { kind: string; m49?: string | null }[]): string[] {
	return [...new Set(actors.filter((a) => a.kind === 'state' && a.m49).map((a) => a.m49 as string))].sort();
}

/** The part of a base map the page's data carries when the static file draws the rest (see BaseMap.backdrop). */
export function interactivePart(base: BaseMap, actors: readonly { kind: string; m49?: string | null }[]): BaseMap {
	const states = stateM49s(actors);
	const keep = new Set(states);
	return { ...base, sphere: '', graticule: '', countries: base.countries.filter((c) => c.m49 && keep.has(c.m49)).map((c) => new PageCountry(c)), backdrop: { states } };
}

/** Whether the static file draws what a dataset with these actors leaves as backdrop, given the shapes the data carries. */
export function shapesSuffice(base: BaseMap, actors: readonly { kind: string; m49?: string | null }[]): boolean {
	if (!base.backdrop) return true;
	const carried = new Set(base.countries.map((c) => c.m49));
	return stateM49s(actors).every((m49) => carried.has(m49));
}
