import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, validateDataset } from '$lib/data/schema';
import { seedDataset } from '$lib/data/seed/dataset';
import type { Dataset } from '$lib/data/types';

const clone = (): Dataset => structuredClone(seedDataset);
const FUTURE = new Date('2030-01-01');

describe('validateDataset: bad fields are named by their path', () => {
	const cases: { name: string; mutate: (d: Dataset) => void; path: string; message: RegExp }[] = [
		{ name: 'unknown recipient', mutate: (d) => (d.statements[3].recipients[0] = 'IRNN'), path: 'statements[3].recipients[0]', message: /"IRNN" is not a known actor/ },
		{ name: 'quote differs from span', mutate: (d) => (d.statements[5].quote += ' extra'), path: 'statements[5].quote', message: /does not match the source text/ },
		{ name: 'span beyond the text', mutate: (d) => (d.statements[0].span.end = 99999), path: 'statements[0].span', message: /not inside the source text/ },
		{ name: 'not a PLOVER type', mutate: (d) => ((d.statements[2] as { event: string }).event = 'PRAISE'), path: 'statements[2].event', message: /PLOVER event types/ },
		{ name: 'impossible date', mutate: (d) => (d.statements[1].date = '2021-02-30'), path: 'statements[1].date', message: /real calendar date/ },
		{ name: 'date in another format', mutate: (d) => (d.events[0].date = '06/11/2021'), path: 'events[0].date', message: /YYYY-MM-DD/ },
		{ name: 'duplicate id', mutate: (d) => (d.actors[1].id = d.actors[0].id), path: 'actors[1].id', message: /duplicate id "IRN"/ },
		{ name: 'speaker of another actor', mutate: (d) => (d.statements[2].speaker = 'lavrov'), path: 'statements[2].speaker', message: /speaks for "RUS"/ },
		{ name: 'missing field', mutate: (d) => delete (d.statements[4] as Partial<Dataset['statements'][number]>).summary, path: 'statements[4].summary', message: /required field is missing/ },
		{ name: 'unknown group member', mutate: (d) => d.actors[5].members!.push('XXX'), path: 'actors[5].members[5]', message: /not a known actor/ },
		{ name: 'wrong schema version', mutate: (d) => ((d as { schemaVersion: number }).schemaVersion = 2), path: 'schemaVersion', message: /schemaVersion 1/ }
	];
	it.each(cases)('$name → $path', ({ mutate, path, message }) => {
		const d = clone();
		mutate(d);
		const result = validateDataset(d, FUTURE);
		expect(result.ok).toBe(false);
		const issue = result.errors.find((e) => e.path === path);
		expect(issue, JSON.stringify(result.errors)).toBeDefined();
		expect(issue!.message).toMatch(message);
	});

	it('warns, without refusing, about a date in the future', () => {
		const d = clone();
		d.statements[0].date = '2099-01-01';
		const result = validateDataset(d, new Date('2026-11-27'));
		expect(result.ok).toBe(true);
		expect(result.warnings.map((w) => w.path)).toContain('statements[0].date');
	});

	it('warns about an actor the map cannot place, but not about a seatless group it outlines by its member states', () => {
		const d = clone();
		const at = (id: string) => d.actors.findIndex((a) => a.id === id);
		delete d.actors[at('RUS')].anchor;
		d.actors.push({ id: 'G-ORG', name: 'A group of organisations', kind: 'group', members: ['EU', 'IAEA'] });
		const paths = validateDataset(d, new Date('2026-11-27')).warnings.map((w) => w.path);
		expect(paths).toContain(`actors[${at('RUS')}].anchor`);
		expect(paths).toContain(`actors[${at('G-ORG')}].anchor`);
		expect(paths).not.toContain(`actors[${at('3+3')}].anchor`);
	});

	it('formats paths like statements[3].recipients[0]', () => {
		expect(formatPath([{ key: 'statements' }, { key: 3 }, { key: 'recipients' }, { key: 0 }])).toBe('statements[3].recipients[0]');
		expect(formatPath([])).toBe('');
	});
});

/** Paths into the seed dataset that hold a string, a number, an array or an object. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
	if (value === null || typeof value !== 'object') return [path];
	const out: (string | number)[][] = path.length ? [path] : [];
	for (const [k, v] of Object.entries(value)) out.push(...leafPaths(v, [...path, Array.isArray(value) ? Number(k) : k]));
	return out;
}
const PATHS = leafPaths(seedDataset).filter((p) => !(p.includes('text') && p[0] === 'sources'));

function showPath(path: (string | number)[]): string {
	return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
}

describe('validateDataset under random mutation (fast-check)', () => {
	const junk = fc.oneof(
		fc.constant(null),
		fc.constant(undefined),
		fc.integer(),
		fc.double(),
		fc.string(),
		fc.boolean(),
		fc.array(fc.string(), { maxLength: 3 }),
		fc.object({ maxDepth: 1 })
	);

	it('never throws, and when it refuses a mutated dataset an error names the mutated path or one inside it', () => {
		fc.assert(
			fc.property(fc.constantFrom(...PATHS), junk, (path, value) => {
				const d = clone() as unknown as Record<string, unknown>;
				let parent: Record<string | number, unknown> = d;
				for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
				const last = path[path.length - 1];
				const before = parent[last];
				parent[last] = value;
				const result = validateDataset(d);
				if (result.ok) return true; // e.g. a string replaced by another valid string
				// An error names the mutated field, or another field of the same record (a span and its
				// quote are checked together) — or, when an id changed, the references to the old id.
				const record = showPath(path.slice(0, 2));
				const named = result.errors.some((e) => e.path === record || e.path.startsWith(record + '.') || e.path.startsWith(record + '['));
				const idChanged = last === 'id' || (path[2] === 'id' && typeof before === 'string');
				const wholeCollection = path.length === 1;
				return named || ((idChanged || wholeCollection) && result.errors.length > 0);
			}),
			{ numRuns: 1000 }
		);
	});

	it('never throws on arbitrary JSON values', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const result = validateDataset(value);
				expect(result.ok).toBe(false);
				expect(result.errors.length).toBeGreaterThan(0);
				for (const e of result.errors) expect(typeof e.message).toBe('string');
			}),
			{ numRuns: 300 }
		);
	});
});

describe('validateDataset: something that is not a dataset object gets one error', () => {
	const EXPECTED = 'an object with schemaVersion, sources, actors, people, topics, events and statements';
	it.each([
		{ input: [1, 2, 3], found: 'an array (3 items)' },
		{ input: [], found: 'an array (0 items)' },
		{ input: null, found: 'null' },
		{ input: 'dataset', found: 'a string' },
		{ input: 42, found: 'the number 42' }
	])('$found', ({ input, found }) => {
		const result = validateDataset(input);
		expect(result.errors).toEqual([{ path: '', message: `the file: expected ${EXPECTED}, found ${found}`, expected: EXPECTED, received: found }]);
	});
});
