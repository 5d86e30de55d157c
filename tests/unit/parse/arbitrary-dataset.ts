/** fast-check arbitraries: valid datasets (every reference resolves, every quote is its span). */
import fc from 'fast-check';
import { PLOVER_EVENTS } from '$lib/data/plover';
import type { Actor, Dataset, Statement } from '$lib/data/types';

const STATES = ['IRN', 'RUS', 'USA', 'CHN', 'FRA', 'DEU', 'GBR', 'TUR'];
const BODIES = ['EU', 'IAEA', 'P4+1', 'OUTLET'];

/** Text a coder may write: markup, quotes, commas, line breaks, non-Latin letters; trimmed, no ";". */
const name = fc
	.string({ minLength: 1, maxLength: 20 })
	.map((s) => s.replace(/;/g, ',').trim())
	.filter((s) => s.length > 0);
const freeText = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'a "quoted", comma\r\nline', 'Ама́ «цитата»', '  spaced  ')
);
const quoteText = freeText.filter((s) => s.length > 0);
const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const id = fc.stringMatching(/^[a-z][a-z0-9_-]{0,7}$/);

export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
	.record({
		actorCodes: fc.uniqueArray(fc.constantFrom(...STATES, ...BODIES), { minLength: 1, maxLength: 6 }),
		actorNames: fc.array(name, { minLength: 6, maxLength: 6 }),
		quotes: fc.array(quoteText, { minLength: 1, maxLength: 8 }),
		topicIds: fc.uniqueArray(id, { maxLength: 3 }),
		speakerIds: fc.uniqueArray(id, { maxLength: 3 }),
		speakerNames: fc.array(name, { minLength: 3, maxLength: 3 }),
		title: freeText,
		outlet: fc.option(freeText, { nil: null }),
		url: fc.option(fc.webUrl(), { nil: null }),
		published: day,
		picks: fc.array(
			fc.record({
				date: day,
				event: fc.constantFrom(...PLOVER_EVENTS),
				attribution: fc.constantFrom('quote', 'paraphrase', 'outlet' as const),
				mode: fc.option(fc.constantFrom('phone', 'verbal', 'tweet'), { nil: undefined }),
				summary: freeText,
				actorPicks: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
				recipientPicks: fc.array(fc.nat(), { maxLength: 3 }),
				topicPicks: fc.array(fc.nat(), { maxLength: 2 }),
				speakerPick: fc.option(fc.nat(), { nil: undefined }),
				occasion: fc.boolean()
			}),
			{ minLength: 1, maxLength: 8 }
		)
	})
	.map((g) => {
		const text = g.quotes.join('\n\n');
		let at = 0;
		const spans = g.quotes.map((q) => {
			const span = { start: at, end: at + q.length };
			at += q.length + 2;
			return span;
		});
		const actors: Actor[] = g.actorCodes.map((code, i) =>
			STATES.includes(code) ? { id: code, name: g.actorNames[i], kind: 'state', iso3: code } : { id: code, name: g.actorNames[i], kind: 'organization' }
		);
		const codes = g.actorCodes;
		const people = g.speakerIds.map((pid, i) => ({ id: pid, name: g.speakerNames[i], role: 'role', actor: codes[i % codes.length] }));
		const statements: Statement[] = g.picks.map((p, i) => {
			const q = i % g.quotes.length;
			const speaker = people.length && p.speakerPick !== undefined ? people[p.speakerPick % people.length] : undefined;
			const actorIds = [...new Set([...(speaker ? [speaker.actor] : []), ...p.actorPicks.map((k) => codes[k % codes.length])])];
			const s: Statement = {
				id: `s${i}`,
				date: p.date,
				source: 'src',
				span: spans[q],
				quote: g.quotes[q],
				actors: actorIds,
				// The codebook: each recipient once, and never one of the actors (no self-pairs).
				recipients: [...new Set(p.recipientPicks.map((k) => codes[k % codes.length]))].filter((r) => !actorIds.includes(r)),
				event: p.event,
				topics: [...new Set(p.topicPicks.filter(() => g.topicIds.length).map((k) => g.topicIds[k % g.topicIds.length]))],
				attribution: p.attribution,
				summary: p.summary
			};
			if (speaker) s.speaker = speaker.id;
			if (p.mode) s.mode = p.mode;
			if (p.occasion) s.occasion = 'ev';
			return s;
		});
		const dataset: Dataset = {
			schemaVersion: 1,
			sources: [{ id: 'src', title: g.title, outlet: g.outlet, dateline: 'TEHRAN', published: g.published, language: 'en', url: g.url, text }],
			actors,
			people,
			topics: g.topicIds.map((t) => ({ id: t, label: `Topic ${t}` })),
			events: [{ id: 'ev', date: g.published, title: 'The call', kind: 'call', actors: [codes[0]], source: 'src' }],
			statements
		};
		return dataset;
	});
