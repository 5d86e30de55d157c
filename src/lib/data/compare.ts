/**
 * Orders for text, without `localeCompare` or `Intl.Collator`: their first use loads the ICU collation
 * data, about 20 ms of main thread (70-100 ms at 4x CPU slowdown) on every page that sorts a name.
 */

/** Code-unit order: for ids and ISO dates, where it is the right order anyway. Deterministic. */
export function byCodeUnit(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

const foldCache = new Map<string, string>();
/** Case and accents folded: "Türkiye" sorts with "Turkey", "éire" with "Eire". */
function fold(text: string): string {
	let key = foldCache.get(text);
	if (key === undefined) {
		key = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
		if (foldCache.size < 10_000) foldCache.set(text, key);
	}
	return key;
}

/** Reading order for names and labels: accents and case folded, ties broken by the exact text. */
export function byName(a: string, b: string): number {
	return byCodeUnit(fold(a), fold(b)) || byCodeUnit(a, b);
}
