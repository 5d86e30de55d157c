/**
 * A deterministic synthetic dataset for tests and benchmarks: `generateDataset({ actors, statements, seed })`.
 * Valid under validateDataset: every quote is a real span of a generated source text. Pure; relative
 * imports only, so `tsx` can run it from the command line (scripts/gen.ts).
 */
import { PLOVER_EVENTS } from './plover';
import type { Actor, ActorKind, Attribution, Dataset, Person, Source, Statement } from './types';

export interface GenerateOptions {
	actors: number;
	statements: number;
	seed: number;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SYLLABLES = ['ar', 'bel', 'cor', 'da', 'el', 'fen', 'gal', 'hor', 'is', 'jun', 'kar', 'lor', 'mar', 'nor', 'os', 'pel', 'quin', 'ros', 'sal', 'tor', 'ul', 'ven', 'wes', 'yar', 'zan'];
const SUFFIXES = ['ia', 'land', 'stan', 'ora', 'ica', 'mark', 'via', 'onia'];
const GIVEN = ['Ana', 'Boris', 'Chen', 'Dara', 'Emil', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jana', 'Kofi', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Priya'];
const FAMILY = ['Adler', 'Banerjee', 'Costa', 'Dimitrov', 'Eriksen', 'Fofana', 'Guzman', 'Haddad', 'Ito', 'Jansen', 'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov'];
const TOPICS = [
	{ id: 'trade', label: 'Trade' },
	{ id: 'security', label: 'Security' },
	{ id: 'energy', label: 'Energy' },
	{ id: 'climate', label: 'Climate' },
	{ id: 'migration', label: 'Migration' },
	{ id: 'nuclear', label: 'Nuclear programme' }
];
const PHRASES: Record<string, string> = {
	AGREE: 'agreed to work with', CONSULT: 'held talks with', SUPPORT: 'expressed support for', CONCEDE: 'made concessions to',
	COOPERATE: 'signed a cooperation plan with', AID: 'sent aid to', RETREAT: 'withdrew its demands on', REQUEST: 'called on',
	ACCUSE: 'accused', REJECT: 'rejected the proposal of', THREATEN: 'warned', PROTEST: 'protested against',
	SANCTION: 'announced sanctions on', MOBILIZE: 'mobilised forces near', COERCE: 'pressured', ASSAULT: 'struck'
};

export function generateDataset({ actors: actorCount, statements: statementCount, seed }: GenerateOptions): Dataset {
	if (actorCount < 2) throw new Error('generateDataset needs at least 2 actors');
	const rand = seededRandom(seed);
	const int = (n: number) => Math.floor(rand() * n);
	const pick = <T>(list: readonly T[]) => list[int(list.length)];

	const names = new Set<string>();
	const actors: Actor[] = [];
	for (let i = 0; i < actorCount; i++) {
		const id = `A${String(i + 1).padStart(4, '0')}`;
		const kind: ActorKind = i === 0 ? 'media' : i % 25 === 0 ? 'group' : i % 12 === 0 ? 'organization' : 'state';
		let name = kind === 'media' ? 'The Daily Wire Service' : `${pick(SYLLABLES)}${pick(SYLLABLES)}${kind === 'state' ? pick(SUFFIXES) : ''}`;
		name = name[0].toUpperCase() + name.slice(1);
		if (kind === 'organization') name = `${name} Council`;
		if (kind === 'group') name = `${name} Group`;
		while (names.has(name)) name = `${name} ${int(90) + 10}`;
		names.add(name);
		const anchor = { lon: Math.round((rand() * 340 - 170) * 1000) / 1000, lat: Math.round((rand() * 120 - 60) * 1000) / 1000, place: `${name} capital` };
		actors.push({ id, name, kind, anchor });
	}
	const states = actors.filter((a) => a.kind === 'state');
	for (const g of actors) if (g.kind === 'group') g.members = [...new Set(Array.from({ length: 3 + int(4) }, () => pick(states).id))];

	const people: Person[] = actors
		.filter((a) => a.kind !== 'media')
		.map((a) => ({ id: `p-${a.id}`, name: `${pick(GIVEN)} ${pick(FAMILY)}`, role: `Foreign affairs spokesperson of ${a.name}`, actor: a.id }));
	const personOf = new Map(people.map((p) => [p.actor, p]));

	// Preferential choice: a few actors speak and are addressed often, most rarely (Zipf-like weights).
	const cumulative: number[] = [];
	let sum = 0;
	for (let i = 0; i < actorCount; i++) cumulative.push((sum += 1 / Math.pow(i + 1, 0.75)));
	const zipf = () => {
		const x = rand() * sum;
		let lo = 0, hi = actorCount - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid] < x) lo = mid + 1;
			else hi = mid;
		}
		return actors[lo];
	};
	const speakers = actors.filter((a) => a.kind !== 'media');

	const perSource = 250;
	const sources: Source[] = [];
	const statements: Statement[] = [];
	let text = '';
	let sourceIndex = 0;
	const day = (i: number) => new Date(Date.UTC(2021, 0, 1 + (i % 365))).toISOString().slice(0, 10);
	const flush = () => {
		const id = `src-${String(sourceIndex + 1).padStart(3, '0')}`;
		sources.push({ id, title: `Synthetic wire report ${sourceIndex + 1}`, outlet: 'The Daily Wire Service', dateline: 'GENEVA', published: day(sourceIndex * 7 + 6), language: 'en', url: null, text });
		sourceIndex += 1;
		text = '';
	};
	for (let i = 0; i < statementCount; i++) {
		const actor = i < speakers.length ? speakers[i] : zipf();
		const attribution: Attribution = rand() < 0.1 ? 'outlet' : rand() < 0.5 ? 'quote' : 'paraphrase';
		const speaker = actor.kind === 'media' ? [actor] : attribution === 'outlet' && rand() < 0.4 ? [actor, zipf()] : [actor];
		const speakerIds = [...new Set(speaker.map((a) => a.id))];
		const recipients: string[] = [];
		const wanted = rand() < 0.15 ? 2 : 1;
		for (let tries = 0; recipients.length < wanted && tries < 20; tries++) {
			const r = zipf();
			if (!speakerIds.includes(r.id) && !recipients.includes(r.id)) recipients.push(r.id);
		}
		const event = pick(PLOVER_EVENTS);
		const who = speakerIds.map((id) => actors.find((a) => a.id === id)!.name).join(' and ');
		const whom = recipients.map((id) => actors.find((a) => a.id === id)!.name).join(' and ');
		const topic = pick(TOPICS);
		const person = attribution === 'outlet' ? undefined : personOf.get(actor.id);
		const sentence =
			attribution === 'quote' && person
				? `"We have ${PHRASES[event]} ${whom} on ${topic.label.toLowerCase()}," said ${person.name} of ${who}.`
				: attribution === 'paraphrase' && person
					? `${person.name} said ${who} had ${PHRASES[event]} ${whom} over ${topic.label.toLowerCase()}.`
					: `${who} ${PHRASES[event]} ${whom}, according to reports on ${topic.label.toLowerCase()}.`;
		const sentenceStart = text.length ? text.length + 1 : 0;
		text = text.length ? `${text} ${sentence}` : sentence;
		// A direct quote spans the words inside the quotation marks; other statements span the sentence.
		const quoted = sentence.startsWith('"') ? sentence.slice(1, sentence.indexOf(',"')) : sentence;
		const start = sentenceStart + (quoted === sentence ? 0 : 1);
		statements.push({
			id: `s${String(i + 1).padStart(5, '0')}`,
			date: day(sourceIndex * 7 + (i % 7)),
			source: `src-${String(sourceIndex + 1).padStart(3, '0')}`,
			span: { start, end: start + quoted.length },
			quote: quoted,
			actors: speakerIds,
			recipients,
			...(person ? { speaker: person.id } : {}),
			event,
			topics: [topic.id],
			attribution: person ? attribution : 'outlet',
			summary: `${who} ${PHRASES[event]} ${whom}.`
		});
		if ((i + 1) % perSource === 0) flush();
	}
	if (text || !sources.length) flush();
	return { schemaVersion: 1, sources, actors, people, topics: TOPICS.map((t) => ({ ...t })), events: [], statements };
}
