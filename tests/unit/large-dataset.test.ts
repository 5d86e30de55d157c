/**
 * A large dataset on its way to the page: its statements cross from the reader in chunks and come back
 * whole and in order; the Dashboard takes it in a part at a time; the source reader's stretch holds whole
 * statements. A dataset that is not large is shown at once, as before.
 */
import { describe, expect, it } from 'vitest';
import { largeDataset } from '../../scripts/generate-large-dataset';
import { firstStretch } from '$lib/charts/source/segments';
import { isLargeDataset, LARGE_DATASET_STATEMENTS } from '$lib/data/large';
import { seedDataset } from '$lib/data/seed/dataset';
import type { Statement } from '$lib/data/types';
import { Dashboard } from '$lib/state/dashboard.svelte';
import { textSlice } from '$lib/data/source-text';
import { sendableSources, SourceAssembly, StatementAssembly, statementChunks } from '$lib/state/statement-chunks';

const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}` }) as Statement);

describe('statements cross in chunks', () => {
	it.each([
		{ n: 0, size: 5, sizes: [] },
		{ n: 3, size: 5, sizes: [3] },
		{ n: 5, size: 5, sizes: [5] },
		{ n: 12, size: 5, sizes: [5, 5, 2] }
	])('$n statements in chunks of $size: $sizes', ({ n, size, sizes }) => {
		const statements = ids(n);
		const chunks = statementChunks(statements, size);
		expect(chunks.map((c) => c.length)).toEqual(sizes);
		const assembly = new StatementAssembly();
		for (const chunk of chunks) assembly.add(chunk);
		expect(assembly.finish(n)?.map((s) => s.id)).toEqual(statements.map((s) => s.id));
	});

	it('a chunk missing: the assembly has nothing to give (the page says the file could not be read)', () => {
		const assembly = new StatementAssembly();
		const [first] = statementChunks(ids(12), 5);
		assembly.add(first);
		expect(assembly.finish(12)).toBeNull();
	});
});

describe('a long source text crosses in pieces', () => {
	const text = 'abcdefghij'.repeat(7) + 'é😀z';
	const sources = [
		{ ...seedDataset.sources[0], text: 'short' },
		{ ...seedDataset.sources[0], id: 'long', text }
	];

	it('a short text crosses with its source, a long one in pieces after it, and they give the same text back', () => {
		const { sources: heads, pieces } = sendableSources(sources, 8);
		expect(heads.map((s) => s.text)).toEqual(['short', '']);
		expect(pieces.map((p) => p.index)).toEqual(Array(Math.ceil(text.length / 8)).fill(1));
		expect(sources[1].text).toBe(text);
		const assembly = new SourceAssembly();
		assembly.start(structuredClone(heads));
		for (const p of structuredClone(pieces)) assembly.addText(p.index, p.text);
		expect(assembly.sources?.map((s) => s.text)).toEqual(['short', text]);
	});

	it('any stretch of a text read from its pieces is the stretch of the whole text', () => {
		const { sources: heads, pieces } = sendableSources(sources, 8);
		const assembly = new SourceAssembly();
		assembly.start(heads);
		for (const p of pieces) assembly.addText(p.index, p.text);
		const [short, long] = assembly.sources!;
		for (let start = 0; start <= text.length + 1; start++)
			for (let end = start; end <= text.length + 2; end++) {
				expect(textSlice(long, start, end)).toBe(text.slice(start, end));
				expect(textSlice(short, start, end)).toBe('short'.slice(start, end));
			}
	});
});

describe('the source reader’s stretch of a large text', () => {
	const spans = (list: [number, number][]) => list.map(([start, end], i) => ({ id: `s${i}`, span: { start, end } }));
	it.each([
		{ name: 'in order', list: [[0, 5], [6, 9], [10, 20]] as [number, number][], marks: 2, expected: ['s0', 's1'], end: 9 },
		{ name: 'out of order in the data', list: [[10, 20], [0, 5], [6, 9]] as [number, number][], marks: 2, expected: ['s1', 's2'], end: 9 },
		{ name: 'a nested clause inside the stretch comes along', list: [[0, 10], [2, 4], [12, 15]] as [number, number][], marks: 1, expected: ['s0', 's1'], end: 10 },
		{ name: 'a span running past the stretch is left out', list: [[0, 5], [3, 12], [6, 8]] as [number, number][], marks: 1, expected: ['s0'], end: 5 },
		{ name: 'fewer statements than marks', list: [[0, 5]] as [number, number][], marks: 300, expected: ['s0'], end: 5 }
	])('$name', ({ list, marks, expected, end }) => {
		const stretch = firstStretch(spans(list), marks);
		expect(stretch.statements.map((s) => s.id)).toEqual(expected);
		expect(stretch.end).toBe(end);
	});
});

describe('the Dashboard takes a large dataset in a part at a time', () => {
	it(`above ${LARGE_DATASET_STATEMENTS} statements, parts show it one by one, in the order they asked; then all do`, async () => {
		const dash = new Dashboard(seedDataset, { sourceHref: (id) => `#${id}` });
		expect(dash.shows('cell:map')).toBe(true);
		const large = largeDataset(LARGE_DATASET_STATEMENTS + 1);
		expect(isLargeDataset(large.statements.length)).toBe(true);
		dash.replaceDataset(large, 'large.json');
		expect(dash.large).toBe(true);
		expect(dash.adopting).toBe(true);
		// Parts ask while it is taken in (as a cell's template does), and wait for their turn.
		const parts = ['facts', 'cell:map', 'cell:table'];
		const order: string[] = [];
		expect(parts.map((p) => dash.shows(p))).toEqual([false, false, false]);
		const shownPerTask: number[] = [];
		while (dash.adopting) {
			await new Promise((next) => setTimeout(next, 0));
			for (const p of parts) if (!order.includes(p) && dash.shows(p)) order.push(p);
			shownPerTask.push(order.length);
		}
		expect(order).toEqual(parts);
		// One more part per task at most.
		expect(shownPerTask.every((n, i) => n - (shownPerTask[i - 1] ?? 0) <= 1)).toBe(true);
		expect(dash.statements).toHaveLength(large.statements.length);
	});

	it('a dataset that is not large shows at once, and replaces a large one still being taken in', () => {
		const dash = new Dashboard(seedDataset, { sourceHref: (id) => `#${id}` });
		dash.replaceDataset(largeDataset(LARGE_DATASET_STATEMENTS + 1), 'large.json');
		expect(dash.shows('cell:map')).toBe(false);
		dash.replaceDataset(seedDataset, '');
		expect(dash.large).toBe(false);
		expect(dash.adopting).toBe(false);
		expect(dash.shows('cell:map')).toBe(true);
	});
});
