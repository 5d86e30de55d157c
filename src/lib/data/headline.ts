/**
 * What the page's headline and source lines call a dataset and its sources, from the data: the source's
 * own headline when it has one, otherwise what happened (the occasion most statements were made at), and
 * a source with no headline or outlet says so rather than leaving a blank. Pure.
 */
import { formatDate } from './format-date';
import type { Dataset, Source } from './types';

/** The headline of the page: the (first) source's own title, or the event most of its statements were made at. */
export function headlineOf(dataset: Pick<Dataset, 'sources' | 'events' | 'statements'>): string {
	const title = dataset.sources[0]?.title.trim();
	if (title) return title;
	const atOccasion = new Map<string, number>();
	for (const s of dataset.statements) if (s.occasion) atOccasion.set(s.occasion, (atOccasion.get(s.occasion) ?? 0) + 1);
	let best: [string, number] | null = null;
	for (const entry of atOccasion) if (!best || entry[1] > best[1]) best = entry;
	const event = best ? dataset.events.find((e) => e.id === best[0]) : undefined;
	if (event?.title.trim()) return `${event.title.trim()}, ${formatDate(event.date)}`;
	return 'Diplomatic statements';
}

/** A source's name where a title is wanted: its headline, or "Untitled report, TEHRAN, 6 November 2021". */
export function sourceName(source: Pick<Source, 'title' | 'dateline' | 'published'>): string {
	if (source.title.trim()) return source.title.trim();
	const dateline = source.dateline.trim();
	return `Untitled report, ${dateline ? `${dateline}, ` : ''}${formatDate(source.published)}`;
}

/** What the source line says is missing: "headline not given in the text · outlet not named in the text". */
export function missingOf(source: Pick<Source, 'title' | 'outlet'>): string[] {
	const missing: string[] = [];
	if (!source.title.trim()) missing.push('headline not given in the text');
	if (!source.outlet?.trim()) missing.push('outlet not named in the text');
	return missing;
}

/** "Reuters, MOSCOW, 7 November 2021"; what the source does not give is said, never left blank. */
export function describeSource(source: Pick<Source, 'title' | 'outlet' | 'dateline' | 'published'>): string {
	const dateline = source.dateline.trim();
	const untitled = source.title.trim() ? '' : ' (untitled)';
	return `${source.outlet?.trim() || 'outlet not named'}, ${dateline ? `${dateline}, ` : ''}${formatDate(source.published)}${untitled}`;
}
