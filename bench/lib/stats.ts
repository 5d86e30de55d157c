export const median = (xs: number[]) => {
	const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (!v.length) return NaN;
	const m = v.length >> 1;
	return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
/** Nearest-rank percentile. */
export const percentile = (xs: number[], p: number) => {
	const v = [...xs].sort((a, b) => a - b);
	return v.length ? v[Math.min(v.length - 1, Math.max(0, Math.ceil((v.length * p) / 100) - 1))] : NaN;
};
