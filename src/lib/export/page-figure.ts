/**
 * A chart's figure read from a prerendered page, in a server DOM (jsdom) with the page's styles and the
 * light theme: the build's exports are made from the same markup and the same styles the reader gets,
 * with no browser. Node only.
 */
import { JSDOM } from 'jsdom';
import { resolveVars } from './css-vars';
import { linkedFiles, linkedShapes, portableStyle, standaloneSvg, type StandaloneSvg, type StyleReader } from './standalone-svg';

export interface PageFigure {
	chart: StandaloneSvg;
	/** A theme token ('--bg') as the chart's cell has it, in a colour any renderer reads. */
	token: (name: string) => string;
}

/** Nothing on the way up to the page hides it (a chart may keep other figures in the page, hidden). */
function inSight(el: Element): boolean {
	const view = el.ownerDocument.defaultView!;
	for (let e: Element | null = el; e; e = e.parentElement) {
		const css = view.getComputedStyle(e);
		if (css.display === 'none' || css.visibility === 'hidden' || e.hasAttribute('hidden')) return false;
	}
	return true;
}

/**
 * The figure in `container` (a CSS selector, e.g. '#cell-map') of the page `html`, styled by `css` (the
 * stylesheets the page links). `read` gives the text of a file the figure links (a path relative to the page).
 * Throws, naming the container, when it holds no figure in sight.
 */
export function figureOfPage(html: string, css: string, container: string, read: (file: string) => string = () => ''): PageFigure {
	const dom = new JSDOM(html);
	const { document } = dom.window;
	const sheet = document.createElement('style');
	sheet.textContent = css;
	document.head.append(sheet);
	document.documentElement.setAttribute('data-theme', 'light');
	const host = document.querySelector(container);
	if (!host) throw new Error(`the page has no ${container}`);
	const svg = [...host.querySelectorAll<SVGSVGElement>('svg[data-chart-figure]')].find(inSight);
	if (!svg) throw new Error(`${container} shows no svg[data-chart-figure]`);
	const style = serverStyle(dom.window);
	// Presentation attributes that refer to the page's styles (fill="var(--quad-…)", fill="currentColor").
	for (const el of [svg, ...svg.querySelectorAll('*')])
		for (const { name, value } of [...el.attributes])
			if (/\bvar\(|^currentcolor$/i.test(value.trim())) el.setAttribute(name, portableStyle(style.resolve(value, el)));
	const linked = linkedShapes(svg, new Map(linkedFiles(svg).map((file) => [file, read(file)])));
	const chart = standaloneSvg(svg, { style: style.reader, linked });
	const token = (name: string) => portableStyle(style.resolve(`var(${name})`, host));
	return { chart, token };
}

/**
 * jsdom's computed style cascades the page's rules, but gives a property no rule sets its initial value
 * (where a browser inherits it) and leaves var() as written. This reader gives '' for such a property,
 * so the figure leaves it to the element's parent or attribute as a browser would, and fills var() and
 * currentColor in from the custom properties and colour in effect at the element.
 */
function serverStyle(window: JSDOM['window']) {
	const { document } = window;
	const initial = new Map<string, CSSStyleDeclaration>();
	const probe = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	probe.setAttribute('hidden', '');
	document.body.append(probe);
	const initialOf = (tag: string) => {
		if (!initial.has(tag)) initial.set(tag, window.getComputedStyle(probe.appendChild(document.createElementNS(probe.namespaceURI, tag))));
		return initial.get(tag)!;
	};
	const resolve = (value: string, el: Element): string => {
		const css = window.getComputedStyle(el);
		const read = (name: string) => css.getPropertyValue(name);
		const withVars = resolveVars(value, read);
		if (!/^currentcolor$/i.test(withVars.trim())) return withVars;
		const color = resolveVars(css.getPropertyValue('color'), read);
		return color && !/^currentcolor$/i.test(color) ? color : withVars;
	};
	const reader: StyleReader = (el) => {
		const css = window.getComputedStyle(el);
		const own = (el as SVGElement).style;
		const start = initialOf(el.tagName);
		return {
			display: css.display,
			visibility: css.visibility,
			getPropertyValue: (property) => {
				const value = css.getPropertyValue(property);
				if (!own?.getPropertyValue(property) && value === start.getPropertyValue(property)) return '';
				return resolve(value, el);
			}
		};
	};
	return { reader, resolve };
}
