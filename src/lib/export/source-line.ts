/**
 * The source line under an exported figure: every source its statements come from (named up to
 * three, then "and N more"), the opened dataset's name when there is one, and the coding scheme.
 */
import { describeSource } from '$lib/data/headline';
import type { Source, Statement } from '$lib/data/types';

/** At most this many sources are named; more are counted. */
export const NAMED_SOURCES = 3;

/**
 * `sources`: the dataset's; `statements`: those the figure shows (their sources are named, in the
 * dataset's order; all the dataset's when it shows none); `datasetName`: "" for the built-in dataset.
 */
export function sourceLine(sources: readonly Source[], statements: readonly Statement[], datasetName: string): string {
	const cited = new Set(statements.map((s) => s.source));
	const shown = cited.size ? sources.filter((s) => cited.has(s.id)) : sources;
	// Two articles of one outlet on one day read the same here: named once.
	const names = [...new Set(shown.map(describeSource))];
	let line: string;
	if (!names.length) line = 'Source: dataset.';
	else if (names.length === 1) line = `Source: ${names[0]}.`;
	else if (names.length <= NAMED_SOURCES) line = `Sources: ${names.slice(0, -1).join('; ')} and ${names.at(-1)}.`;
	else line = `Sources: ${names.slice(0, NAMED_SOURCES - 1).join('; ')} and ${names.length - (NAMED_SOURCES - 1)} more.`;
	if (datasetName) line += ` Dataset: ${datasetName}.`;
	return `${line} Coded in PLOVER 2.0.`;
}
