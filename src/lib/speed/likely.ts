/**
 * The views a reader is likely to ask for next: when the pointer or the focus reaches a filter's select,
 * the views its other options lead to. The Plot figures draw them while the page is idle (draw-ahead),
 * so that the change shows a figure instead of running Plot. Pure.
 */
import type { Filters } from '$lib/data/queries';

/** Only for data that draws quickly, and for the first options of a long list. */
export const AHEAD_MAX_STATEMENTS = 500;
export const AHEAD_MAX_OPTIONS = 40;

/** The filters each other option of a select would set, or none when the data is too big to draw ahead. */
export function likelyViews(filters: Filters, key: ListFilter, options: readonly string[], current: string, statements: number): Filters[] {
	if (statements > AHEAD_MAX_STATEMENTS) return [];
	return options
		.filter((v) => v !== current)
		.slice(0, AHEAD_MAX_OPTIONS)
		.map((v) => ({ ...filters, [key]: v ? [v] : [] }) as Filters); // (an option's value is one of the filter's values)
}

/** The filters a select sets: one value of a list. */
export type ListFilter = 'actors' | 'recipients' | 'topics' | 'events' | 'attributions';
