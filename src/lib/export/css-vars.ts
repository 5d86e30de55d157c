/**
 * Fill in CSS custom properties: `var(--name)` and `var(--name, fallback)`, nested, as a browser computes
 * them. A server DOM (jsdom) gives computed values with var() as written; the build's exports need the
 * colours. Pure.
 */

/** Reads a custom property ('--land') where the value is used; '' or undefined when it is not set. */
export type CustomProperty = (name: string) => string | undefined;

const VAR_START = /\bvar\(\s*/gi;

/** The index just past the parenthesis that closes the one open before `from`, or -1. */
function closing(text: string, from: number): number {
	let depth = 1;
	for (let i = from; i < text.length; i++) {
		if (text[i] === '(') depth++;
		else if (text[i] === ')' && --depth === 0) return i;
	}
	return -1;
}

/** `value` with every var() replaced by the property's value, or its fallback; a var() with neither stays. */
export function resolveVars(value: string, read: CustomProperty, depth = 0): string {
	if (depth > 16 || !/\bvar\(/i.test(value)) return value;
	let out = '';
	let last = 0;
	for (const match of value.matchAll(VAR_START)) {
		const start = match.index;
		if (start < last) continue;
		const bodyStart = start + match[0].length;
		const end = closing(value, bodyStart);
		if (end < 0) break;
		const body = value.slice(bodyStart, end);
		const comma = body.indexOf(',');
		const name = (comma < 0 ? body : body.slice(0, comma)).trim();
		const fallback = comma < 0 ? undefined : body.slice(comma + 1).trim();
		const set = read(name)?.trim();
		const replacement = set ? set : fallback;
		out += value.slice(last, start) + (replacement === undefined ? value.slice(start, end + 1) : resolveVars(replacement, read, depth + 1));
		last = end + 1;
	}
	return out + value.slice(last);
}
