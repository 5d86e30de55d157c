import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '$lib/data/generate';
import { seedDataset } from '$lib/data/seed/dataset';
import type { Statement } from '$lib/data/types';
import { packStatements, StatementUnpacker } from '$lib/state/packed-statements';
import { sendableChunk, sendableSources, SourceAssembly, sourceTextsOf, StatementAssembly, statementChunks } from '$lib/state/statement-chunks';

/** What the page gets: each chunk as the worker would send it, through a structured clone (the message's copy). */
function crossed(statements: readonly Statement[], size = 5): Statement[] | null {
	const assembly = new StatementAssembly();
	for (const part of statementChunks(statements, size)) assembly.add(structuredClone(sendableChunk(part).chunk));
	return assembly.finish(statements.length);
}

/** The keys of each statement in order, and its values: what must arrive exactly as it left. */
const exact = (list: readonly Statement[]) => list.map((s) => Object.entries(s).map(([k, v]) => [k, k === 'span' ? Object.entries(v) : v]));

describe('statements packed to cross to the page', () => {
	it('the built-in and a generated dataset arrive with the same keys, in the same order, and values', () => {
		for (const statements of [seedDataset.statements, generateDataset({ actors: 30, statements: 500, seed: 3 }).statements]) {
			expect(packStatements(statements)).not.toBeNull();
			const got = crossed(statements)!;
			expect(got).toEqual(statements);
			expect(exact(got)).toEqual(exact(statements));
		}
	});

	const id = fc.string({ minLength: 1, maxLength: 6 });
	const statement = fc.record(
		{
			id,
			date: fc.constantFrom('2021-01-01', '2021-01-02'),
			source: fc.constantFrom('a', 'b'),
			span: fc.record({ start: fc.nat(100), end: fc.nat(100) }),
			quote: fc.string(),
			actors: fc.array(fc.constantFrom('IRN', 'RUS', 'a\u0000b', 'a', '\u0000b', '["x"]'), { maxLength: 3 }),
			recipients: fc.array(fc.constantFrom('USA', 'IRN'), { maxLength: 2 }),
			speaker: fc.option(fc.constantFrom('p1', 'p2'), { nil: undefined }),
			event: fc.constantFrom('AGREE', 'ACCUSE'),
			mode: fc.constantFrom('', 'x'),
			topics: fc.array(fc.constantFrom('t1', 't2')),
			attribution: fc.constantFrom('quote', 'paraphrase', 'outlet'),
			summary: fc.string(),
			occasion: fc.constantFrom('ev1', undefined)
		},
		{ requiredKeys: ['id', 'date', 'source', 'span', 'quote', 'actors', 'recipients', 'event', 'topics', 'attribution', 'summary'] }
	) as unknown as fc.Arbitrary<Statement>;

	it('any statements (optional keys there, absent or undefined; lists repeated or not) cross exactly (property)', () => {
		fc.assert(
			fc.property(fc.array(statement, { maxLength: 30 }), fc.integer({ min: 1, max: 7 }), (statements, size) => {
				const got = crossed(statements, size)!;
				expect(exact(got)).toEqual(exact(statements));
				for (let i = 0; i < got.length; i++) expect(Object.keys(got[i])).toEqual(Object.keys(statements[i]));
			}),
			{ numRuns: 200 }
		);
	});

	it('keys in another order (a dataset JSON written by hand) keep their order', () => {
		const [s] = seedDataset.statements;
		const reordered = Object.fromEntries(Object.entries(s).reverse()) as unknown as Statement;
		expect(Object.keys(reordered)[0]).not.toBe('id');
		expect(Object.keys(crossed([reordered])![0])).toEqual(Object.keys(reordered));
	});

	it.each([
		{ name: 'a key it does not know', change: { extra: 1 } },
		{ name: 'a span with more than start and end', change: { span: { start: 0, end: 1, note: 'x' } } },
		{ name: 'a list that is not of strings', change: { actors: [1] } },
		{ name: 'a value of another type', change: { date: 20210101 } }
	])('$name: the chunk is sent as it is, and arrives unchanged', ({ change }) => {
		const statements = [seedDataset.statements[0], { ...seedDataset.statements[1], ...change } as unknown as Statement];
		expect(packStatements(statements)).toBeNull();
		expect(sendableChunk(statements).transfer).toEqual([]);
		expect(crossed(statements)).toEqual(statements);
	});

	it('the repeated strings and lists are one each across chunks', () => {
		const statements = generateDataset({ actors: 5, statements: 50, seed: 1 }).statements;
		const got = crossed(statements, 10)!;
		const byKey = new Map<string, string[]>();
		for (const s of got) {
			const key = JSON.stringify(s.actors);
			expect(s.actors).toBe(byKey.get(key) ?? (byKey.set(key, s.actors), s.actors));
		}
		expect(byKey.size).toBeLessThan(got.length);
	});

	it('an unpacker reads packed and plain chunks into one list, in order', () => {
		const [a, b, c] = seedDataset.statements;
		const unpacker = new StatementUnpacker();
		unpacker.add(packStatements([a])!);
		unpacker.addPlain([b]);
		unpacker.add(packStatements([c])!);
		expect(unpacker.statements).toEqual([a, b, c]);
	});

	it("a quote its source holds crosses as its span only, and arrives read from the source (the same text)", () => {
		const { sources, statements } = seedDataset;
		const sourceAssembly = new SourceAssembly();
		sourceAssembly.start(structuredClone(sources));
		const assembly = new StatementAssembly(sourceAssembly.slice);
		const sent = statementChunks(statements, 4).map((part) => sendableChunk(part, sourceTextsOf(sources)).chunk);
		for (const chunk of sent) {
			expect(Array.isArray(chunk)).toBe(false);
			// No quote in the chunk's text: ids and summaries only.
			const { text } = chunk as Exclude<typeof chunk, unknown[]>;
			for (const s of statements) expect(text.includes(s.quote) && s.quote.length > 0).toBe(false);
		}
		for (const chunk of sent) assembly.add(structuredClone(chunk));
		const got = assembly.finish(statements.length)!;
		expect(exact(got)).toEqual(exact(statements));
	});

	it("a quote that is not its source's text at its span crosses in the chunk, as it is", () => {
		const [a, b] = seedDataset.statements;
		const changed = { ...b, quote: `${b.quote} (edited)` };
		const chunk = sendableChunk([a, changed], sourceTextsOf(seedDataset.sources)).chunk;
		expect((chunk as { text: string }).text).toContain(changed.quote);
		expect((chunk as { text: string }).text).not.toContain(a.quote);
		const sourceAssembly = new SourceAssembly();
		sourceAssembly.start(seedDataset.sources);
		const assembly = new StatementAssembly(sourceAssembly.slice);
		assembly.add(structuredClone(chunk));
		expect(exact(assembly.finish(2)!)).toEqual(exact([a, changed]));
	});

	it('a source text that came in pieces gives the same quotes', () => {
		const statements = generateDataset({ actors: 8, statements: 300, seed: 5 }).statements;
		const { sources } = generateDataset({ actors: 8, statements: 300, seed: 5 });
		const sent = sendableSources(sources, 97);
		const sourceAssembly = new SourceAssembly();
		sourceAssembly.start(structuredClone(sent.sources));
		for (const { index, text } of sent.pieces) sourceAssembly.addText(index, text);
		const assembly = new StatementAssembly(sourceAssembly.slice);
		for (const part of statementChunks(statements, 50)) assembly.add(structuredClone(sendableChunk(part, sourceTextsOf(sources)).chunk));
		expect(exact(assembly.finish(statements.length)!)).toEqual(exact(statements));
	});
});
