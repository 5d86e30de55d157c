/**
 * Where a JSON text first goes wrong, and what was expected there. Engines word JSON.parse errors
 * differently and often without a position, so the parsers find the place themselves.
 */

export interface JsonSyntaxError {
	offset: number;
	expected: string;
}

const WS = ' \t\n\r';

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
	let i = 0;
	const n = text.length;
	const ws = () => {
		while (i < n && WS.includes(text[i])) i++;
	};
	const fail = (expected: string): JsonSyntaxError => ({ offset: i, expected });
	const string = (): JsonSyntaxError | null => {
		i++;
		while (i < n) {
			const c = text.charCodeAt(i);
			if (c === 34) {
				i++;
				return null;
			}
			if (c < 32) return fail('a closed string (a line break inside a string must be written \\n)');
			if (c === 92) {
				const e = text[i + 1];
				if (e === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('\\u and four hex digits');
					i += 6;
				} else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
				else return fail('an escape such as \\" or \\n');
			} else i++;
		}
		return fail('a closing quote "');
	};
	const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
	// Containers on an explicit stack: deep nesting cannot overflow the call stack.
	const stack: { close: '}' | ']'; count: number }[] = [];
	const value = (): JsonSyntaxError | null => {
		ws();
		const c = text[i];
		if (c === '"') return string();
		if (c === '{' || c === '[') {
			stack.push({ close: c === '{' ? '}' : ']', count: 0 });
			i++;
			return null;
		}
		for (const word of ['true', 'false', 'null'])
			if (text.startsWith(word, i)) {
				i += word.length;
				return null;
			}
		NUMBER.lastIndex = i;
		if (c !== undefined && NUMBER.test(text)) {
			i = NUMBER.lastIndex;
			return null;
		}
		return fail(i >= n ? 'more JSON (the text ends too early)' : 'a value: a string, number, object, array, true, false or null');
	};
	const key = (): JsonSyntaxError | null => {
		ws();
		if (text[i] !== '"') return fail('a field name in double quotes');
		const e = string();
		if (e) return e;
		ws();
		if (text[i] !== ':') return fail('a colon after the field name');
		i++;
		return null;
	};
	let e = value();
	if (e) return e;
	for (;;) {
		const top = stack[stack.length - 1];
		if (!top) break;
		ws();
		if (text[i] === top.close) {
			stack.pop();
			i++;
			continue;
		}
		if (top.count > 0) {
			if (text[i] !== ',') return fail(i >= n ? `${top.close} (the text ends too early)` : `a comma or ${top.close}`);
			i++;
			ws();
			if (text[i] === top.close) return fail('another value (a trailing comma is not allowed)');
		}
		top.count++;
		if (top.close === '}' && (e = key())) return e;
		if ((e = value())) return e;
	}
	ws();
	if (i < n) return fail('the end of the text (there is more after the JSON value)');
	return null;
}
