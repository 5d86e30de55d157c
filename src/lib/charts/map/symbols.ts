/** Symbol shapes (centred on 0,0) for actors that are not states; the legend uses the same paths. */
import type { ActorKind } from '$lib/data/types';

/** The actors the map draws as a symbol: all but states. */
export type SymbolKind = Exclude<ActorKind, 'state'>;

export const SYMBOL_PATHS: Record<SymbolKind, string> = {
	organization: 'M-7,-7H7V7H-7Z',
	group: 'M0,-9L9,0L0,9L-9,0Z',
	media: 'M-8,0A8,8 0 1,0 8,0A8,8 0 1,0 -8,0Z'
};

export const SYMBOL_LABELS: Record<SymbolKind, string> = {
	organization: 'Organization, at its seat',
	group: 'Group of states, where it meets',
	media: 'The reporting outlet, at its dateline'
};

export function symbolPath(kind: ActorKind): string {
	return kind === 'state' ? SYMBOL_PATHS.media : SYMBOL_PATHS[kind];
}

/** A party beyond the map's edge: a disc with a pointer towards where it is (degrees clockwise from east). */
export function beyondPath(degrees: number): string {
	const a = (degrees * Math.PI) / 180;
	const at = (r: number, da: number) => `${Math.round(Math.cos(a + da) * r * 10) / 10},${Math.round(Math.sin(a + da) * r * 10) / 10}`;
	return `M-6,0A6,6 0 1,0 6,0A6,6 0 1,0 -6,0ZM${at(13, 0)}L${at(7, 0.6)}L${at(7, -0.6)}Z`;
}
