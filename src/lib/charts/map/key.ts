/**
 * What the map's key says for a view: the page's key (MapLegend.svelte) and the key of the exported
 * figure (export/legend.ts) both read it, so the two say the same, in the same words. Pure.
 */
import { QUAD_CLASSES, type QuadClass } from '$lib/data/plover';
import type { MapModel } from './model';
import type { SymbolKind } from './symbols';

/** The country roles, in the key's order (ROLE_LABELS names them). */
export const MAP_ROLES = ['both', 'speaks', 'addressed', 'member'] as const;
export type MapRole = (typeof MAP_ROLES)[number];

/** The key's words that are not a role's or a symbol's name (ROLE_LABELS and SYMBOL_LABELS hold those). */
export const MAP_KEY_TEXT = {
	eu: 'EU member state',
	seatless: (group: string) => `Dotted outline: ${group}`,
	party: 'Solid: a party’s words',
	outlet: 'Dashed: the outlet’s own voice',
	arcs: 'Arrow at the recipient; thicker: more statements',
	beyond: 'Pointer at the edge: a party beyond the map, in its direction'
};

export interface MapKey {
	/** The country roles the map shows, in the key's order: a role no country has is not in the key. */
	roles: MapRole[];
	/** EU members are tinted (the EU is a party in view). */
	euTint: boolean;
	/** The groups drawn with a dotted outline whatever the focus (seatless ones such as the 3+3), by name. */
	seatless: { id: string; name: string }[];
	/** The kinds of symbol on the map, in the order of the map's symbols. */
	kinds: SymbolKind[];
	/** Some arc drawn is in the outlet's own voice (dashed). */
	outlet: boolean;
	/** The event classes of the arcs drawn, in the key's order. */
	quads: QuadClass[];
	/** Some party is drawn on the edge, beyond the map. */
	beyond: boolean;
}

export function mapKey(model: MapModel): MapKey {
	return {
		roles: MAP_ROLES.filter((r) => model.countries.some((c) => c.role === r)),
		euTint: model.euTint,
		seatless: model.groups.filter((g) => g.always).map((g) => ({ id: g.groupId, name: g.name })),
		kinds: [...new Set(model.symbols.map((s) => s.kind))].filter((k): k is SymbolKind => k !== 'state'),
		outlet: model.arcs.some((a) => a.voice === 'outlet'),
		quads: QUAD_CLASSES.filter((q) => model.arcs.some((a) => a.quad === q)),
		beyond: model.symbols.some((s) => s.beyond !== null)
	};
}
