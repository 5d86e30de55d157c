/** Concrete colours for charts drawn with Plot (and for exports), read from the theme tokens. */
import { QUAD_CLASSES, type QuadClass } from '$lib/data/plover';

export interface Palette {
	quad: Record<QuadClass, string>;
	text: string;
	muted: string;
	rule: string;
	surface: string;
	neutral: string;
}

export const LIGHT_PALETTE: Palette = {
	quad: {
		'verbal-cooperation': '#2166ac',
		'material-cooperation': '#1b7837',
		'verbal-conflict': '#a94705',
		'material-conflict': '#b2182b'
	},
	text: '#1d1d1f',
	muted: '#5b5b63',
	rule: '#d9d6cf',
	surface: '#ffffff',
	neutral: '#f2efe8'
};

/**
 * The palette as CSS custom properties: a figure drawn with it follows the page's theme (light, dark,
 * system) without being drawn again, in the browser and when prerendered at build time.
 */
export const CSS_PALETTE: Palette = {
	quad: Object.fromEntries(QUAD_CLASSES.map((q) => [q, `var(--quad-${q})`])) as Record<QuadClass, string>,
	text: 'var(--text)',
	muted: 'var(--muted)',
	rule: 'var(--rule)',
	surface: 'var(--surface)',
	neutral: 'var(--land)'
};

/** The palette from the theme's custom properties, as `read` gives them ('' for one not set). */
export function paletteOf(read: (name: string) => string): Palette {
	const v = (name: string, fallback: string) => read(name).trim() || fallback;
	const quad = Object.fromEntries(
		QUAD_CLASSES.map((q) => [q, v(`--quad-${q}`, LIGHT_PALETTE.quad[q])])
	) as Record<QuadClass, string>;
	return {
		quad,
		text: v('--text', LIGHT_PALETTE.text),
		muted: v('--muted', LIGHT_PALETTE.muted),
		rule: v('--rule', LIGHT_PALETTE.rule),
		surface: v('--surface', LIGHT_PALETTE.surface),
		neutral: v('--land', LIGHT_PALETTE.neutral)
	};
}

/** Read the palette from the CSS custom properties in effect at `el` (browser only). */
export function readPalette(el: Element): Palette {
	const css = getComputedStyle(el);
	return paletteOf((name) => css.getPropertyValue(name));
}
