/**
 * What a page's data carries of a figure its markup already holds: a prepared Plot figure (PageFigure) by
 * its name, key digest and width; a map state's shape (PageCountry) without its path. In the browser, before
 * hydration, each is read back from the markup (the figure's tree, the country's path), so nothing is sent
 * twice. Used by SvelteKit's transport (hooks.ts) and by the embed pages' own island data (JSON). This
 * module reads them in the browser; page-refs.ts writes them.
 */
import type { CountryShape } from '$lib/geo/features';
import type { PreparedFigure } from './plot/prepared';
import { PREPARED_ATTRIBUTE, toTree, type SvgNode } from './plot/tree';

export type FigureRef = [digest: string, width: number, name: string, narrow?: FigureRef];
export type CountryRef = [key: string, m49: string | null, iso3: string | null, name: string, centroid: [number, number], area: number];


/** Figures' trees read from the page, each with its element there, until a hydration claims it (claimMarkup). */
const inMarkup = new WeakMap<SvgNode, Element>();

/**
 * Whether `tree` is a figure's tree read from the page whose element is still there, asked for the first
 * time: the hydration then keeps that element as the build wrote it (AdoptedSvg) instead of hydrating it
 * element by element. Any later asking, or a page whose markup is gone (a drawing the hydration dropped),
 * gets false: that figure is made from its tree (PreparedSvg).
 */
export function claimMarkup(tree: SvgNode): boolean {
	const el = inMarkup.get(tree);
	inMarkup.delete(tree);
	return !!el?.isConnected;
}

/**
 * A figure's tree from its element in the page: the root's attributes now, the children when first read
 * (only a figure made again in the page reads them), from a copy of the element as the build wrote it
 * (the page later adds its own classes and attributes to the marks).
 */
function treeFromPage(el: Element): SvgNode {
	const copy = el.cloneNode(true) as Element;
	let children: SvgNode['children'] | undefined;
	const tree: SvgNode = {
		tag: el.tagName,
		attrs: Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value])),
		get children() {
			return (children ??= toTree(copy).children);
		}
	};
	inMarkup.set(tree, el);
	return tree;
}

/** The figure, its tree read from the page; undefined if the page lacks it (the chart then draws the view anew). */
export function figureFromPage([key, width, name, narrow]: FigureRef, doc: Document = document): PreparedFigure | undefined {
	const el = doc.querySelector(`svg[${PREPARED_ATTRIBUTE}="${CSS.escape(name)}"]`);
	return el ? { key, width, tree: treeFromPage(el), narrow: narrow && figureFromPage(narrow, doc) } : undefined;
}

/** The country, its path read from its mark on the map. */
export function countryFromPage([key, m49, iso3, name, centroid, area]: CountryRef, doc: Document = document): CountryShape {
	const d = doc.querySelector(`path[data-map-target="country:${CSS.escape(key)}"]`)?.getAttribute('d') ?? '';
	return { key, m49, ...(iso3 ? { iso3 } : {}), name, d, centroid, area };
}

export const FIGURE = '$figure';
export const COUNTRY = '$country';

/** The page's data back, figures and countries read from the page. In the browser only. */
export function decodePageData(json: string): unknown {
	return JSON.parse(json, (_, v) => (v && typeof v === 'object' && FIGURE in v ? figureFromPage(v[FIGURE]) : v && typeof v === 'object' && COUNTRY in v ? countryFromPage(v[COUNTRY]) : v));
}
