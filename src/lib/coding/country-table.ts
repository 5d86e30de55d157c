/**
 * The countries the workbench offers and finds in a selection: ISO 3166-1 codes and names from the
 * maintained code table (i18n-iso-countries), demonyms and capitals from world-countries, the map's point
 * from data/country-points. Built at build time (the /code page's server load) and sent as plain data.
 */
import { countryPoint } from '$lib/data/country-points';

export interface CountryEntry {
	iso3: string;
	/** ISO 3166-1 numeric, the world-atlas feature id. */
	m49: string;
	name: string;
	/** Other names the text may use: "Russian Federation", "U.S.", "Great Britain". */
	aliases: string[];
	/** "Iranian", "American". */
	demonyms: string[];
	capitals: string[];
	point?: { lon: number; lat: number };
}

/** What the build hands in: the code table's names per alpha-2 code, and world-countries' records. */
export interface CountrySources {
	/** alpha-2 → [official English name, other names…] (i18n-iso-countries `getNames('en', { select: 'all' })`). */
	names: Record<string, string[]>;
	alpha2ToAlpha3: (alpha2: string) => string | undefined;
	alpha3ToNumeric: (alpha3: string) => string | undefined;
	world: readonly { cca3: string; independent?: boolean | null; capital?: string[]; demonyms?: { eng?: { m?: string; f?: string } }; name?: { common?: string } }[];
}

/** A two-letter code (IR, IN, AS) in running text is a word, not a country: only these short forms are kept. */
const SHORT_FORMS = new Set(['US', 'UK', 'USA', 'UAE', 'U.S.', 'U.K.', 'U.S.A.']);

export function buildCountryTable(src: CountrySources): CountryEntry[] {
	const world = new Map(src.world.map((w) => [w.cca3, w]));
	// A demonym several places share ("American": the United States and the Northern Mariana Islands) names
	// the one independent state among them; shared by two states ("Congolese"), it names neither.
	const demonymOwners = new Map<string, { cca3: string; independent: boolean }[]>();
	for (const w of src.world)
		for (const d of new Set([w.demonyms?.eng?.m, w.demonyms?.eng?.f]))
			if (d) demonymOwners.set(d, [...(demonymOwners.get(d) ?? []), { cca3: w.cca3, independent: !!w.independent }]);
	const ownsDemonym = (iso3: string, d: string) => {
		const owners = demonymOwners.get(d) ?? [];
		if (owners.length === 1) return true;
		const states = owners.filter((o) => o.independent);
		return states.length === 1 && states[0].cca3 === iso3;
	};
	const out: CountryEntry[] = [];
	for (const [alpha2, names] of Object.entries(src.names)) {
		const iso3 = src.alpha2ToAlpha3(alpha2);
		const m49 = iso3 ? src.alpha3ToNumeric(iso3) : undefined;
		if (!iso3 || !m49 || !names.length) continue;
		const w = world.get(iso3);
		const common = w?.name?.common;
		// The short common name reads best in a list ("Iran", not "Iran, Islamic Republic of").
		const name = names.find((n) => n === common) ?? names.find((n) => !n.includes(',')) ?? names[0];
		const aliases = [...new Set([...names, ...(common ? [common] : [])])].filter((n) => n !== name && (n.length > 3 || SHORT_FORMS.has(n)));
		const eng = w?.demonyms?.eng;
		const demonyms = [...new Set([eng?.m, eng?.f].filter((d): d is string => !!d && ownsDemonym(iso3, d)))];
		const point = countryPoint(iso3);
		out.push({ iso3, m49, name, aliases, demonyms, capitals: (w?.capital ?? []).map((c) => c.replace(/ D\.C\.$/, '')).filter((c) => c.length > 2), ...(point ? { point } : {}) });
	}
	return out.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
