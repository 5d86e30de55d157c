/** Split a source text at statement span boundaries, so a reader can mark each span. */
import type { Statement } from '$lib/data/types';

export interface TextSegment {
	start: number;
	end: number;
	text: string;
	/** Statements whose span covers this segment (empty for plain text). */
	statementIds: string[];
}

export function segmentText(text: string, statements: readonly Pick<Statement, 'id' | 'span'>[]): TextSegment[] {
	const cuts = new Set([0, text.length]);
	for (const s of statements) {
		cuts.add(Math.max(0, Math.min(text.length, s.span.start)));
		cuts.add(Math.max(0, Math.min(text.length, s.span.end)));
	}
	const points = [...cuts].sort((a, b) => a - b);
	const segments: TextSegment[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const start = points[i];
		const end = points[i + 1];
		if (start === end) continue;
		const statementIds = statements.filter((s) => s.span.start <= start && s.span.end >= end).map((s) => s.id);
		segments.push({ start, end, text: text.slice(start, end), statementIds });
	}
	return segments;
}

/** The element id of a statement's first highlight in the source reader. */
export function sourceAnchorId(statementId: string): string {
	return `source-${statementId}`;
}
