/**
 * The data contract every view and export reads (see DESIGN.md, "The data model").
 * `schema.ts` validates the same shapes at run time; a compile-time check there keeps the two equal.
 */
import type { PloverEvent } from './plover';
import type { Publication } from './publication';

export type { PloverEvent, QuadClass } from './plover';
export type { Publication } from './publication';

export type ActorKind = 'state' | 'organization' | 'group' | 'media';
export type Attribution = 'quote' | 'paraphrase' | 'outlet';

export interface Source {
	id: string;
	title: string;
	/** The publishing outlet, or null when the text does not name it. */
	outlet: string | null;
	dateline: string;
	/** YYYY-MM-DD */
	published: string;
	/** BCP 47 language tag, e.g. "en". */
	language: string;
	url: string | null;
	/** The verbatim text; statement spans index into it (UTF-16 code units, as String.prototype.slice). */
	text: string;
}

export interface Anchor {
	lon: number;
	lat: number;
	/** What the point is, e.g. "Tehran" or "Vienna (IAEA headquarters)". */
	place: string;
}

export interface Actor {
	id: string;
	name: string;
	kind: ActorKind;
	/** ISO 3166-1 alpha-3, for states. */
	iso3?: string;
	/** ISO 3166-1 numeric: the world-atlas feature id, for states. */
	m49?: string;
	/** Actor ids of a group's members. */
	members?: string[];
	/** Where the actor is drawn on the map; absent for an actor with no place. */
	anchor?: Anchor;
}

export interface Person {
	id: string;
	name: string;
	role: string;
	/** The actor the person speaks for. */
	actor: string;
}

export interface Topic {
	id: string;
	label: string;
}

export interface DiplomaticEvent {
	id: string;
	/** YYYY-MM-DD */
	date: string;
	title: string;
	/** What happened: "call", "announcement", "post", "talks", … */
	kind: string;
	/** "scheduled" for an event the source announces for a later date. */
	status?: 'held' | 'scheduled';
	actors: string[];
	source: string;
}

export interface Span {
	start: number;
	end: number;
}

export interface Statement {
	id: string;
	/** YYYY-MM-DD: when the position was stated. */
	date: string;
	source: string;
	span: Span;
	/** Always equal to sources[source].text.slice(span.start, span.end). */
	quote: string;
	actors: string[];
	recipients: string[];
	speaker?: string;
	event: PloverEvent;
	mode?: string;
	topics: string[];
	attribution: Attribution;
	/** One line, in the coder's words. */
	summary: string;
	/** The events[] entry at which the position was stated (the call, the tweet). */
	occasion?: string;
}

export interface Dataset {
	schemaVersion: 1;
	sources: Source[];
	actors: Actor[];
	people: Person[];
	topics: Topic[];
	events: DiplomaticEvent[];
	statements: Statement[];
	/** The publication's own words around its charts (headline, subtitle, notes, credit); see docs/dataset.md. */
	publication?: Publication;
}
