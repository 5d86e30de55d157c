/** Sentences written from the data in view: the lede and each cell's takeaway. Never typed by hand. */
import { byCodeUnit } from './compare';
import { formatDate } from './describe';
import { QUAD_LABELS, quadSign } from './plover';
import { actorName, aggregateEdges, countsByActor, type DatasetIndex, type Edge } from './queries';
import { speakersOf } from './parties';
import { statementTallies } from './tallies';
import type { Dataset, PloverEvent, Source, Statement } from './types';
import { joinAnd, plural } from './wording';

export { describeFilters, plural } from './wording';

const EVENT_NOUNS: Record<PloverEvent, [singular: string, plural: string]> = {
	AGREE: ['an agreement or pledge', 'agreements or pledges'],
	CONSULT: ['a consultation', 'consultations'],
	SUPPORT: ['an expression of support', 'expressions of support'],
	CONCEDE: ['a concession', 'concessions'],
	COOPERATE: ['an act of cooperation', 'acts of cooperation'],
	AID: ['an offer of aid', 'offers of aid'],
	RETREAT: ['a retreat', 'retreats'],
	REQUEST: ['a request or demand', 'requests or demands'],
	ACCUSE: ['an accusation', 'accusations'],
	REJECT: ['a rejection', 'rejections'],
	THREATEN: ['a threat', 'threats'],
	PROTEST: ['a protest', 'protests'],
	SANCTION: ['a sanction', 'sanctions'],
	MOBILIZE: ['a mobilization', 'mobilizations'],
	COERCE: ['an act of coercion', 'acts of coercion'],
	ASSAULT: ['an assault', 'assaults']
};

function top<K>(counts: Map<K, number>): [K, number] | null {
	let best: [K, number] | null = null;
	for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
	return best;
}

/** Every entry tied for the highest count, in first-seen order. */
function leaders<K>(counts: Map<K, number>): [K, number][] {
	const best = top(counts);
	return best ? [...counts].filter(([, n]) => n === best[1]) : [];
}

function tally<K>(keys: K[]): Map<K, number> {
	const m = new Map<K, number>();
	for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
	return m;
}

const NOTHING = 'No statement matches the filters.';
/** What a cell says when the dataset itself holds no statement, whatever the filters. */
export const NO_STATEMENTS = 'This dataset has no statements.';

/**
 * A total per actor → recipient pair ("actor\u0000recipient"), folded over the pair's aggregated edges, in
 * the order the pairs first occur in the statements (the order of the edges).
 */
function pairTotals<T>(edges: readonly Edge[], start: () => T, add: (total: T, edge: Edge) => T): Map<string, T> {
	const totals = new Map<string, T>();
	for (const e of edges) {
		const key = `${e.source}\u0000${e.target}`;
		totals.set(key, add(totals.get(key) ?? start(), e));
	}
	return totals;
}

/** "all 21 statements", "the only statement" or "15 of the 21 statements". */
function shareOf(n: number, total: number): string {
	if (n === total) return total === 1 ? 'the only statement' : `all ${total} statements`;
	return `${n} of the ${plural(total, 'statement')}`;
}

/**
 * "Iran is an actor in 15 of the 21 statements; the most common kind was requests or demands (6), 2 of them
 * to the United States." Ties are called ties, at each step.
 */
export function whoSpokeMost(index: DatasetIndex, statements: readonly Statement[]): string {
	if (!statements.length) return NOTHING;
	const actorsTied = leaders(new Map([...countsByActor(statements)].map(([id, c]) => [id, c.made])));
	const made = actorsTied[0][1];
	const share = shareOf(made, statements.length);
	if (actorsTied.length > 1) return `${joinAnd(actorsTied.map(([id]) => actorName(index, id)))} are tied: each is an actor in ${share}.`;
	const actor = actorsTied[0][0];
	const own = statements.filter((s) => s.actors.includes(actor));
	const kinds = leaders(tally(own.map((s) => s.event)));
	const n = kinds[0][1];
	const noun = (e: PloverEvent) => (n === 1 ? EVENT_NOUNS[e][0] : EVENT_NOUNS[e][1]);
	const who = `${actorName(index, actor)} is an actor in ${share}`;
	if (kinds.length > 1) {
		const names = kinds.map(([e]) => noun(e));
		const mix =
			n === 1 ? joinAnd(names) : names.length === 2 ? `as many ${names[0]} as ${names[1]} (${n} each)` : `equal numbers of ${joinAnd(names)} (${n} each)`;
		return `${who}: ${mix}.`;
	}
	const event = kinds[0][0];
	const targets = leaders(tally(own.filter((s) => s.event === event).flatMap((s) => s.recipients.filter((r) => r !== actor))));
	const most = n === own.length ? `all were ${noun(event)}` : n > own.length / 2 ? `most were ${noun(event)}` : `the most common kind was ${noun(event)} (${n})`;
	const whom = joinAnd(targets.map(([id]) => actorName(index, id)));
	const k = targets[0]?.[1] ?? 0;
	const to = !targets.length ? '' : k === 1 && targets.length === 1 ? `, to ${whom}` : targets.length === 1 ? `, ${k} of them to ${whom}` : `, ${k} of them to each of ${whom}`;
	return `${who}; ${most}${to}.`;
}

/** "The busiest link is Iran → United States: 5 statements, all verbal conflict." */
export function busiestLink(index: DatasetIndex, statements: readonly Statement[]): string {
	if (!statements.length) return NOTHING;
	const edges = aggregateEdges(statements);
	const pairs = pairTotals(edges, () => 0, (n, e) => n + e.count);
	const best = leaders(pairs);
	if (!best.length) return `${plural(statements.length, 'statement')}, none addressed to another party.`;
	const describe = (key: string) => {
		const [a, r] = key.split('\u0000');
		const quads = new Set(edges.filter((e) => e.source === a && e.target === r).map((e) => e.quad));
		const kind = quads.size === 1 ? ` (${QUAD_LABELS[[...quads][0]].toLowerCase()})` : '';
		return `${actorName(index, a)} → ${actorName(index, r)}${kind}`;
	};
	const n = best[0][1];
	if (best.length === 1) return `The busiest of ${plural(pairs.size, 'link')} is ${describe(best[0][0])}, with ${plural(n, 'statement')}.`;
	return `The busiest of ${plural(pairs.size, 'link')} are ${joinAnd(best.map(([k]) => describe(k)))}, with ${plural(n, 'statement')} each.`;
}

/** "17 statements on 6 November 2021 and 3 on 3 November 2021; the talks are scheduled for 29 November 2021." */
export function whenSaid(dataset: Dataset, statements: readonly Statement[]): string {
	if (!statements.length) return NOTHING;
	const byDay = [...statementTallies(statements).byDate].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]));
	const days = byDay.map(([d, n], i) => `${i === 0 ? plural(n, 'statement') : n} on ${formatDate(d)}`);
	const said = days.length > 2 ? `${days.slice(0, 2).join(', ')} and ${days.length - 2} other days` : days.join(' and ');
	const scheduled = dataset.events.filter((e) => e.status === 'scheduled');
	const next = scheduled.length ? `; ${scheduled[0].title.replace(/\.$/, '')}: scheduled for ${formatDate(scheduled[0].date)}` : '';
	return `${said}${next}.`;
}

/** "Russia → United States is the most conflictual pair: 2 conflict, 0 cooperation." */
export function stanceBalance(index: DatasetIndex, statements: readonly Statement[]): string {
	if (!statements.length) return NOTHING;
	const balance = pairTotals(
		aggregateEdges(statements),
		() => ({ coop: 0, conflict: 0 }),
		(b, e) => (quadSign(e.quad) > 0 ? { ...b, coop: b.coop + e.count } : { ...b, conflict: b.conflict + e.count })
	);
	if (!balance.size) return `${plural(statements.length, 'statement')}, none addressed to another party.`;
	const ranked = [...balance].sort((x, y) => y[1].conflict - y[1].coop - (x[1].conflict - x[1].coop) || y[1].conflict - x[1].conflict);
	const [, b] = ranked[0];
	const coopPairs = ranked.filter(([, v]) => v.coop > v.conflict).length;
	if (b.conflict === 0) return `Every one of the ${plural(balance.size, 'pair')} leans cooperative.`;
	const tied = ranked.filter(([, v]) => v.conflict === b.conflict && v.coop === b.coop);
	const names = joinAnd(tied.map(([key]) => key.split('\u0000').map((id) => actorName(index, id)).join(' → ')));
	const most = tied.length === 1 ? `${names} is the most conflictual pair (${b.conflict} conflictual, ${b.coop} cooperative)` : `${names} are tied as the most conflictual pairs (${b.conflict} conflictual, ${b.coop} cooperative each)`;
	return `${most}; ${coopPairs} of ${plural(balance.size, 'pair')} lean cooperative.`;
}

/** "20 statements: 1 direct quote, 17 in reported speech, 2 in the outlet's own voice." */
export function howAttributed(statements: readonly Statement[]): string {
	if (!statements.length) return NOTHING;
	const t = statementTallies(statements).byAttribution;
	return `${plural(statements.length, 'statement')}: ${plural(t.get('quote') ?? 0, 'direct quote')}, ${t.get('paraphrase') ?? 0} in reported speech, ${t.get('outlet') ?? 0} in the outlet’s own voice.`;
}

/**
 * The page's lede, from the statements in view: "A report datelined Tehran, 6 November 2021, carries 21
 * statements; 3 parties speak in them, and 16 name a recipient (7 parties in all)." Parties that acted but
 * said nothing are not counted as speakers (parties.ts); "statements" counts calls and acts too.
 */
export function lede(dataset: Dataset, index: DatasetIndex, statements: readonly Statement[]): string {
	if (!dataset.statements.length) return NO_STATEMENTS;
	if (!statements.length) return NOTHING;
	const source = dataset.sources[0];
	const speakers = speakersOf(index, statements).size;
	const tallies = statementTallies(statements);
	const addressedStatements = tallies.addressed;
	const addressed = tallies.recipients.size;
	const from = source ? `${reportOf(source)} carries ` : 'The sources carry ';
	const spoken = speakers ? `${plural(speakers, 'party', 'parties')} ${speakers === 1 ? 'speaks' : 'speak'} in them` : 'no party speaks in them';
	const named = !addressedStatements
		? 'none names a recipient'
		: addressedStatements === statements.length
			? `every one names a recipient (${plural(addressed, 'party', 'parties')} in all)`
			: `${addressedStatements} ${addressedStatements === 1 ? 'names' : 'name'} a recipient (${plural(addressed, 'party', 'parties')} in all)`;
	return `${from}${plural(statements.length, 'statement')}; ${spoken}, and ${named}. ${whoSpokeMost(index, statements)}`;
}

/** "A report datelined Tehran, 6 November 2021," or, with no dateline, "A report of 6 November 2021": never a blank. */
export function reportOf(source: Pick<Source, 'dateline' | 'published'>): string {
	const place = source.dateline.trim();
	if (!place) return `A report of ${formatDate(source.published)}`;
	return `A report datelined ${place.charAt(0) + place.slice(1).toLowerCase()}, ${formatDate(source.published)},`;
}

/** "The United States was addressed most: 7 of the 20 statements, by Iran, Russia and the outlet." */
export function mostAddressed(index: DatasetIndex, statements: readonly Statement[]): string {
	if (!statements.length) return NOTHING;
	const received = new Map([...countsByActor(statements)].map(([id, c]) => [id, c.received]));
	const best = leaders(received);
	if (!best.length || best[0][1] === 0) return `${plural(statements.length, 'statement')}, none addressed to a party.`;
	const [id, n] = best[0];
	if (best.length > 1) return `${joinAnd(best.map(([other]) => actorName(index, other)))} are tied as the most addressed: each in ${shareOf(n, statements.length)}.`;
	const by = [...new Set(statements.filter((s) => s.recipients.includes(id)).flatMap((s) => s.actors.filter((a) => a !== id)))];
	return `${actorName(index, id)} was addressed most: ${shareOf(n, statements.length)}, by ${joinAnd(by.map((a) => actorName(index, a)))}.`;
}
