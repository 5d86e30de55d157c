/** Split a source text at statement span boundaries, so a reader can mark each span. */
import type { Statement } from '$lib/data/types';

export interface TextSegment {
	start: number;
	end: number;
	text: string;
	/** Statements whose span covers this segment, innermost first (empty for plain text). */
	statementIds: string[];
}

export function segmentText(text: string, statements: readonly Pick<Statement, 'id' | 'span'>[]): TextSegment[] {
	const cuts = new Set([0, text.length]);
	for (const s of statements) {
		cuts.add(Math.max(0, Math.min(text.length, s.span.start)));
		cuts.add(Math.max(0, Math.min(text.length, s.span.end)));
	}
	const points = [...cuts].sort((a, b) => a - b);
	// A sweep over the statements sorted by start: each segment looks only at the spans open over it.
	const byStart = statements.map((_, i) => i).sort((a, b) => statements[a].span.start - statements[b].span.start);
	let next = 0;
	let open: number[] = [];
	const segments: TextSegment[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const start = points[i];
		const end = points[i + 1];
		if (start === end) continue;
		let added = false;
		while (next < byStart.length && statements[byStart[next]].span.start <= start) {
			open.push(byStart[next++]);
			added = true;
		}
		// A span that ends before this segment ends also ends before every later one: drop it for good.
		open = open.filter((k) => statements[k].span.end >= end);
		// Innermost first (the latest start), so a clause coded inside a longer span (a nested quote) is the
		// one its words mark; spans that start together keep the data's order.
		if (added) open.sort((a, b) => statements[b].span.start - statements[a].span.start || a - b);
		segments.push({ start, end, text: text.slice(start, end), statementIds: open.map((k) => statements[k].id) });
	}
	return segments;
}

/**
 * How many segments to render so that the first `marks` coded statements show, and the selected
 * statement (if any) shows whole wherever it is: the rest of a long text waits for "Show all".
 */
export function segmentLimit(segments: readonly TextSegment[], marks: number, selectedId: string | null = null): number {
	const seen = new Set<string>();
	let limit = segments.length;
	for (let i = 0; i < segments.length; i++) {
		for (const id of segments[i].statementIds) seen.add(id);
		if (seen.size > marks) {
			limit = i;
			break;
		}
	}
	if (selectedId) for (let i = segments.length - 1; i >= limit; i--) if (segments[i].statementIds.includes(selectedId)) return i + 1;
	return limit;
}


/**
 * The first `marks` statements in the text's order, and where the text can stop so that each shows whole:
 * for a large dataset the reader shows this stretch of the text on demand, not all of it.
 */
export function firstStretch<S extends Pick<Statement, 'span'>>(statements: readonly S[], marks: number): { statements: S[]; end: number } {
	const first = [...statements].sort((a, b) => a.span.start - b.span.start).slice(0, marks);
	let end = 0;
	for (const s of first) end = Math.max(end, s.span.end);
	// A span that starts inside the stretch but ends past it is left out, so the stretch holds whole statements.
	return { statements: statements.filter((s) => s.span.start < end && s.span.end <= end), end };
}

/**
 * About `marks` statements in the text's order around the one asked for (a "Show in source" past the first
 * stretch of a large dataset), and the stretch of text that holds them whole: from `start` to `end`.
 * `ordered` is the statements sorted by where they start (byTextOrder). Null if the statement is not there.
 */
export function stretchAround<S extends Pick<Statement, 'id' | 'span'>>(
	ordered: readonly S[],
	id: string,
	marks: number
): { statements: S[]; start: number; end: number } | null {
	const at = ordered.findIndex((s) => s.id === id);
	if (at < 0) return null;
	const from = Math.max(0, Math.min(at - Math.floor(marks / 2), ordered.length - marks));
	let start = Infinity, end = 0;
	for (let i = from; i < Math.min(ordered.length, from + marks); i++) {
		start = Math.min(start, ordered[i].span.start);
		end = Math.max(end, ordered[i].span.end);
	}
	// Only whole statements: one that begins before the stretch or ends after it is left out.
	return { statements: ordered.filter((s) => s.span.start >= start && s.span.end <= end), start, end };
}

/** Statements in the order they start in the text (a copy; the list itself is left as it is). */
export function byTextOrder<S extends Pick<Statement, 'span'>>(statements: readonly S[]): S[] {
	return [...statements].sort((a, b) => a.span.start - b.span.start);
}
