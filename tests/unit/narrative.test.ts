import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statementPairRows } from '$lib/data/pairs';
import { generateDataset } from '$lib/data/generate';
import { speakersOf, speakingPartiesOf } from '$lib/data/parties';
import { busiestLink, howAttributed, lede, mostAddressed, reportOf, stanceBalance, whenSaid, whoSpokeMost } from '$lib/data/narrative';
import { CHARTS } from '$lib/charts/registry';
import { filterStatements, indexDataset, NO_FILTERS } from '$lib/data/queries';
import { seedDataset as d } from '$lib/data/seed/dataset';
import type { Statement } from '$lib/data/types';

const index = indexDataset(d);
/** Each chart's takeaway, as its folder supplies it. */
const TAKEAWAYS = await Promise.all(CHARTS.map(async (c) => [c.id, (await c.parts()).takeaway] as const));
const all = d.statements;
const toAfghanistan = filterStatements(all, { ...NO_FILTERS, recipients: ['AFG'] });

describe('takeaway sentences, written from the data in view', () => {
	it.each([
		{ name: 'who spoke most (all)', got: () => whoSpokeMost(index, all), expected: 'Iran is an actor in 15 of the 21 statements; the most common kind was requests or demands (6), 2 of them to United States.' },
		{ name: 'who spoke most (to Afghanistan)', got: () => whoSpokeMost(index, toAfghanistan), expected: 'Iran and Russia are tied: each is an actor in all 2 statements.' },
		{ name: 'busiest link', got: () => busiestLink(index, all), expected: 'The busiest of 11 links is Iran → United States, with 4 statements.' },
		{ name: 'when', got: () => whenSaid(d, all), expected: '19 statements on 6 November 2021 and 2 on 3 November 2021; Vienna talks with the P4+1 resume: scheduled for 29 November 2021.' },
		{ name: 'stance', got: () => stanceBalance(index, all), expected: 'Iran → United States is the most conflictual pair (3 conflictual, 1 cooperative); 3 of 11 pairs lean cooperative.' },
		{ name: 'attribution', got: () => howAttributed(all), expected: '21 statements: 2 direct quotes, 16 in reported speech, 3 in the outlet’s own voice.' },
		{ name: 'most addressed', got: () => mostAddressed(index, all), expected: 'United States was addressed most: 7 of the 21 statements, by Iran, Russia and Outlet (unnamed).' },
		{ name: 'empty', got: () => busiestLink(index, []), expected: 'No statement matches the filters.' }
	])('$name', ({ got, expected }) => {
		expect(got()).toBe(expected);
	});

	it('writes the lede from counts: statements (a call among them), the parties that speak, those addressed', () => {
		expect(lede(d, index, all)).toBe(
			'A report datelined Tehran, 6 November 2021, carries 21 statements; 3 parties speak in them, and 15 name a recipient (7 parties in all). ' +
				'Iran is an actor in 15 of the 21 statements; the most common kind was requests or demands (6), 2 of them to United States.'
		);
	});

	it('counts as speakers only parties whose words are reported: not the United States for its sanctions, nor the EU for the agreement Baqeri tweets', () => {
		expect([...speakersOf(index, all)].sort()).toEqual(['IRN', 'OUTLET', 'RUS']);
	});

	it('says a report with no dateline is “of” its date, never “datelined ,”', () => {
		expect(reportOf({ dateline: '', published: '2021-11-06' })).toBe('A report of 6 November 2021');
		expect(reportOf({ dateline: 'TEHRAN', published: '2021-11-06' })).toBe('A report datelined Tehran, 6 November 2021,');
	});
});

/** Any subset of the seed's statements, in the seed's order: what a combination of filters can leave. */
const subsets = fc.subarray(all, { minLength: 1 });
const count = (pattern: RegExp, text: string) => Number(pattern.exec(text)?.[1]);

/** Recomputed: the parties listed most often (once per statement), the count, and how a sentence words that share. */
function leadersOf(statements: readonly Statement[], parties: (s: Statement) => string[]) {
	const tally = new Map<string, number>();
	for (const s of statements) for (const id of new Set(parties(s))) tally.set(id, (tally.get(id) ?? 0) + 1);
	const most = Math.max(...tally.values());
	const tied = [...tally].filter(([, n]) => n === most);
	const share = most === statements.length ? (most === 1 ? 'the only statement' : `all ${most} statements`) : `${most} of the ${statements.length} statement`;
	return { most, tied, share };
}

describe('every figure of a sentence is recomputed from the statements in view (property)', () => {
	it('the speaking parties, read from one statement per case, are every statement’s, in first-seen order', () => {
		const bySpeaking = (statements: readonly Statement[]) => [...new Set(statements.flatMap((s) => speakingPartiesOf(index, s)))];
		fc.assert(
			fc.property(fc.shuffledSubarray(all), (statements) => {
				expect([...speakersOf(index, statements)]).toEqual(bySpeaking(statements));
			}),
			{ numRuns: 200 }
		);
		const large = generateDataset({ actors: 30, statements: 2_000, seed: 4 });
		const largeIndex = indexDataset(large);
		expect([...speakersOf(largeIndex, large.statements)]).toEqual([...new Set(large.statements.flatMap((s) => speakingPartiesOf(largeIndex, s)))]);
	});

	it('the lede: statements, speaking parties, statements with a recipient, parties addressed', () => {
		fc.assert(
			fc.property(subsets, (statements) => {
				const text = lede(d, index, statements);
				expect(count(/carries (\d+) statements?/, text)).toBe(statements.length);
				const speakers = speakersOf(index, statements).size;
				if (speakers) expect(count(/; (\d+) part(?:y|ies) speaks?/, text)).toBe(speakers);
				const addressed = statements.filter((s) => s.recipients.length);
				const parties = new Set(addressed.flatMap((s) => s.recipients)).size;
				if (addressed.length && addressed.length < statements.length) expect(count(/, and (\d+) names? a recipient/, text)).toBe(addressed.length);
				if (addressed.length) expect(count(/\((\d+) part(?:y|ies) in all\)/, text)).toBe(parties);
				else expect(text).toContain('none names a recipient');
			}),
			{ numRuns: 200 }
		);
	});

	it('who is an actor most: the count, and a tie is named as a tie', () => {
		fc.assert(
			fc.property(subsets, (statements) => {
				const text = whoSpokeMost(index, statements);
				const { tied, share } = leadersOf(statements, (s) => s.actors);
				expect(text).toContain(share);
				if (tied.length > 1) expect(text).toContain('are tied');
				else expect(text.startsWith(`${index.actors.get(tied[0][0])!.name} is an actor in`)).toBe(true);
			}),
			{ numRuns: 200 }
		);
	});

	it('attribution: each voice counted', () => {
		fc.assert(
			fc.property(subsets, (statements) => {
				const text = howAttributed(statements);
				const of = (a: string) => statements.filter((s) => s.attribution === a).length;
				expect(count(/^(\d+) statements?/, text)).toBe(statements.length);
				expect(count(/(\d+) direct quotes?/, text)).toBe(of('quote'));
				expect(count(/(\d+) in reported speech/, text)).toBe(of('paraphrase'));
				expect(count(/(\d+) in the outlet’s own voice/, text)).toBe(of('outlet'));
			}),
			{ numRuns: 200 }
		);
	});

	it('the busiest link: the number of links and the heaviest link’s statements; ties named', () => {
		fc.assert(
			fc.property(subsets, (statements) => {
				const text = busiestLink(index, statements);
				const pairs = new Map<string, number>();
				for (const s of statements) for (const p of statementPairRows(s)) if (p.kind === 'directed') pairs.set(`${p.actor}>${p.recipient}`, (pairs.get(`${p.actor}>${p.recipient}`) ?? 0) + 1);
				if (!pairs.size) {
					expect(text).toContain('none addressed to another party');
					return;
				}
				const most = Math.max(...pairs.values());
				expect(count(/busiest of (\d+) links?/, text)).toBe(pairs.size);
				expect(count(/with (\d+) statements?/, text)).toBe(most);
				expect(text.includes(' are ')).toBe([...pairs.values()].filter((n) => n === most).length > 1);
			}),
			{ numRuns: 200 }
		);
	});

	it('the most addressed: its count, or a tie', () => {
		fc.assert(
			fc.property(subsets, (statements) => {
				const text = mostAddressed(index, statements);
				if (!statements.some((s) => s.recipients.length)) {
					expect(text).toContain('none addressed');
					return;
				}
				const { tied, share } = leadersOf(statements, (s) => s.recipients);
				expect(text.includes('are tied')).toBe(tied.length > 1);
				expect(text).toContain(share);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('a dataset with no statements says so, instead of blaming the filters', () => {
	const empty = { ...d, statements: [] };
	const emptyIndex = indexDataset(empty);
	it.each(TAKEAWAYS)('%s takeaway', (_, takeaway) => {
		expect(takeaway({ dataset: empty, index: emptyIndex, statements: [] })).toBe('This dataset has no statements.');
		// Filters that leave nothing of a dataset that has statements still say so.
		expect(takeaway({ dataset: d, index, statements: [] })).toBe('No statement matches the filters.');
	});
	it('the lede', () => {
		expect(lede(empty, emptyIndex, [])).toBe('This dataset has no statements.');
		expect(lede(d, index, [])).toBe('No statement matches the filters.');
	});
});
