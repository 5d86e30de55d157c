/**
 * What the reader chose for publishing, on one notebook page: each chart's own words (headline,
 * subtitle, notes, credit) and the figure options (background, width, PNG scale). The toolbar's SVG and
 * PNG, the Embed dialog and "Embed all" read them here, over the dataset's `publication` words.
 */
import { getContext, setContext } from 'svelte';
import { mergePublication, type Publication } from '$lib/data/publication';
import type { Dataset } from '$lib/data/types';
import { DEFAULT_FIGURE_OPTIONS, type FigureOptions } from '$lib/export/figure-options';

const KEY = Symbol('publishing');

export class Publishing {
	/** Each chart's words as the reader typed them (unset fields fall back to the dataset's). */
	words: Record<string, Publication> = $state({});
	options: FigureOptions = $state({ ...DEFAULT_FIGURE_OPTIONS });

	/** The words in force for a chart: the reader's, then the dataset's. */
	wordsFor(chartId: string, dataset: Dataset): Publication {
		return mergePublication(this.words[chartId], dataset.publication);
	}
	/** The reader's own words for a chart, to edit (created empty on first use). */
	ownWords(chartId: string): Publication {
		this.words[chartId] ??= {};
		return this.words[chartId];
	}
}

export function setPublishing(p: Publishing): Publishing {
	return setContext(KEY, p);
}

/** The page's publishing choices; a page that set none (a test mount) gets its own defaults. */
export function getPublishing(): Publishing {
	return getContext<Publishing | undefined>(KEY) ?? new Publishing();
}
