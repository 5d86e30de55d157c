/**
 * What the Actors and Recipients fields offer: the dataset's parties first, then the bodies and groupings of
 * the dataset open in the notebook (`open`), then every other country.
 */
import type { Actor } from '$lib/data/types';
import type { CountryEntry } from './country-table';
import { isBody } from './suggest';

export interface PartyOption {
	id: string;
	/** What the list shows and the field accepts: "Iran (IRN)", "IAEA (organisation)". */
	label: string;
	name: string;
}

const KIND_WORD: Record<Actor['kind'], string> = { state: 'state', organization: 'organisation', group: 'group', media: 'outlet' };

export function partyOptions(actors: readonly Actor[], countries: readonly CountryEntry[], open: readonly Actor[] = []): PartyOption[] {
	const option = (a: Actor) => ({ id: a.id, name: a.name, label: a.kind === 'state' ? `${a.name} (${a.id})` : `${a.name} (${KIND_WORD[a.kind]}, ${a.id})` });
	const own = actors.map(option);
	const ids = new Set(own.map((o) => o.id));
	const bodies: PartyOption[] = [];
	for (const a of open) if (isBody(a) && !ids.has(a.id)) (ids.add(a.id), bodies.push(option(a)));
	return [...own, ...bodies, ...countries.filter((c) => !ids.has(c.iso3)).map((c) => ({ id: c.iso3, name: c.name, label: `${c.name} (${c.iso3})` }))];
}
