/**
 * The map's static layer: which of the base map's countries the page's data carries (the dataset's states,
 * which the map makes interactive) and which it leaves to the static file /map/base.svg. Pure.
 */
import type { BaseMap } from './basemap';

/** The m49 codes of a dataset's states (the countries the map makes interactive), sorted. */
export function stateM49s(actors: readonly { kind: string; m49?: string | null }[]): string[] {
	return [...new Set(actors.filter((a) => a.kind === 'state' && a.m49).map((a) => a.m49 as string))].sort();
}

/** Whether the static file draws what a dataset with these actors leaves as backdrop, given the shapes the data carries. */
export function shapesSuffice(base: BaseMap, actors: readonly { kind: string; m49?: string | null }[]): boolean {
	if (!base.backdrop) return true;
	const carried = new Set(base.countries.map((c) => c.m49));
	return stateM49s(actors).every((m49) => carried.has(m49));
}
