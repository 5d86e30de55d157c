/**
 * The font of exported figures, embedded in them so that a figure looks the same in any viewer, on any
 * machine: Source Sans 3 (SIL Open Font License 1.1, from @fontsource/source-sans-3), its Latin subset,
 * regular and bold, as WOFF2 data in an @font-face rule (about 42 KB in an SVG). Text the subset has no
 * glyph for falls back to the next family of FIGURE_FONT.
 */
import boldUrl from '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2?url';
import regularUrl from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?url';
import { FIGURE_FONT_FAMILY } from './figure';

export interface FontFace {
	weight: 400 | 700;
	/** WOFF2 data, base64. */
	base64: string;
}

/** The @font-face rules of the figure font for the faces given. Pure. */
export function fontFaceCss(faces: readonly FontFace[]): string {
	return faces
		.map(
			(f) =>
				`@font-face{font-family:'${FIGURE_FONT_FAMILY}';font-style:normal;font-weight:${f.weight};src:url(data:font/woff2;base64,${f.base64}) format('woff2')}`
		)
		.join('');
}

function toBase64(bytes: ArrayBuffer): string {
	const view = new Uint8Array(bytes);
	let binary = '';
	// In chunks of 32,768 bytes: a bounded spread (spread-bounded), well within the call stack.
	for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000)); // spread-bounded
	return btoa(binary);
}

let loading: Promise<string> | null = null;

/**
 * The figure font's @font-face rules, its files read from this site once (browser only). Rejects when a
 * file cannot be read; a caller then exports with the font named, not embedded.
 */
export function figureFontCss(): Promise<string> {
	loading ??= Promise.all(
		([[400, regularUrl], [700, boldUrl]] as const).map(async ([weight, url]): Promise<FontFace> => {
			const response = await fetch(url);
			if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
			return { weight, base64: toBase64(await response.arrayBuffer()) };
		})
	).then(fontFaceCss);
	loading.catch(() => (loading = null));
	return loading;
}
