/**
 * A publication's own words around a chart: headline, subtitle, notes and a credit (a source line, with a
 * link when it comes from the dataset). They come from the dataset's `publication` object, from an embed's
 * address (`title`, `subtitle`, `note`, `credit`) or from the export options, always as plain text: cleaned
 * of control characters, whitespace collapsed, cut to a stated length. Pure.
 */

export interface Publication {
	/** The headline over the chart. */
	title?: string;
	subtitle?: string;
	/** Lines under the chart, in order. */
	notes?: string[];
	/** The source line, e.g. "Chart: Jane Doe, Example News". */
	credit?: string;
	/** Where the credit links to: an http(s) address. */
	creditUrl?: string;
}

/** The longest text each field keeps (characters); longer text is cut with an ellipsis. */
export const PUBLICATION_LIMITS = { title: 140, subtitle: 280, note: 400, credit: 200, notes: 5 } as const;

/** The address parameters an embed reads its words from. */
export const PUBLICATION_PARAMS = ['title', 'subtitle', 'note', 'credit'] as const;

/** Plain text of at most `max` characters: no control characters, runs of whitespace as one space. */
export function cleanText(value: string, max: number): string {
	// eslint-disable-next-line no-control-regex
	const text = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
	if (text.length <= max) return text;
	// Never cut a surrogate pair in two.
	let cut = text.slice(0, max - 1);
	if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
	return cut.trimEnd() + '…';
}

/** An http(s) address, or undefined: no other scheme is ever linked. */
export function safeLink(value: string | undefined): string | undefined {
	if (!value) return undefined;
	try {
		const url = new URL(value.trim());
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}

/** The words with every field cleaned and cut, and empty fields dropped. */
export function cleanPublication(p: Publication | undefined | null): Publication {
	const out: Publication = {};
	if (!p) return out;
	const title = cleanText(p.title ?? '', PUBLICATION_LIMITS.title);
	const subtitle = cleanText(p.subtitle ?? '', PUBLICATION_LIMITS.subtitle);
	const credit = cleanText(p.credit ?? '', PUBLICATION_LIMITS.credit);
	const notes = (p.notes ?? [])
		.map((n) => cleanText(n, PUBLICATION_LIMITS.note))
		.filter(Boolean)
		.slice(0, PUBLICATION_LIMITS.notes);
	const creditUrl = safeLink(p.creditUrl);
	if (title) out.title = title;
	if (subtitle) out.subtitle = subtitle;
	if (notes.length) out.notes = notes;
	if (credit) out.credit = credit;
	if (creditUrl) out.creditUrl = creditUrl;
	return out;
}

/**
 * The words an address gives: `title`, `subtitle`, `credit` once each, `note` up to five times.
 * `title=0` is not a headline: it hides the embed's title block (see app.html), so it is left out here.
 */
export function publicationFromParams(params: URLSearchParams): Publication {
	const title = params.get('title');
	return cleanPublication({
		title: title === '0' ? undefined : (title ?? undefined),
		subtitle: params.get('subtitle') ?? undefined,
		notes: params.getAll('note'),
		credit: params.get('credit') ?? undefined
	});
}

/** Writes the words into an address's parameters (a link is never put in an address: it comes from the dataset). */
export function publicationToParams(p: Publication, params: URLSearchParams): URLSearchParams {
	const words = cleanPublication(p);
	for (const key of PUBLICATION_PARAMS) params.delete(key);
	if (words.title) params.set('title', words.title);
	if (words.subtitle) params.set('subtitle', words.subtitle);
	for (const note of words.notes ?? []) params.append('note', note);
	if (words.credit) params.set('credit', words.credit);
	return params;
}

/**
 * The words in force: each field from the first layer that has it (an address over the export options
 * over the dataset's). The credit's link stays with the credit it belongs to.
 */
export function mergePublication(...layers: (Publication | undefined | null)[]): Publication {
	const out: Publication = {};
	for (const layer of layers.map(cleanPublication)) {
		out.title ??= layer.title;
		out.subtitle ??= layer.subtitle;
		out.notes ??= layer.notes;
		if (out.credit === undefined && layer.credit !== undefined) {
			out.credit = layer.credit;
			if (layer.creditUrl) out.creditUrl = layer.creditUrl;
		}
	}
	return cleanPublication(out);
}
