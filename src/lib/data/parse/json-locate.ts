/**
 * Where each value of a JSON text starts, by path ("statements[3].recipients[0]", the path format of
 * schema.ts), so an issue found in the parsed value can name its line. Runs on text JSON.parse accepted.
 */

export interface TextPosition {
	line: number;
	column: number;
}

/** Line starts of a text: `positionAt` by binary search. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) starts.push(i + 1);
		else if (c === 13) {
			if (text.charCodeAt(i + 1) === 10) i++;
			starts.push(i + 1);
		}
	}
	return starts;
}

export function positionAt(starts: number[], offset: number): TextPosition {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** A path and every path above it: "a[1].b" → "", "a", "a[1]", "a[1].b". */
function withAncestors(path: string): string[] {
	const out = [''];
	for (let k = 1; k < path.length; k++) if (path[k] === '.' || path[k] === '[') out.push(path.slice(0, k));
	if (path) out.push(path);
	return out;
}

/**
 * Offsets of the values in a valid JSON text, keyed by path: every value, or only the `wanted` paths and
 * the paths above them (then the rest of the text is skipped over, which for a file of megabytes with a
 * few issues to place is most of it).
 */
export function jsonValueOffsets(text: string, wanted?: Iterable<string>): Map<string, number> {
	const offsets = new Map<string, number>();
	const keep = wanted ? new Set([...wanted].flatMap(withAncestors)) : null;
	let i = 0;
	const n = text.length;
	// Character codes, not one-character strings: this runs over every byte of files of megabytes.
	const space = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff;
	const ws = () => {
		while (i < n && space(text.charCodeAt(i))) i++;
	};
	/** Skip a string; decode it only when asked (object keys), and only when it holds an escape. */
	const str = (decode: boolean): string => {
		const start = i;
		let escaped = false;
		i++;
		for (;;) {
			if (i >= n) break;
			const c = text.charCodeAt(i);
			if (c === 34) break;
			if (c === 92) {
				escaped = true;
				i += 2;
			} else i++;
		}
		i++;
		if (!decode) return '';
		return escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
	};
	const endOfScalar = (c: number) => c === 44 || c === 93 || c === 125 || space(c);
	// An explicit stack, so deeply nested input cannot overflow the call stack.
	type Frame = { path: string; kind: 'object' | 'array'; index: number };
	const stack: Frame[] = [];
	const childPath = (frame: Frame | undefined, key: string | number) =>
		!frame ? '' : typeof key === 'number' ? `${frame.path}[${key}]` : frame.path ? `${frame.path}.${key}` : key;
	/** Skip a container from its opening bracket to just past its closing one. */
	const skipContainer = () => {
		let depth = 0;
		while (i < n) {
			const c = text.charCodeAt(i);
			if (c === 34) {
				str(false);
				continue;
			}
			i++;
			if (c === 123 || c === 91) depth++;
			else if ((c === 125 || c === 93) && --depth === 0) return;
		}
	};
	let pendingPath = '';
	ws();
	while (i < text.length) {
		const c = text[i];
		if (keep && !keep.has(pendingPath)) {
			if (c === '{' || c === '[') skipContainer();
			else if (c === '"') str(false);
			else while (i < n && !endOfScalar(text.charCodeAt(i))) i++;
		} else if (c === '{' || c === '[') {
			offsets.set(pendingPath, i);
			stack.push({ path: pendingPath, kind: c === '{' ? 'object' : 'array', index: 0 });
			i++;
		} else {
			offsets.set(pendingPath, i);
			if (c === '"') str(false);
			else while (i < n && !endOfScalar(text.charCodeAt(i))) i++;
		}
		// After a value: close finished containers, then find the next value's path.
		for (;;) {
			ws();
			const top = stack[stack.length - 1];
			if (!top) return offsets;
			if (text[i] === ']' || text[i] === '}') {
				stack.pop();
				i++;
				continue;
			}
			if (text[i] === ',') {
				i++;
				ws();
			}
			if (top.kind === 'array') {
				if (text[i] === ']') continue;
				pendingPath = childPath(top, top.index++);
			} else {
				if (text[i] === '}') continue;
				const key = str(true);
				ws();
				i++; // the colon
				ws();
				pendingPath = childPath(top, key);
			}
			break;
		}
	}
	return offsets;
}

/** The line of a path, or of its nearest parent that exists in the text (a missing field). */
export function lineOfPath(offsets: Map<string, number>, starts: number[], path: string): number {
	let p = path;
	for (;;) {
		const offset = offsets.get(p);
		if (offset !== undefined) return positionAt(starts, offset).line;
		if (!p) return 1;
		const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
		p = cut > 0 ? p.slice(0, cut) : '';
	}
}
