/**
 * How the page's data crosses from the build to the browser. A figure drawn at build time (PageFigure) is
 * sent as its key, width and name only: its markup is already in the page, and the browser reads its tree
 * back from there (before hydration: the data is decoded as the page starts), so it is not sent twice. So
 * for the map's states: each one's shape is in the page as its mark.
 */
import type { Transport } from '@sveltejs/kit';
import { keyDigest, PageFigure, PREPARED_ATTRIBUTE, toTree, type PreparedFigure } from '$lib/charts/plot/prepared';
import { PageCountry } from '$lib/geo/backdrop';
import type { CountryShape } from '$lib/geo/features';

export const transport: Transport = {
	PageFigure: {
		encode: (value) => value instanceof PageFigure && [keyDigest(value.key), value.width, value.name],
		decode: ([key, width, name]: [string, number, string]): PreparedFigure | undefined => {
			const el = document.querySelector(`svg[${PREPARED_ATTRIBUTE}="${CSS.escape(name)}"]`);
			// Without its markup (it cannot happen on a prerendered page), the chart draws the view anew.
			return el ? { key, width, tree: toTree(el) } : undefined;
		}
	},
	// A state's shape on the map: its path is in the page as the country's mark.
	PageCountry: {
		encode: (value) => value instanceof PageCountry && [value.key, value.m49, value.iso3 ?? null, value.name, value.centroid, value.area],
		decode: ([key, m49, iso3, name, centroid, area]: [string, string | null, string | null, string, [number, number], number]): CountryShape => {
			const d = document.querySelector(`path[data-map-target="country:${CSS.escape(key)}"]`)?.getAttribute('d') ?? '';
			return { key, m49, ...(iso3 ? { iso3 } : {}), name, d, centroid, area };
		}
	}
};
