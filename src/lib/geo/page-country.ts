/**
 * The map's states as a page's data carries them when the static file (/map/base.svg) draws the rest: the
 * build writes them (interactivePart), and the browser reads each one's path back from its mark (hooks.ts).
 */
import { stateM49s } from './backdrop';
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

/** The part of a base map the page's data carries when the static file draws the rest (see BaseMap.backdrop). */
export function interactivePart(base: BaseMap, actors: readonly { kind: string; m49?: string | null }[]): BaseMap {
	const states = stateM49s(actors);
	const keep = new Set(states);
	return { ...base, sphere: '', graticule: '', countries: base.countries.filter((c) => c.m49 && keep.has(c.m49)).map((c) => new PageCountry(c)), backdrop: { states } };
}
