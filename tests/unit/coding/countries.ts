/** The workbench's country table, built as the /code page's server load builds it. */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import world from 'world-countries';
import { buildCountryTable } from '../../../src/lib/coding/country-table';

countries.registerLocale(en);

export const COUNTRIES = buildCountryTable({
	names: countries.getNames('en', { select: 'all' }),
	alpha2ToAlpha3: (a) => countries.alpha2ToAlpha3(a),
	alpha3ToNumeric: (a) => countries.alpha3ToNumeric(a),
	world
});
export const BY_ISO3 = new Map(COUNTRIES.map((c) => [c.iso3, c]));
