/** The bench's summaries, from d3-array: medians, and percentiles interpolated as d3.quantile does. */
import { median as d3Median, quantile } from 'd3';

/** The median of the finite figures (a failed measure is NaN or Infinity and is left out); NaN if none. */
export const median = (xs: number[]) => d3Median(xs.filter((x) => Number.isFinite(x))) ?? NaN;

/** The p-th percentile (0–100); NaN if there is no figure. */
export const percentile = (xs: number[], p: number) => quantile(xs, p / 100) ?? NaN;
