/** Writing what page-data.ts reads: a prepared figure and a map state by reference, for a page's data. */
import { PageCountry } from '$lib/geo/page-country';
import { COUNTRY, FIGURE, type CountryRef, type FigureRef } from './page-data';
import { keyDigest, PageFigure } from './plot/prepared';

export const figureRef = (f: PageFigure): FigureRef => (f.narrow ? [keyDigest(f.key), f.width, f.name, figureRef(f.narrow)] : [keyDigest(f.key), f.width, f.name]);
export const countryRef = (c: PageCountry): CountryRef => [c.key, c.m49, c.iso3 ?? null, c.name, c.centroid, c.area];

/** JSON of a page's data, figures and countries by reference (for an attribute of the page's markup). */
export function encodePageData(value: unknown): string {
	return JSON.stringify(value, (_, v) => (v instanceof PageFigure ? { [FIGURE]: figureRef(v) } : v instanceof PageCountry ? { [COUNTRY]: countryRef(v) } : v));
}
