/**
 * Suggestions for the statement being coded, never decisions: parties the selection names (countries by
 * name, alias, demonym or capital; the coder's own organisations and groups, and the open dataset's), the
 * attribution its reporting verb or quotation marks point to. The coder accepts each one, or not.
 */
import type { Actor, Attribution, Span } from '$lib/data/types';
import type { CountryEntry } from './country-table';

export interface NamedParty {
	id: string;
	name: string;
	/** The words of the text that name it. */
	found: string;
	/** How they name it: "name", "demonym", "capital". */
	how: 'name' | 'demonym' | 'capital';
}

export interface PartyName {
	id: string;
	name: string;
	/** Its other names (an organisation's id, "IAEA"). */
	aliases?: string[];
}

/**
 * The parties besides countries a selection may name: the coder's own organisations and groups first, then
 * the bodies and groupings of the dataset open in the notebook (the IAEA, the P4+1) the coder has not
 * defined, each once, known by its name or its id.
 */
export function partyNames(own: readonly Actor[], open: readonly Actor[] = []): PartyName[] {
	const seen = new Set<string>();
	const out: PartyName[] = [];
	for (const a of [...own.filter((a) => a.kind !== 'state'), ...open.filter(isBody)])
		if (!seen.has(a.id)) (seen.add(a.id), out.push({ id: a.id, name: a.name, aliases: [a.id] }));
	return out;
}

/** An organisation or a grouping: what the open dataset lends the coder besides countries. */
export const isBody = (a: Actor) => a.kind === 'organization' || a.kind === 'group';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Not inside a word: "Iranian" is not "Iran" + "ian", "Omani" is not "Oman".
const bounded = (alts: string[], suffix = '') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.map(escape).join('|')})${suffix}(?![\\p{L}\\p{N}])`, 'u');

interface Matcher {
	id: string;
	name: string;
	how: NamedParty['how'];
	re: RegExp;
}

/** Compile once per table: the page keeps the result. */
export function partyMatchers(countries: readonly CountryEntry[], parties: readonly PartyName[] = []): Matcher[] {
	const out: Matcher[] = [];
	for (const p of parties) out.push({ id: p.id, name: p.name, how: 'name', re: bounded([p.name, ...(p.aliases ?? [])]) });
	for (const c of countries) {
		out.push({ id: c.iso3, name: c.name, how: 'name', re: bounded([c.name, ...c.aliases]) });
		// "Iranian", "Iranians"
		if (c.demonyms.length) out.push({ id: c.iso3, name: c.name, how: 'demonym', re: bounded(c.demonyms, 's?') });
		if (c.capitals.length) out.push({ id: c.iso3, name: c.name, how: 'capital', re: bounded(c.capitals) });
	}
	return out;
}

/** The parties a passage names, in the order they first appear, each once. */
export function partiesNamed(text: string, matchers: readonly Matcher[]): NamedParty[] {
	const hits: (NamedParty & { at: number })[] = [];
	for (const m of matchers) {
		const found = m.re.exec(text);
		if (found) hits.push({ id: m.id, name: m.name, found: found[0], how: m.how, at: found.index });
	}
	hits.sort((a, b) => a.at - b.at);
	const seen = new Set<string>();
	return hits.filter((h) => !seen.has(h.id) && (seen.add(h.id), true)).map(({ at: _at, ...rest }) => rest);
}

// Hand-written: no maintained package lists English reporting verbs; these are the ones news reports use.
const REPORTING = [
	'said', 'says', 'told', 'stated', 'noted', 'stressed', 'added', 'announced', 'emphasized', 'emphasised',
	'underlined', 'underscored', 'urged', 'called for', 'warned', 'praised', 'expressed', 'described', 'insisted',
	'argued', 'claimed', 'accused', 'reiterated', 'voiced', 'welcomed', 'condemned', 'denounced', 'tweeted', 'wrote',
	'declared', 'affirmed', 'pointed out', 'highlighted', 'asserted', 'explained', 'maintained', 'remarked',
	'according to', 'confirmed', 'rejected', 'demanded', 'asked', 'promised', 'pledged', 'vowed', 'criticised', 'criticized'
];
const REPORTING_RE = new RegExp(`(?<![\\p{L}])(${REPORTING.map(escape).join('|')})(?![\\p{L}])`, 'iu');

/** Quotation marks: curly double, straight double, guillemets, low-high (German). */
const QUOTED_RE = /“([^”]+)”|"([^"]+)"|«\s*([^»]+?)\s*»|„([^“”]+)[“”]/u;

export interface AttributionHint {
	attribution: Attribution;
	/** Why, in words: "reporting verb “said”", "quotation marks". */
	why: string;
	/** For a quote: the span of the quoted words (inside the marks), to narrow the selection to. */
	span?: Span;
}

/**
 * What the words suggest: a passage in quotation marks suggests `quote` (with the quoted words' span);
 * a reporting verb in the sentence suggests `paraphrase`. `offset` is where `passage` starts in the article.
 */
export function attributionHints(passage: string, sentence: string, offset: number): AttributionHint[] {
	const hints: AttributionHint[] = [];
	const q = QUOTED_RE.exec(passage);
	if (q) {
		const inner = q[1] ?? q[2] ?? q[3] ?? q[4];
		const at = q.index + q[0].indexOf(inner);
		hints.push({ attribution: 'quote', why: 'words in quotation marks', span: { start: offset + at, end: offset + at + inner.length } });
	}
	const verb = REPORTING_RE.exec(sentence);
	if (verb) hints.push({ attribution: 'paraphrase', why: `reporting verb “${verb[1]}”` });
	return hints;
}

const OPENING = new Set(['“', '"', '«', '„', '‘']);
const CLOSING = new Set(['”', '"', '»', '“', '’']);

/** The span is exactly the words between a pair of quotation marks (or holds them with their marks). */
export function isQuotedSpan(text: string, span: Span): boolean {
	const inside = OPENING.has(text[span.start - 1] ?? '') && CLOSING.has(text[span.end] ?? '');
	const whole = OPENING.has(text[span.start] ?? '') && CLOSING.has(text[span.end - 1] ?? '') && span.end - span.start > 2;
	return inside || whole;
}
