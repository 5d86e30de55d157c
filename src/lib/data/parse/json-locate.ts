/**
 * Where things are in a JSON text, read with jsonc-parser (the scanner VS Code uses): where the text
 * first goes wrong, and what was expected there (engines word JSON.parse errors differently and often
 * without a position), and on which line each value starts, by path ("statements[3].recipients[0]", the
 * path format of schema.ts), so an issue found in the parsed value can name its line. JSON.parse decides
 * whether a text is JSON; this only places what it found.
 */
import { visit, type JSONPath } from 'jsonc-parser';

export interface JsonSyntaxError {
	offset: number;
	/** 1-based, as an editor counts. */
	line: number;
	column: number;
	expected: string;
}

const VALUE = 'a value: a string, number, object, array, true, false or null';

/** jsonc-parser's ParseErrorCode (a const enum, not importable as a value), worded for the reader. */
const EXPECTED: Record<number, string> = {
	1: VALUE,
	2: 'a number such as 12 or 1.5',
	3: 'a field name in double quotes',
	4: VALUE,
	5: 'a colon after the field name',
	6: 'a comma, or the closing } or ]',
	7: '}',
	8: ']',
	9: 'the end of the text (there is more after the JSON value)',
	10: 'no comment (JSON has none)',
	11: 'the end of the comment',
	12: 'a closing quote " (a line break inside a string must be written \\n)',
	13: 'a digit',
	14: '\\u and four hex digits',
	15: 'an escape such as \\" or \\n',
	16: 'a closed string (a control character inside a string must be escaped)'
};

/** The first place a text JSON.parse refused goes wrong; null if the scanner finds nothing (JSON.parse is stricter on white space). */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
	let found: JsonSyntaxError | null = null;
	/** The containers open at the scanner's place: true for an object. */
	const open: boolean[] = [];
	visit(
		text,
		{
			onObjectBegin: () => void open.push(true),
			onArrayBegin: () => void open.push(false),
			onObjectEnd: () => void open.pop(),
			onArrayEnd: () => void open.pop(),
			onError(code, offset, _length, line, character) {
				if (found) return;
				let expected = EXPECTED[code] ?? 'JSON';
				const before = /\S?(?=\s*$)/.exec(text.slice(Math.max(0, offset - 200), offset))?.[0];
				if (offset >= text.length) expected = code === 7 || code === 8 ? `${expected} (the text ends too early)` : 'more JSON (the text ends too early)';
				else if (code <= 4 && before === ',' && /^[}\]]/.test(text.slice(offset))) expected = 'another value (a trailing comma is not allowed)';
				// A word where a field name goes ({ sources: … }): the scanner calls it only an unknown symbol.
				else if (code <= 4 && open.at(-1) && (before === '{' || before === ',')) expected = EXPECTED[3];
				found = { offset, line: line + 1, column: character + 1, expected };
			}
		},
		{ disallowComments: true, allowTrailingComma: false }
	);
	return found;
}

/** A path as schema.ts writes it: ["a", 1, "b"] → "a[1].b". */
export function pathString(path: JSONPath): string {
	let out = '';
	for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
	return out;
}

/** A path and every path above it: "a[1].b" → "", "a", "a[1]", "a[1].b". */
function withAncestors(path: string): string[] {
	const out = [''];
	for (let k = 1; k < path.length; k++) if (path[k] === '.' || path[k] === '[') out.push(path.slice(0, k));
	if (path) out.push(path);
	return out;
}

/**
 * The line each value of a valid JSON text starts on, keyed by path: every value, or only the `wanted`
 * paths and the paths above them (the scanner then makes no call for anything inside every other object
 * and array, which for a file of megabytes with a few issues to place is most of it).
 */
export function jsonValueLines(text: string, wanted?: Iterable<string>): Map<string, number> {
	const lines = new Map<string, number>();
	const keep = wanted ? new Set([...wanted].flatMap(withAncestors)) : null;
	const enter = (_offset: number, _length: number, line: number, _character: number, at: () => JSONPath) => {
		const path = pathString(at());
		if (keep && !keep.has(path)) return false;
		lines.set(path, line + 1);
	};
	visit(text, {
		onObjectBegin: enter,
		onArrayBegin: enter,
		// (jsonc-parser ends a skip only through these: without them, everything after a skipped value is skipped too.)
		onObjectEnd: () => {},
		onArrayEnd: () => {},
		onLiteralValue: (_value, offset, length, line, character, at) => void enter(offset, length, line, character, at)
	});
	return lines;
}

/** The line of a path, or of its nearest parent that exists in the text (a missing field). */
export function lineOfPath(lines: Map<string, number>, path: string): number {
	let p = path;
	for (;;) {
		const line = lines.get(p);
		if (line !== undefined) return line;
		if (!p) return 1;
		const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
		p = cut > 0 ? p.slice(0, cut) : '';
	}
}
