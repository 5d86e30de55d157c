/**
 * A long source text as it arrived from the background reader, in pieces (a CSV's source text is its quotes
 * joined: 66 MB at 1,000,000 rows). The source's `text` is the pieces appended, which V8 keeps as a rope
 * until something reads it whole; `textSlice` reads a stretch from the pieces that hold it, so showing a
 * statement's context or a stretch of the text never copies the whole text in one task (60–90 ms of the
 * page's thread at 66 MB). Pure; no DOM.
 */
import type { Source } from './types';

const piecesOf = new WeakMap<Source, string[]>();

/** Append a piece to a source's text and keep it; every piece but the last has the first's length. */
export function appendPiece(source: Source, piece: string): void {
	const pieces = piecesOf.get(source);
	if (pieces) pieces.push(piece);
	else piecesOf.set(source, [piece]);
	source.text += piece;
}

/** `source.text.slice(start, end)` (0 ≤ start ≤ end), read from the pieces when the text came in pieces. */
export function textSlice(source: Source, start: number, end: number): string {
	const pieces = piecesOf.get(source);
	if (!pieces) return source.text.slice(start, end);
	const size = pieces[0].length;
	end = Math.min(end, source.text.length);
	if (start >= end || size === 0) return '';
	const first = Math.floor(start / size), last = Math.floor((end - 1) / size);
	let out = '';
	for (let i = first; i <= last; i++) out += pieces[i].slice(Math.max(0, start - i * size), end - i * size);
	return out;
}
