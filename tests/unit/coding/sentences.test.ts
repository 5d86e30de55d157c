import { describe, expect, it } from 'vitest';
import { narrowSpan, piecesOf, spanOfSentences, splitSentences } from '../../../src/lib/coding/sentences';

describe('splitSentences', () => {
	const rows = [
		{ text: 'One. Two!  Three?', expected: ['One.', 'Two!', 'Three?'] },
		{ text: '  Leading space. Then 🇮🇷 flag — and “quotes.” Last', expected: ['Leading space.', 'Then 🇮🇷 flag — and “quotes.”', 'Last'] },
		{ text: 'Mr. Lavrov said so.\n\nNew paragraph.', expected: ['Mr. Lavrov said so.', 'New paragraph.'] },
		{ text: 'Dr. Smith met Gen. Milley in St. Petersburg. Next.', expected: ['Dr. Smith met Gen. Milley in St. Petersburg.', 'Next.'] },
		{ text: 'The U.S. sanctions hurt. Next.', expected: ['The U.S. sanctions hurt.', 'Next.'] },
		{ text: '   ', expected: [] }
	];
	it.each(rows)('$text', ({ text, expected }) => {
		const got = splitSentences(text);
		expect(got.map((s) => s.text)).toEqual(expected);
		// Every span is in UTF-16 units: slicing the text gives the sentence back.
		for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
		expect(got.map((s) => s.index)).toEqual(expected.map((_, i) => i));
	});

	it('spans two sentences in either order, and narrows a mouse selection to its words', () => {
		const text = 'Alpha beta. Gamma delta.';
		const s = splitSentences(text);
		expect(spanOfSentences(s, 1, 0)).toEqual({ start: 0, end: text.length });
		expect(narrowSpan(text, s[1], s[1].start - 3, s[1].start + 6)).toEqual({ start: s[1].start, end: s[1].start + 5 });
		expect(narrowSpan(text, s[1], 11, 12)).toBeNull();
	});
});

describe('piecesOf', () => {
	it('cuts a sentence at overlapping spans and lists who covers each piece', () => {
		const text = 'abcdefghij';
		const pieces = piecesOf(text, { start: 0, end: 10 }, [
			{ id: 'a', span: { start: 2, end: 6 } },
			{ id: 'b', span: { start: 4, end: 12 } },
			{ id: 'c', span: { start: 20, end: 25 } }
		]);
		expect(pieces.map((p) => [p.text, p.statementIds])).toEqual([
			['ab', []],
			['cd', ['a']],
			['ef', ['a', 'b']],
			['ghij', ['b']]
		]);
	});
});
