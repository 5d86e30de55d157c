/** Sentences written from the data in view: the lede and each cell's takeaway. Never typed by hand. */
import { byCodeUnit } from './compare';
import { formatDate } from './describe';
import { QUAD_LABELS, quadSign } from './plover';
import { actorName, aggregateEdges, countsByActor, type DatasetIndex, type Edge } from './queries';
import type { Dataset, PloverEvent, Statement } from './types';
import { plural } from './wording';

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

function joinAnd(items: string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
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

/** "Iran made 13 of the 20 statements; most were requests or demands, 4 of them to the United States." */
export function whoSpokeMost(index: DatasetIndex, statements: readonly Statement[]): string {
	if (!statements.length) return NOTHING;
	const [actor, made] = top(new Map([...countsByActor(statements)].map(([id, c]) => [id, c.made])))!;
	const own = statements.filter((s) => s.actors.includes(actor));
	const kinds = leaders(tally(own.map((s) => s.event)));
	const n = kinds[0][1];
	const noun = (e: PloverEvent) => (n === 1 ? EVENT_NOUNS[e][0] : EVENT_NOUNS[e][1]);
	const share =
		made === statements.length
			? statements.length === 1 ? 'the only statement' : `all ${statements.length} statements`
			: `${made} of the ${plural(statements.length, 'statement')}`;
	if (kinds.length > 1) {
		const names = kinds.map(([e]) => noun(e));
		const mix =
			n === 1 ? joinAnd(names) : names.length === 2 ? `as many ${names[0]} as ${names[1]} (${n} each)` : `equal numbers of ${joinAnd(names)} (${n} each)`;
		return `${actorName(index, actor)} made ${share}: ${mix}.`;
	}
	const event = kinds[0][0];
	const target = top(tally(own.filter((s) => s.event === event).flatMap((s) => s.recipients.filter((r) => r !== actor))));
	const most = n === own.length ? `all were ${noun(event)}` : n > own.length / 2 ? `most were ${noun(event)}` : `the most common kind was ${noun(event)} (${n})`;
	const to = target && target[1] > 1 ? `, ${target[1]} of them to ${actorName(index, target[0])}` : target ? `, to ${actorName(index, target[0])}` : '';
	return `${actorName(index, actor)} made ${share}; ${most}${to}.`;
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
	const byDay = [...tally(statements.map((s) => s.date))].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]));
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
	const [key, b] = ranked[0];
	const [a, r] = key.split('\u0000');
	const coopPairs = ranked.filter(([, v]) => v.coop > v.conflict).length;
	if (b.conflict === 0) return `Every one of the ${plural(balance.size, 'pair')} leans cooperative.`;
	return `${actorName(index, a)} → ${actorName(index, r)} is the most conflictual pair (${b.conflict} conflictual, ${b.coop} cooperative); ${coopPairs} of ${plural(balance.size, 'pair')} lean cooperative.`;
}

/** "20 statements: 1 direct quote, 17 in reported speech, 2 in the outlet's own voice." */
export function howAttributed(statements: readonly Statement[]): string {
	if (!statements.length) return NOTHING;
	const t = tally(statements.map((s) => s.attribution));
	return `${plural(statements.length, 'statement')}: ${plural(t.get('quote') ?? 0, 'direct quote')}, ${t.get('paraphrase') ?? 0} in reported speech, ${t.get('outlet') ?? 0} in the outlet’s own voice.`;
}

/** The page's lede, from the whole dataset in view. */
export function lede(dataset: Dataset, index: DatasetIndex, statements: readonly Statement[]): string {
	if (!dataset.statements.length) return NO_STATEMENTS;
	if (!statements.length) return NOTHING;
	const source = dataset.sources[0];
	const speakers = new Set(statements.flatMap((s) => s.actors));
	const addressed = new Set(statements.flatMap((s) => s.recipients));
	const from = source ? `A report datelined ${source.dateline.charAt(0) + source.dateline.slice(1).toLowerCase()}, ${formatDate(source.published)}, ` : 'The sources ';
	return `${from}carries ${plural(statements.length, 'stated position')} by ${plural(speakers.size, 'party', 'parties')}, addressed to ${addressed.size}. ${whoSpokeMost(index, statements)}`;
}

/** "The United States was addressed most: 7 of the 20 statements, by Iran, Russia and the outlet." */
export function mostAddressed(index: DatasetIndex, statements: readonly Statement[]): string {
	if (!statements.length) return NOTHING;
	const received = new Map([...countsByActor(statements)].map(([id, c]) => [id, c.received]));
	const best = leaders(received);
	if (!best.length || best[0][1] === 0) return `${plural(statements.length, 'statement')}, none addressed to a party.`;
	const [id, n] = best[0];
	const by = [...new Set(statements.filter((s) => s.recipients.includes(id)).flatMap((s) => s.actors.filter((a) => a !== id)))];
	const tie = best.length > 1 ? ` (as often as ${joinAnd(best.slice(1).map(([other]) => actorName(index, other)))})` : '';
	return `${actorName(index, id)} was addressed most${tie}: ${n} of the ${plural(statements.length, 'statement')}, by ${joinAnd(by.map((a) => actorName(index, a)))}.`;
}
