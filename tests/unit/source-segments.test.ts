import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byTextOrder, segmentLimit, segmentText, stretchAround, type TextSegment } from '$lib/charts/source/segments';

/** The definition: cut at every span boundary, each piece lists the spans covering it, innermost (latest start) first, then in list order. */
function naive(text: string, statements: { id: string; span: { start: number; end: number } }[]): TextSegment[] {
	const points = [...new Set([0, text.length, ...statements.flatMap((s) => [s.span.start, s.span.end].map((v) => Math.max(0, Math.min(text.length, v))))])].sort((a, b) => a - b);
	const out: TextSegment[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const [start, end] = [points[i], points[i + 1]];
		out.push({ start, end, text: text.slice(start, end), statementIds: statements.map((s, k) => ({ s, k })).filter(({ s }) => s.span.start <= start && s.span.end >= end).sort((a, b) => b.s.span.start - a.s.span.start || a.k - b.k).map(({ s }) => s.id) });
	}
	return out;
}

describe('source text segments', () => {
	it('match the definition on random spans, overlapping and out of range included', () => {
		const span = fc.tuple(fc.integer({ min: -3, max: 45 }), fc.integer({ min: 0, max: 12 })).map(([start, len]) => ({ start, end: start + len }));
		fc.assert(
			fc.property(fc.array(span, { maxLength: 25 }), (spans) => {
				const text = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH';
				const statements = spans.map((s, i) => ({ id: `s${i}`, span: s }));
				expect(segmentText(text, statements)).toEqual(naive(text, statements));
			})
		);
	});

	it('marks a clause coded inside a longer span as the clause: Baqeri’s “unlawful & inhumane sanctions” inside his tweet', () => {
		const text = 'we agreed to start talks on removal of unlawful sanctions in Vienna';
		const tweet = { id: 'tweet', span: { start: 0, end: text.length } };
		const clause = { id: 'clause', span: { start: text.indexOf('unlawful'), end: text.indexOf(' in Vienna') } };
		const segs = segmentText(text, [tweet, clause]);
		expect(segs.map((s) => [s.text, s.statementIds[0]])).toEqual([
			['we agreed to start talks on removal of ', 'tweet'],
			['unlawful sanctions', 'clause'],
			[' in Vienna', 'tweet']
		]);
	});

	it('limit: the first N statements, extended to reach the selected one', () => {
		const text = 'x'.repeat(100);
		const statements = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, span: { start: i * 10, end: i * 10 + 5 } }));
		const segs = segmentText(text, statements);
		expect(segmentLimit(segs, 100)).toBe(segs.length);
		const three = segmentLimit(segs, 3);
		expect(new Set(segs.slice(0, three).flatMap((s) => s.statementIds))).toEqual(new Set(['s0', 's1', 's2']));
		const toS8 = segmentLimit(segs, 3, 's8');
		expect(segs.slice(0, toS8).flatMap((s) => s.statementIds)).toContain('s8');
		expect(segs.slice(0, toS8).flatMap((s) => s.statementIds)).not.toContain('s9');
	});
});

describe('the stretch around a statement (a large dataset’s "Show in source")', () => {
	const statements = Array.from({ length: 1_000 }, (_, i) => ({ id: `s${i}`, span: { start: i * 10, end: i * 10 + 8 } }));
	const ordered = byTextOrder([...statements].reverse());

	it.each([
		{ id: 's0', first: 's0' },
		{ id: 's500', first: 's350' },
		{ id: 's999', first: 's700' }
	])('$id: the 300 statements around it, whole, from $first', ({ id, first }) => {
		const near = stretchAround(ordered, id, 300)!;
		expect(near.statements.map((s) => s.id)).toContain(id);
		expect(near.statements.length).toBe(300);
		expect(near.statements[0].id).toBe(first);
		for (const s of near.statements) expect(s.span.start >= near.start && s.span.end <= near.end).toBe(true);
	});

	it('is null for a statement not in the text', () => {
		expect(stretchAround(ordered, 'nope', 300)).toBeNull();
	});
});
