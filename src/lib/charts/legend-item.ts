/** One entry of a chart's key in an exported figure, and the entries several charts share. */
import { QUAD_CLASSES, QUAD_LABELS } from '$lib/data/plover';
import type { Palette } from './plot/palette';

export interface LegendItem {
	label: string;
	/** A filled square, a line sample (dashed, dotted or not), a symbol, or an outlined shape (`path`). */
	kind: 'swatch' | 'line' | 'dashed-line' | 'dotted-line' | 'circle' | 'square' | 'diamond' | 'hatch' | 'outline';
	color: string;
	/** For 'outline': path data centred on (0, 0), at most 7 units from it (once scaled). */
	path?: string;
	/** For 'outline': drawn at this scale, its stroke as thick as at 1. */
	scale?: number;
	/** For 'outline': its fill (none if not given). */
	fill?: string;
	/** For 'swatch' and 'outline': the stroke-dasharray of its edge, if dashed. */
	dash?: string;
	/** For 'swatch': the colour of its edge (none if not given). */
	edge?: string;
}

/**
 * Theme colours a chart's key takes that the palette has not: --role-both, --role-speaks,
 * --role-addressed-line, --membership, --land-eu, --country-edge.
 */
export interface KeyColors {
	both?: string;
	speaks?: string;
	addressed?: string;
	membership?: string;
	eu?: string;
	edge?: string;
}

/** The four PLOVER quad classes as colour swatches. */
export const quadSwatches = (palette: Palette): LegendItem[] =>
	QUAD_CLASSES.map((q) => ({ label: QUAD_LABELS[q], kind: 'swatch', color: palette.quad[q] }));

/** The four PLOVER quad classes as line samples. */
export const quadLines = (palette: Palette): LegendItem[] => quadSwatches(palette).map((q) => ({ ...q, kind: 'line' }));
