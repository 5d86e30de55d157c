/** What the Actors and Recipients fields offer: the dataset's parties first, then every other country. */
import type { Actor } from '$lib/data/types';
import type { CountryEntry } from './country-table';

export interface PartyOption {
	id: string;
	/** What the list shows and the field accepts: "Iran (IRN)", "IAEA (organisation)". */
	label: string;
	name: string;
}

const KIND_WORD: Record<Actor['kind'], string> = { state: 'state', organization: 'organisation', group: 'group', media: 'outlet' };

export function partyOptions(actors: readonly Actor[], countries: readonly CountryEntry[]): PartyOption[] {
	const own = actors.map((a) => ({ id: a.id, name: a.name, label: a.kind === 'state' ? `${a.name} (${a.id})` : `${a.name} (${KIND_WORD[a.kind]}, ${a.id})` }));
	const ids = new Set(own.map((o) => o.id));
	return [...own, ...countries.filter((c) => !ids.has(c.iso3)).map((c) => ({ id: c.iso3, name: c.name, label: `${c.name} (${c.iso3})` }))];
}
