/**
 * At build time: the country table the workbench offers and searches (ISO codes and names from
 * i18n-iso-countries, demonyms and capitals from world-countries), and a whole-world base map for the
 * preview, so the browser loads neither package nor the world topology.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import world from 'world-countries';
import { buildCountryTable } from '$lib/coding/country-table';
import { emptyDataset } from '$lib/coding/session';
import { baseMapFor } from '$lib/server/basemap';
import { builtInDataset } from '$lib/server/dataset';

countries.registerLocale(en);

export function load() {
	return {
		countries: buildCountryTable({
			names: countries.getNames('en', { select: 'all' }),
			alpha2ToAlpha3: (a) => countries.alpha2ToAlpha3(a),
			alpha3ToNumeric: (a) => countries.alpha3ToNumeric(a),
			world
		}),
		// The dataset the notebook opens with: its bodies and groupings (the IAEA, the P4+1) are suggested too
		// (in the browser, those of a file opened in the notebook instead: saved-dataset.ts).
		openActors: builtInDataset().actors,
		// No party yet: the whole world, where any country the coder names can be drawn.
		baseMap: baseMapFor(emptyDataset())
	};
}
