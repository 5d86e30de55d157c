/**
 * A coder who edits a source text or miscounts offsets leaves a span that no longer covers its quote.
 * When the quote is still in its source text, the span is moved to it (the occurrence nearest the old
 * start) and a warning says so; a quote found nowhere stays an error of the validator.
 * Works on unvalidated input: anything of the wrong shape is left alone for the validator to report.
 */
import type { ValidationIssue } from '../schema';

type Loose = Record<string, unknown>;
const isObject = (x: unknown): x is Loose => typeof x === 'object' && x !== null && !Array.isArray(x);

export function repairSpans(input: unknown): { output: unknown; warnings: ValidationIssue[] } {
	const warnings: ValidationIssue[] = [];
	if (!isObject(input) || !Array.isArray(input.statements) || !Array.isArray(input.sources)) return { output: input, warnings };
	const texts = new Map<unknown, string>();
	for (const s of input.sources) if (isObject(s) && typeof s.text === 'string') texts.set(s.id, s.text);
	let statements: unknown[] | undefined;
	input.statements.forEach((s, i) => {
		if (!isObject(s) || typeof s.quote !== 'string' || !s.quote || !isObject(s.span)) return;
		const text = texts.get(s.source);
		const { start, end } = s.span;
		if (text === undefined || typeof start !== 'number' || typeof end !== 'number') return;
		if (text.slice(start, end) === s.quote) return;
		let best = -1;
		for (let at = text.indexOf(s.quote); at >= 0; at = text.indexOf(s.quote, at + 1)) {
			if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) best = at;
		}
		if (best < 0) return;
		statements ??= [...(input.statements as unknown[])];
		const span = { start: best, end: best + s.quote.length };
		statements[i] = { ...s, span };
		const path = `statements[${i}].span`;
		warnings.push({
			path,
			message: `${path}: the quote is not at ${start}–${end} of its source text but at ${span.start}–${span.end}; the span was corrected`,
			expected: `${span.start}–${span.end}`,
			received: `${start}–${end}`
		});
	});
	return { output: statements ? { ...input, statements } : input, warnings };
}
