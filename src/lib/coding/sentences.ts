/**
 * The article split into sentences (Intl.Segmenter), each as a span of UTF-16 code units into the text,
 * as every span in a dataset is: `text.slice(start, end)` is the sentence, without the spaces around it.
 */
import type { Span } from '$lib/data/types';

export interface Sentence extends Span {
	/** Its place in the article, from 0. */
	index: number;
	text: string;
}

const SPACE = /\s/u;
/**
 * Titles and short forms after which Intl.Segmenter (ICU, without its suppression lists) ends a sentence
 * though the sentence goes on: "Mr. Lavrov", "Gen. Milley", "St. Petersburg". Hand-written: ICU's own
 * lists are not reachable from Intl.Segmenter, and no maintained package carries them for it.
 */
const NOT_AN_END = /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Pres|Amb|Rev|St|Mt|No|Nos|Art|Vol|Fig|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|approx|vs|cf|e\.g|i\.e)\.$/u;

export function splitSentences(text: string, language = 'en'): Sentence[] {
	let segmenter: Intl.Segmenter;
	try {
		segmenter = new Intl.Segmenter(language || 'en', { granularity: 'sentence' });
	} catch {
		segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
	}
	const out: Sentence[] = [];
	let from = -1;
	for (const { segment, index } of segmenter.segment(text)) {
		let start = from >= 0 ? from : index;
		let end = index + segment.length;
		// A title's full stop does not end the sentence: carry its start into the next segment.
		if (NOT_AN_END.test(segment.trimEnd()) && end < text.length) {
			from = start;
			continue;
		}
		from = -1;
		while (start < end && SPACE.test(text[start])) start++;
		while (end > start && SPACE.test(text[end - 1])) end--;
		if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end) });
	}
	return out;
}

/** The span from sentence `a` through sentence `b` (either order). */
export function spanOfSentences(sentences: readonly Sentence[], a: number, b: number): Span {
	const [lo, hi] = a <= b ? [a, b] : [b, a];
	return { start: sentences[lo].start, end: sentences[hi].end };
}

/** A span narrowed to what a mouse selection covers inside it, trimmed of spaces; null when it covers no word. */
export function narrowSpan(text: string, within: Span, start: number, end: number): Span | null {
	let s = Math.max(within.start, Math.min(start, end));
	let e = Math.min(within.end, Math.max(start, end));
	while (s < e && SPACE.test(text[s])) s++;
	while (e > s && SPACE.test(text[e - 1])) e--;
	return e > s ? { start: s, end: e } : null;
}

export interface Piece extends Span {
	text: string;
	/** The statements whose span covers this piece (empty: plain text). */
	statementIds: string[];
}

/** A sentence cut at the edges of the statements' spans, so each coded stretch can be marked; overlaps allowed. */
export function piecesOf(text: string, within: Span, statements: readonly { id: string; span: Span }[]): Piece[] {
	const inside = statements.filter((s) => s.span.start < within.end && s.span.end > within.start);
	const cuts = new Set([within.start, within.end]);
	for (const s of inside) {
		if (s.span.start > within.start) cuts.add(s.span.start);
		if (s.span.end < within.end) cuts.add(s.span.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const pieces: Piece[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const [start, end] = [points[i], points[i + 1]];
		const ids = inside.filter((s) => s.span.start <= start && s.span.end >= end).map((s) => s.id);
		pieces.push({ start, end, text: text.slice(start, end), statementIds: ids });
	}
	return pieces;
}
