/**
 * How a statement's words are voiced on the page and in exports. Only a direct quote (`attribution:
 * "quote"`) is typeset as a quotation, in quotation marks under its speaker's name; reported speech reads as
 * the outlet's report ("Reported by the outlet: …"), and the outlet's own voice says so. A span that starts
 * or ends inside a sentence shows an ellipsis there, not a dangling comma. Text only, never HTML; pure.
 */
import type { Attribution } from './types';

export interface VoicedWords {
	/** True only for a direct quote: typeset in quotation marks. */
	quoted: boolean;
	/** What precedes reported words: "Reported by the outlet:" or "In the outlet’s own voice:"; "" for a quote. */
	lead: string;
	/** The words, with an ellipsis where the span starts or ends inside a sentence. */
	words: string;
	/** The whole line as text: “words” for a quote, "lead words" otherwise. */
	line: string;
}

export const VOICE_LEADS: Record<Exclude<Attribution, 'quote'>, string> = {
	paraphrase: 'Reported by the outlet:',
	outlet: 'In the outlet’s own voice:'
};

const SENTENCE_END = /[.!?…]$/;
const OPENING = /(^|[.!?…"“”'‘’:\n—–])\s*$/;
const TRAILING_PUNCTUATION = /[\s,;:—–-]+$/;
const LEADING_PUNCTUATION = /^[\s,;:—–-]+/;

/**
 * Where the words stand in their text: the text just before and after the span (a few characters are
 * enough), read from the text or through a function that slices it (data/source-text.ts). Without it, a
 * span is taken to start a sentence when its first letter is a capital.
 */
export interface SpanContext {
	before: string;
	after: string;
}

export function contextOf(text: string | ((start: number, end: number) => string), span: { start: number; end: number }): SpanContext {
	const slice = typeof text === 'string' ? (start: number, end: number) => text.slice(start, end) : text;
	return { before: slice(Math.max(0, span.start - 12), span.start), after: slice(span.end, span.end + 3) };
}

/** The words with an ellipsis where they start or end inside a sentence, and no dangling comma. */
export function trimmedWords(quote: string, context?: SpanContext): string {
	const core = quote.replace(LEADING_PUNCTUATION, '').replace(TRAILING_PUNCTUATION, '');
	if (!core) return quote.trim();
	const startsSentence = context ? OPENING.test(context.before) : /^[\p{Lu}\p{N}"“@#]/u.test(core);
	// A quotation ends where its closing mark follows ("… in Vienna," Baqeri tweeted): no ellipsis there.
	const closesQuotation = context ? /^[,.;:]?["”’]/.test(context.after) : false;
	const endsSentence = SENTENCE_END.test(core) || closesQuotation;
	return `${startsSentence ? '' : '… '}${core}${endsSentence ? '' : ' …'}`;
}

export function voiceOf(quote: string, attribution: Attribution, context?: SpanContext): VoicedWords {
	const words = trimmedWords(quote, context);
	if (attribution === 'quote') return { quoted: true, lead: '', words, line: `“${words}”` };
	const lead = VOICE_LEADS[attribution];
	return { quoted: false, lead, words, line: `${lead} ${words}` };
}
