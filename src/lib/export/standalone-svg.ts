/**
 * Turn a chart's live <svg> into standalone markup: every element carries its computed paint and
 * type styles inline (CSS variables and classes resolved), interactive attributes are dropped,
 * and nothing refers outside the file. Colours are written as #rrggbb or rgba() and url()s without
 * quotes, and no attribute refers to the page's styles (var(), color-mix()): what a browser computes
 * (`color(srgb …)`, `url("#id")`) other renderers do not read, and paint black. Runs in the browser,
 * and in a server DOM (jsdom, for the build's exports) given a `style` reader that stands in for the
 * browser's computed style.
 */
import { needsPageStyles, portableValue, type Rgba } from './portable-color';

const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'visibility',
	'marker-start',
	'marker-mid',
	'marker-end'
] as const;

/** font-family too: the chart's text takes the figure's (embedded) font, not the page's system font. */
const DROP_ATTRIBUTES = ['tabindex', 'aria-describedby', 'aria-pressed', 'role', 'class', 'style', 'font-family', 'data-sveltekit-preload-data'];

/** The style properties of an element as the figure takes them: '' for one the element leaves to its parent. */
export type StyleReader = (el: Element) => { getPropertyValue(property: string): string; display: string; visibility: string };

export interface StandaloneOptions {
	/** Stands in for the browser's getComputedStyle (which a server DOM computes only in part). */
	style?: StyleReader;
	/** The shapes the svg's <use> elements point to in other files (linkedShapes): drawn inline in the figure. */
	linked?: LinkedShapes;
}

/** What a <use> that points into another file draws: its href as written → the `d` of the path there. */
export type LinkedShapes = ReadonlyMap<string, string>;

/** The other files an svg's <use> elements point into (the map's static layer, /map/base.svg). */
export function linkedFiles(svg: Element): string[] {
	const files = new Set<string>();
	for (const use of svg.querySelectorAll('use')) {
		const href = use.getAttribute('href') ?? '';
		if (href.indexOf('#') > 0) files.add(href.slice(0, href.indexOf('#')));
	}
	return [...files];
}

/** The shapes of `svg`'s <use> elements, given the text of each file they point into (by linkedFiles' names). */
export function linkedShapes(svg: Element, texts: ReadonlyMap<string, string>): LinkedShapes {
	const parser = new (svg.ownerDocument.defaultView as Window & typeof globalThis).DOMParser();
	const docs = new Map([...texts].map(([file, text]) => [file, parser.parseFromString(text, 'image/svg+xml')]));
	const shapes = new Map<string, string>();
	for (const use of svg.querySelectorAll('use')) {
		const href = use.getAttribute('href') ?? '';
		const hash = href.indexOf('#');
		const d = hash > 0 ? docs.get(href.slice(0, hash))?.getElementById(href.slice(hash + 1))?.getAttribute('d') : null;
		if (d) shapes.set(href, d);
	}
	return shapes;
}

export interface StandaloneSvg {
	markup: string;
	width: number;
	height: number;
}

let probe: CanvasRenderingContext2D | null | undefined;
const probed = new Map<string, Rgba | null>();
/** A colour in a form portable-color does not parse (oklch(), lab(), display-p3…), as the browser draws it in sRGB. */
function browserColor(value: string): Rgba | null {
	if (probed.has(value)) return probed.get(value)!;
	let rgba: Rgba | null = null;
	if (!needsPageStyles(value) && typeof CSS !== 'undefined' && CSS.supports('color', value)) {
		const canvas = Object.assign(document.createElement('canvas'), { width: 1, height: 1 });
		probe ??= canvas.getContext('2d', { willReadFrequently: true });
		if (probe) {
			probe.clearRect(0, 0, 1, 1);
			probe.fillStyle = value;
			probe.fillRect(0, 0, 1, 1);
			const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
			rgba = [r, g, b, a / 255];
		}
	}
	probed.set(value, rgba);
	return rgba;
}

/** A computed style value as other renderers read it. */
export const portableStyle = (value: string) => portableValue(value, browserColor);

/** The drawn size, else the width and height attributes, else the viewBox's (a server DOM lays nothing out). */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
	const box = svg.getBoundingClientRect();
	const view = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
	return {
		width: Math.round(box.width) || Number(svg.getAttribute('width')) || view[2] || 640,
		height: Math.round(box.height) || Number(svg.getAttribute('height')) || view[3] || 400
	};
}

export function standaloneSvg(svg: SVGSVGElement, options: StandaloneOptions = {}): StandaloneSvg {
	const view = svg.ownerDocument.defaultView;
	if (!view) throw new Error('standaloneSvg needs an SVG in a document with a window');
	const getComputedStyle = options.style ?? view.getComputedStyle.bind(view);
	const { width, height } = sizeOf(svg);
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	const remove: Element[] = [];
	// What is not in sight is not in the file: an element hidden (display: none, or visibility: hidden,
	// as the network keeps what a filter leaves out) goes with all it holds, unless some of it is shown.
	const shown = new Set<Element>();
	for (let i = originals.length - 1; i >= 0; i--) {
		const el = originals[i];
		const css = getComputedStyle(el);
		if (css.display !== 'none' && (css.visibility !== 'hidden' || [...el.children].some((c) => shown.has(c)))) shown.add(el);
	}
	originals.forEach((el, i) => {
		const copy = copies[i];
		const tag = el.tagName.toLowerCase();
		if (tag === 'style' || tag === 'foreignobject' || tag === 'script') {
			remove.push(copy);
			return;
		}
		if (!shown.has(el)) {
			remove.push(copy);
			return;
		}
		const css = getComputedStyle(el);
		const inline: string[] = [];
		for (const p of STYLE_PROPERTIES) {
			const value = css.getPropertyValue(p);
			if (value && value !== 'none' && value !== 'normal' && value !== 'auto') inline.push(`${p}:${portableStyle(value)}`);
			else if (value === 'none' && (p === 'fill' || p === 'stroke')) inline.push(`${p}:none`);
		}
		for (const a of DROP_ATTRIBUTES) copy.removeAttribute(a);
		// A presentation attribute that refers to the page's styles (fill="var(--land)") takes the value
		// computed from them, or goes when it is no CSS property; a quoted url() loses its quotes.
		for (const { name, value } of [...copy.attributes]) {
			if (needsPageStyles(value)) {
				const computed = name.includes(':') ? '' : css.getPropertyValue(name).trim();
				if (computed && !needsPageStyles(computed)) copy.setAttribute(name, portableStyle(computed));
				else copy.removeAttribute(name);
			} else if (/url\(\s*["']/i.test(value)) copy.setAttribute(name, portableValue(value));
		}
		if (inline.length) copy.setAttribute('style', inline.join(';'));
	});
	for (const el of remove) el.remove();
	// A <use> of another file's shape becomes that shape, styled as the <use> was: the file refers to nothing outside.
	for (const use of [...clone.querySelectorAll('use')]) {
		const d = options.linked?.get(use.getAttribute('href') ?? '');
		if (!d) {
			if ((use.getAttribute('href') ?? '').indexOf('#') > 0) use.remove();
			continue;
		}
		const path = clone.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'path');
		for (const { name, value } of [...use.attributes]) if (name !== 'href') path.setAttribute(name, value);
		path.setAttribute('d', d);
		use.replaceWith(path);
	}
	clone.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', 'http://www.w3.org/2000/svg');
	if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
	clone.removeAttribute('width');
	clone.removeAttribute('height');
	const markup = new view.XMLSerializer().serializeToString(clone);
	return { markup, width, height };
}

/** Draw an SVG document into a PNG at `scale` × its size. Browser only. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.decoding = 'async';
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2D canvas');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG encoding failed'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}

export function download(name: string, data: Blob | string, type = 'text/plain'): void {
	const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
