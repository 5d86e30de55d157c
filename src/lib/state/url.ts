/**
 * The URL is the serialisation of the shared state: filters, the pinned selection and the theme.
 * Pure functions; unknown or malformed parameters are dropped, never thrown on.
 *
 *   ?actor=IRN&recipient=USA&recipient=EU&topic=jcpoa&event=REQUEST&event=verbal-conflict
 *   &attribution=quote&from=2021-11-01&to=2021-11-30&pin=edge:IRN>USA&theme=dark
 */
import { isPloverEvent } from '$lib/data/plover';
import { isQuadClass, NO_FILTERS, type Filters } from '$lib/data/queries';
import type { Attribution } from '$lib/data/types';
import type { Focus } from './focus';

export type Theme = 'light' | 'dark' | 'auto';

export interface UrlState {
	filters: Filters;
	pinned: Focus | null;
	theme: Theme;
}

export const DEFAULT_URL_STATE: UrlState = { filters: NO_FILTERS, pinned: null, theme: 'auto' };

/** What ids exist, to drop parameters that name nothing in the dataset. */
export interface KnownIds {
	actors: IdLookup;
	topics: IdLookup;
	statements: IdLookup;
}
/** A set of ids, or the dataset index's map by id: only membership is asked (no copy of 140,000 ids is made). */
export type IdLookup = { has(id: string): boolean };

const ATTRIBUTIONS: readonly Attribution[] = ['quote', 'paraphrase', 'outlet'];
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
	if (!ISO_DATE.test(value)) return false;
	const [y, m, d] = value.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function unique<T>(values: T[]): T[] {
	return [...new Set(values)];
}

/**
 * An edge pin is `edge:SOURCE>TARGET`. Inside each id, `%` and `>` are percent-encoded, so an id that
 * contains `>` (`edge:IRN%3EA>B`) reads one way only; ids without them (`edge:RUS>USA`) read as before.
 */
const escapeEdgeId = (id: string) => id.replace(/%/g, '%25').replace(/>/g, '%3E');
function unescapeEdgeId(text: string): string {
	return text.replace(/%(25|3E)/gi, (_, hex: string) => (hex === '25' ? '%' : '>'));
}

export function encodeFocus(focus: Focus): string {
	// A 'statements' focus never reaches the address (encodeUrlState leaves it out).
	return focus.kind === 'edge' ? `edge:${escapeEdgeId(focus.source)}>${escapeEdgeId(focus.target)}` : `${focus.kind}:${(focus as { id: string }).id}`;
}

/** The (source, target) an edge pin names: exactly one unescaped `>`; an older unescaped link with more is read only where one split names two known actors. */
function edgeEnds(rest: string, known?: KnownIds): { source: string; target: string } | null {
	const parts = rest.split('>');
	if (parts.length === 2) return { source: unescapeEdgeId(parts[0]), target: unescapeEdgeId(parts[1]) };
	if (!known || parts.length < 2) return null;
	const splits = parts.slice(1).map((_, i) => ({ source: parts.slice(0, i + 1).join('>'), target: parts.slice(i + 1).join('>') }));
	const named = splits.filter((s) => known.actors.has(s.source) && known.actors.has(s.target));
	return named.length === 1 ? named[0] : null;
}

export function decodeFocus(value: string, known?: KnownIds): Focus | null {
	const colon = value.indexOf(':');
	if (colon < 0) return null;
	const kind = value.slice(0, colon);
	const rest = value.slice(colon + 1);
	if (kind === 'actor' && rest && (!known || known.actors.has(rest))) return { kind, id: rest };
	if (kind === 'statement' && rest && (!known || known.statements.has(rest))) return { kind, id: rest };
	if (kind === 'edge') {
		const ends = edgeEnds(rest, known);
		if (ends && ends.source && ends.target && (!known || (known.actors.has(ends.source) && known.actors.has(ends.target))))
			return { kind, ...ends };
	}
	return null;
}

/** State → query string parameters, in a stable order; defaults are left out. */
export function encodeUrlState(state: UrlState): URLSearchParams {
	const params = new URLSearchParams();
	const f = state.filters;
	for (const id of f.actors) params.append('actor', id);
	for (const id of f.recipients) params.append('recipient', id);
	for (const id of f.topics) params.append('topic', id);
	for (const e of f.events) params.append('event', e);
	for (const a of f.attributions) params.append('attribution', a);
	if (f.from) params.set('from', f.from);
	if (f.to) params.set('to', f.to);
	// A mark of several statements (a bin) is pinned for the moment only: the address keeps no list of ids.
	if (state.pinned && state.pinned.kind !== 'statements') params.set('pin', encodeFocus(state.pinned));
	if (state.theme !== 'auto') params.set('theme', state.theme);
	return params;
}

/** Query string → state. Anything unknown or malformed is ignored. */
export function decodeUrlState(params: URLSearchParams, known?: KnownIds): UrlState {
	const ids = (name: string, set?: IdLookup) =>
		unique(params.getAll(name).filter((v) => v !== '' && (!set || set.has(v))));
	const from = params.get('from') ?? '';
	const to = params.get('to') ?? '';
	const theme = params.get('theme') ?? 'auto';
	const pin = params.get('pin');
	return {
		filters: {
			actors: ids('actor', known?.actors),
			recipients: ids('recipient', known?.actors),
			topics: ids('topic', known?.topics),
			events: unique(params.getAll('event').filter((e) => isPloverEvent(e) || isQuadClass(e))) as Filters['events'],
			attributions: unique(params.getAll('attribution').filter((a): a is Attribution => (ATTRIBUTIONS as string[]).includes(a))),
			from: isDate(from) ? from : '',
			to: isDate(to) ? to : ''
		},
		pinned: pin ? decodeFocus(pin, known) : null,
		theme: (THEMES as string[]).includes(theme) ? (theme as Theme) : 'auto'
	};
}

/** The query parameters this module owns; others (e.g. `dataset`, `title`) are kept as they are. */
export const OWNED_PARAMS = ['actor', 'recipient', 'topic', 'event', 'attribution', 'from', 'to', 'pin', 'theme'];

/** A new search string for `current` with the state's parameters replaced and the rest kept. */
export function withUrlState(current: URLSearchParams, state: UrlState): string {
	const next = new URLSearchParams();
	for (const [k, v] of current) if (!OWNED_PARAMS.includes(k)) next.append(k, v);
	for (const [k, v] of encodeUrlState(state)) next.append(k, v);
	const s = next.toString();
	return s ? `?${s}` : '';
}

export function hasActiveFilters(f: Filters): boolean {
	return Boolean(
		f.actors.length || f.recipients.length || f.topics.length || f.events.length || f.attributions.length || f.from || f.to
	);
}
