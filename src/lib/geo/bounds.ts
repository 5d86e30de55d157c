/**
 * The least and greatest of some numbers, as d3's extent gives them for finite numbers. Hand-written (a
 * loop): d3-array's extent alone brought a shared 2.9 KB chunk of d3-array onto the map's embed page.
 */
export function extentOf(values: readonly number[]): [number, number] | [undefined, undefined] {
	let lo: number | undefined;
	let hi: number | undefined;
	for (const v of values) {
		if (v == null || Number.isNaN(v)) continue;
		if (lo === undefined || v < lo) lo = v;
		if (hi === undefined || v > hi) hi = v;
	}
	return lo === undefined ? [undefined, undefined] : [lo, hi as number];
}
