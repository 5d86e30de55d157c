/**
 * Exactly what each flat export carries, as a function: a dataset written by statementsCsv or
 * ploverJsonl and read back by its parser has the same projection as the original (tests/unit/parse).
 *
 * Both carry, per statement: id, date, actors, recipients (in order; each once, none an actor), event,
 * mode, attribution, speaker, topics, quote, summary, source id and occasion id; the names of speakers and
 * of actors (PLOVER's entity_text). PLOVER JSONL also carries each source's title, outlet, dateline,
 * published date, url and language (an empty outlet is written null, as the manual has it). Neither carries: source text and spans (rebuilt from the quotes),
 * actor kind, anchors and members, people's roles and actors, topic labels, event details, or any
 * actor, person, topic or event no statement refers to.
 */
import type { Dataset } from '../types';

function statementsCarried(d: Dataset) {
	return d.statements.map((s) => ({
		id: s.id,
		date: s.date,
		actors: s.actors,
		recipients: s.recipients,
		event: s.event,
		mode: s.mode || undefined,
		attribution: s.attribution,
		speaker: s.speaker,
		topics: s.topics,
		quote: s.quote,
		summary: s.summary,
		source: s.source,
		occasion: s.occasion
	}));
}

function speakerNames(d: Dataset): Record<string, string> {
	const used = new Set(d.statements.flatMap((s) => (s.speaker ? [s.speaker] : [])));
	return Object.fromEntries(d.people.filter((p) => used.has(p.id)).map((p) => [p.id, p.name]));
}

function actorNames(d: Dataset): Record<string, string> {
	const used = new Set(d.statements.flatMap((s) => [...s.actors, ...s.recipients]));
	return Object.fromEntries(d.actors.filter((a) => used.has(a.id)).map((a) => [a.id, a.name]));
}

export function csvCarried(d: Dataset) {
	return { statements: statementsCarried(d), actorNames: actorNames(d), speakerNames: speakerNames(d) };
}

export function ploverCarried(d: Dataset) {
	const used = new Set(d.statements.map((s) => s.source));
	return {
		statements: statementsCarried(d),
		actorNames: actorNames(d),
		speakerNames: speakerNames(d),
		sources: d.sources
			.filter((s) => used.has(s.id))
			.map(({ id, title, outlet, dateline, published, url, language }) => ({ id, title, outlet: outlet || null, dateline, published, url, language }))
	};
}
