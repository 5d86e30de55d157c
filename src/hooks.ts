/**
 * How the page's data crosses from the build to the browser. A figure drawn at build time (PageFigure) is
 * sent as its key digest, width and name only, and a map state's shape (PageCountry) without its path: the
 * page's markup already holds both, and the browser reads them back from there (charts/page-data.ts; before
 * hydration, as the page's data is decoded when it starts), so nothing is sent twice.
 */
import type { Transport } from '@sveltejs/kit';
import { countryFromPage, figureFromPage } from '$lib/charts/page-data';
import { countryRef, figureRef } from '$lib/charts/page-refs';
import { PageFigure } from '$lib/charts/plot/prepared';
import { PageCountry } from '$lib/geo/page-country';

export const transport: Transport = {
	PageFigure: { encode: (value) => value instanceof PageFigure && figureRef(value), decode: (ref) => figureFromPage(ref) },
	PageCountry: { encode: (value) => value instanceof PageCountry && countryRef(value), decode: (ref) => countryFromPage(ref) }
};
