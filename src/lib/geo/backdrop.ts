/**
 * The map's static layer: which of the base map's countries the page's data carries (the dataset's states,
 * which the map makes interactive) and which it leaves to the static file /map/base.svg. Pure.
 */
import type { BaseMap } from './basemap';

/** The m49 codes of a dataset's states (the countries the map makes interactive), sorted. */
export function stateM49s(actors: readonly { kind: string; m49?: string | null }[]): string[] {
	return [...new Set(actors.filter((a) => a.kind === 'state' && a.m49).map((a) => a.m49 as string))].sort();
}

/**
 * Whether the static file and the shapes the data carries draw the map of a dataset with these actors: the
 * file leaves out the states it was made for (backdrop.states) and the data carries each of those that has
 * a shape, so a dataset whose states are among them needs nothing more (a carried state that is not one of
 * its parties is drawn as land). A state with no shape in the base map at all (beyond the map's extent, such
 * as the United States in the built-in dataset) is carried by neither, nor by the whole map.
 */
export function shapesSuffice(base: BaseMap, actors: readonly { kind: string; m49?: string | null }[]): boolean {
	if (!base.backdrop) return true;
	const made = new Set(base.backdrop.states);
	return stateM49s(actors).every((m49) => made.has(m49));
}
