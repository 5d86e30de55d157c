/**
 * Paint values that any SVG renderer reads (resvg, librsvg, Inkscape, Illustrator, a browser), from the
 * forms a browser's computed style gives: `color(srgb 0.129 0.4 0.674)` for a color-mix(), `url("#id")`
 * with quotes, and whatever a newer CSS colour syntax computes to. Renderers that do not know a form
 * paint it black. Pure functions: the browser's own parser can be passed in for forms not known here.
 */

/** A colour as 8-bit sRGB channels and an alpha in [0, 1]. */
export type Rgba = [number, number, number, number];

/** Parses a CSS colour the browser may give in some other form; null if it cannot. */
export type ColorFallback = (value: string) => Rgba | null;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const hex2 = (n: number) => Math.round(clamp(n, 0, 255)).toString(16).padStart(2, '0');

/** '#rrggbb' when opaque, else 'rgba(r,g,b,a)'. */
export function formatRgba([r, g, b, a]: Rgba): string {
	if (a >= 1) return `#${hex2(r)}${hex2(g)}${hex2(b)}`;
	const c = (n: number) => Math.round(clamp(n, 0, 255));
	return `rgba(${c(r)},${c(g)},${c(b)},${Math.round(clamp(a, 0, 1) * 1000) / 1000})`;
}

/** A number, or a percentage of `full`; `none` is 0 (CSS Color 4). */
function component(token: string, full: number): number | null {
	if (token === 'none') return 0;
	const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(%?)$/i.exec(token);
	if (!m) return null;
	const n = Number(m[1]);
	return m[2] ? (n / 100) * full : n;
}

/** The arguments of a colour function: commas or spaces, with an optional `/ alpha`. */
function args(body: string): { channels: string[]; alpha: string | null } | null {
	const [main, alpha, extra] = body.split('/').map((s) => s.trim());
	if (extra !== undefined) return null;
	const channels = main.split(/[\s,]+/).filter(Boolean);
	if (alpha === undefined && main.includes(',') && channels.length === 4) return { channels: channels.slice(0, 3), alpha: channels[3] };
	return { channels, alpha: alpha ?? null };
}

const linearToSrgb = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055);

/** One colour of a color-mix() and its share in percent, if given. */
function mixPart(part: string): { color: Rgba; share: number | null } | null {
	const m = /^(.*?)(?:\s+([+-]?(?:\d+\.?\d*|\.\d+))%)?$/.exec(part.trim());
	const color = m && parseColor(m[1]);
	return color ? { color, share: m[2] === undefined ? null : Number(m[2]) } : null;
}

/** `color-mix(in srgb, A p%, B q%)` as CSS Color 5 mixes it: shares normalised, premultiplied alpha. */
function mixSrgb(body: string): Rgba | null {
	const parts = body.split(/,(?![^(]*\))/).map((p) => p.trim());
	if (parts.length !== 3 || parts[0] !== 'in srgb') return null;
	const [a, b] = [mixPart(parts[1]), mixPart(parts[2])];
	if (!a || !b) return null;
	const pa = a.share ?? (b.share === null ? 50 : 100 - b.share);
	const pb = b.share ?? 100 - pa;
	const sum = pa + pb;
	if (sum <= 0) return null;
	const [wa, wb] = [pa / sum, pb / sum];
	const alpha = a.color[3] * wa + b.color[3] * wb;
	if (alpha === 0) return [0, 0, 0, 0];
	const channel = (i: number) => (a.color[i] * a.color[3] * wa + b.color[i] * b.color[3] * wb) / alpha;
	return [channel(0), channel(1), channel(2), alpha * Math.min(1, sum / 100)];
}

/** Parse the colour forms a computed style gives (and hex, `transparent`, color-mix in srgb); null for any other. */
export function parseColor(value: string): Rgba | null {
	const v = value.trim().toLowerCase();
	if (v === 'transparent') return [0, 0, 0, 0];
	const mix = /^color-mix\((.*)\)$/.exec(v);
	if (mix) return mixSrgb(mix[1]);
	let m = /^#([0-9a-f]{3,8})$/.exec(v);
	if (m) {
		const h = m[1];
		if (h.length === 3 || h.length === 4) {
			const [r, g, b, a = 'f'] = h.split('');
			return [parseInt(r + r, 16), parseInt(g + g, 16), parseInt(b + b, 16), parseInt(a + a, 16) / 255];
		}
		if (h.length === 6 || h.length === 8)
			return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16), h.length === 8 ? parseInt(h.slice(6), 16) / 255 : 1];
		return null;
	}
	m = /^(rgba?|color)\(([^()]*)\)$/.exec(v);
	if (!m) return null;
	const parsed = args(m[2]);
	if (!parsed) return null;
	let { channels } = parsed;
	let scale = 255;
	let linear = false;
	if (m[1] === 'color') {
		const space = channels[0];
		if (space !== 'srgb' && space !== 'srgb-linear') return null;
		linear = space === 'srgb-linear';
		channels = channels.slice(1);
		scale = 1;
	}
	if (channels.length !== 3) return null;
	const rgb = channels.map((t) => component(t, scale));
	const a = parsed.alpha === null ? 1 : component(parsed.alpha, 1);
	if (rgb.some((c) => c === null) || a === null) return null;
	const [r, g, b] = (rgb as number[]).map((c) => (scale === 1 ? (linear ? linearToSrgb(clamp(c, 0, 1)) : c) * 255 : c));
	return [r, g, b, clamp(a, 0, 1)];
}

/** A colour function or hex colour inside a longer value (one level of nested parentheses). */
const COLOR_TOKEN = /#[0-9a-f]{3,8}\b|\btransparent\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\((?:[^()]|\([^()]*\))*\)/gi;

/**
 * A style value with every colour in it written as #rrggbb or rgba(), and every url() without quotes
 * (`url("#s1-hatch")` → `url(#s1-hatch)`). A colour that neither this parser nor `fallback` reads is
 * left as it was.
 */
export function portableValue(value: string, fallback?: ColorFallback): string {
	const colors = (part: string) =>
		part.replace(COLOR_TOKEN, (token) => {
			const rgba = parseColor(token) ?? fallback?.(token) ?? null;
			return rgba ? formatRgba(rgba) : token;
		});
	// Colours outside url()s only: `url(#abc-hatch)` holds no colour.
	return value
		.split(/(url\(\s*(?:"[^"]*"|'[^']*'|[^)]*)\s*\))/i)
		.map((part, i) => (i % 2 ? part.replace(/^url\(\s*(["']?)(.*?)\1\s*\)$/is, (_, _q, url: string) => `url(${url})`) : colors(part)))
		.join('');
}

/** An attribute value that only a browser with the page's styles can read: it refers to them. */
export function needsPageStyles(value: string): boolean {
	return /\bvar\(|\bcolor-mix\(|\blight-dark\(|\benv\(/i.test(value);
}
