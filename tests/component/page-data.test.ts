/** charts/page-data.ts: a prepared figure read back from the page, kept as it is by the hydration that claims it. */
import { afterEach, describe, expect, it } from 'vitest';
import { claimMarkup, decodePageData, FIGURE } from '$lib/charts/page-data';
import { PREPARED_ATTRIBUTE, toTree } from '$lib/charts/plot/tree';
import type { PreparedFigure } from '$lib/charts/plot/prepared';

// jsdom has no CSS.escape; the names here need no escaping.
(globalThis as { CSS?: { escape(s: string): string } }).CSS ??= { escape: (s) => s };
const SVG = 'http://www.w3.org/2000/svg';
/** A figure as the build writes it into the page: an <svg> named by its data-prepared, with a mark and a label. */
function pageFigure(name: string): SVGSVGElement {
	const svg = document.createElementNS(SVG, 'svg');
	svg.setAttribute(PREPARED_ATTRIBUTE, name);
	svg.setAttribute('viewBox', '0 0 100 50');
	const g = svg.appendChild(document.createElementNS(SVG, 'g'));
	g.setAttribute('class', 'statements');
	g.appendChild(document.createElementNS(SVG, 'rect')).setAttribute('width', '10');
	svg.appendChild(document.createElementNS(SVG, 'text')).textContent = 'Iran';
	return document.body.appendChild(svg);
}
const read = (name: string) => (decodePageData(JSON.stringify({ figure: { [FIGURE]: ['#k', 1120, name] } })) as { figure: PreparedFigure }).figure;

describe('a prepared figure read back from the page', () => {
	afterEach(() => document.body.replaceChildren());

	it('is claimed once for the hydration, while its markup is in the page', () => {
		pageFigure('timeline');
		const { tree } = read('timeline');
		expect(claimMarkup(tree)).toBe(true);
		expect(claimMarkup(tree)).toBe(false);
	});

	it('is not claimed once its markup has left the page: it is then made from its tree', () => {
		const svg = pageFigure('timeline');
		const { tree } = read('timeline');
		svg.remove();
		expect(claimMarkup(tree)).toBe(false);
	});

	it("keeps the build's drawing in its tree, whatever the page later does to its marks", () => {
		const svg = pageFigure('matrix');
		const built = toTree(svg);
		const { tree } = read('matrix');
		svg.querySelector('rect')!.setAttribute('class', 'plot-target is-active');
		svg.querySelector('text')!.textContent = 'changed';
		expect(tree.tag).toBe(built.tag);
		expect(tree.attrs).toEqual(built.attrs);
		expect(tree.children).toEqual(built.children);
	});
});
