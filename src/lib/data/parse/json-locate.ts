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

/** Offsets of every value in a valid JSON text, keyed by path. */
export function jsonValueOffsets(text: string): Map<string, number> {
	const offsets = new Map<string, number>();
	let i = 0;
	const ws = () => {
		while (i < text.length && ' \t\n\r\uFEFF'.includes(text[i])) i++;
	};
	const str = (): string => {
		const start = i;
		i++;
		while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
		i++;
		return JSON.parse(text.slice(start, i)) as string;
	};
	// An explicit stack, so deeply nested input cannot overflow the call stack.
	type Frame = { path: string; kind: 'object' | 'array'; index: number };
	const stack: Frame[] = [];
	const childPath = (frame: Frame | undefined, key: string | number) =>
		!frame ? '' : typeof key === 'number' ? `${frame.path}[${key}]` : frame.path ? `${frame.path}.${key}` : key;
	let pendingPath = '';
	ws();
	while (i < text.length) {
		offsets.set(pendingPath, i);
		const c = text[i];
		if (c === '{' || c === '[') {
			stack.push({ path: pendingPath, kind: c === '{' ? 'object' : 'array', index: 0 });
			i++;
		} else if (c === '"') str();
		else while (i < text.length && !',]} \t\n\r'.includes(text[i])) i++;
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
				const key = str();
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
