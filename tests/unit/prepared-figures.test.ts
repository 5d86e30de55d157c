import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { balanceColor, matrixCells, matrixKey } from '$lib/charts/matrix/model';
import { CSS_PALETTE, LIGHT_PALETTE } from '$lib/charts/plot/palette';
import { MID_WIDTH, NARROW_WIDTH, PREPARED_WIDTH, preparedFigures, preparedFits, type SvgNode } from '$lib/charts/plot/prepared';
import { targetElements } from '$lib/charts/plot/targets';
import { timelineDots, timelineEvents, timelineKey } from '$lib/charts/timeline/model';
import { filterStatements, indexDataset, NO_FILTERS } from '$lib/data/queries';
import { seedDataset } from '$lib/data/seed/dataset';
import { prepare as preparedMatrix } from '$lib/charts/matrix/prepare.server';
import { prepare as preparedTimeline } from '$lib/charts/timeline/prepare.server';

const index = indexDataset(seedDataset);
const { document } = new JSDOM('<!doctype html><body></body>').window;
/** The tree built into a DOM, as the page renders it: element by element, text as text. */
function parse(node: SvgNode): Element {
	const el = document.createElementNS('http://www.w3.org/2000/svg', node.tag);
	for (const [name, value] of Object.entries(node.attrs)) el.setAttribute(name, value);
	for (const child of node.children) el.append(typeof child === 'string' ? document.createTextNode(child) : parse(child));
	return el;
}

describe('figures drawn at build time', () => {
	const timeline = preparedTimeline(seedDataset);
	const matrix = preparedMatrix(seedDataset);

	it('carry the key the browser computes for the default view, so the page keeps them', () => {
		const shown = filterStatements(seedDataset.statements, NO_FILTERS);
		expect(timeline.key).toBe(timelineKey(timelineDots(index, shown), timelineEvents(seedDataset.events)));
		expect(matrix.key).toBe(matrixKey(matrixCells(index, shown)));
	});

	it('are wired: one focusable, named element per statement (timeline) and per pair (matrix)', () => {
		const t = parse(timeline.tree);
		const dots = targetElements(t).filter(Boolean);
		expect(dots).toHaveLength(seedDataset.statements.length);
		for (const el of dots) {
			expect(el!.getAttribute('tabindex')).toBe('0');
			expect(el!.getAttribute('role')).toBe('button');
			expect(el!.getAttribute('aria-label')).toMatch(/\d{4}, .+: [A-Z]+\. /);
		}
		const m = parse(matrix.tree);
		expect(targetElements(m).filter(Boolean)).toHaveLength(matrixCells(index, seedDataset.statements).length);
		expect(m.querySelector('[aria-label="Russia → United States: 2 statements, 0 cooperative, 2 conflictual"]')).not.toBeNull();
	});

	it('paint with the theme’s CSS variables, so dark mode needs no redraw', () => {
		const t = JSON.stringify(timeline.tree), m = JSON.stringify(matrix.tree);
		expect(t).toContain('var(--quad-verbal-conflict)');
		expect(t).not.toMatch(/#[0-9a-f]{6}/i);
		expect(m).toContain('color-mix(in srgb, var(--quad-verbal-cooperation)');
	});

	it('carry text from the data as text, never as markup', () => {
		const hostile = structuredClone(seedDataset);
		hostile.actors.find((a) => a.id === 'IRN')!.name = '<img src=x onerror=alert(1)>';
		const tree = preparedMatrix(hostile).tree;
		const tags = (n: SvgNode): string[] => [n.tag, ...n.children.flatMap((c) => (typeof c === 'string' ? [] : tags(c)))];
		expect(tags(tree)).not.toContain('img');
		const m = parse(tree);
		expect(m.querySelector('img')).toBeNull();
		expect(m.textContent).toContain('<img src=x onerror=alert(1)>');
	});
});

describe('preparedFits', () => {
	const prepared = { key: 'k', width: PREPARED_WIDTH, tree: { tag: 'svg', attrs: {}, children: [] } };
	it('keeps the build’s figure for the same data before the page is measured, and within the scale range', () => {
		expect(preparedFits(prepared, 'k', null)).toBe(true);
		expect(preparedFits(prepared, 'k', PREPARED_WIDTH)).toBe(true);
		expect(preparedFits(prepared, 'k', 1256)).toBe(true);
		expect(preparedFits(prepared, 'k', 0.8 * PREPARED_WIDTH)).toBe(true);
	});
	it('draws anew for other data, a phone-sized box or a very wide one', () => {
		expect(preparedFits(prepared, 'other', PREPARED_WIDTH)).toBe(false);
		expect(preparedFits(prepared, 'k', 336)).toBe(false);
		expect(preparedFits(prepared, 'k', 1896)).toBe(false);
		expect(preparedFits(undefined, 'k', null)).toBe(false);
	});
});

describe('balanceColor', () => {
	it('runs from the conflict colour through the neutral one to the cooperation colour', () => {
		expect(balanceColor(0, CSS_PALETTE)).toBe('var(--land)');
		expect(balanceColor(1, LIGHT_PALETTE)).toBe('color-mix(in srgb, #2166ac 100%, #f2efe8)');
		expect(balanceColor(-0.5, LIGHT_PALETTE)).toBe('color-mix(in srgb, #a94705 50%, #f2efe8)');
		expect(balanceColor(-3, CSS_PALETTE)).toBe('color-mix(in srgb, var(--quad-verbal-conflict) 100%, var(--land))');
	});
});

describe('the narrower drawings of an embed page', () => {
	const embed = preparedTimeline(seedDataset, { narrow: true });
	const figures = preparedFigures(embed);
	it('are the same view at a report column’s and a phone’s width, wired the same', () => {
		expect(preparedFigures(preparedTimeline(seedDataset))).toHaveLength(1);
		expect(figures.map((f) => f.width)).toEqual([PREPARED_WIDTH, MID_WIDTH, NARROW_WIDTH]);
		const wide = targetElements(parse(figures[0].tree)).map((el) => el?.getAttribute('aria-label'));
		for (const f of figures.slice(1)) {
			expect(f.key).toBe(embed.key);
			expect(targetElements(parse(f.tree)).map((el) => el?.getAttribute('aria-label'))).toEqual(wide);
		}
	});
	it('each stands for the view in its box: a phone’s, a 640 px report’s, a desk’s; between the column’s and the figure’s, none does', () => {
		const fitting = (key: string, width: number | null) => figures.findIndex((f) => preparedFits(f, key, width));
		expect(fitting(embed.key, null)).toBe(0);
		expect(fitting(embed.key, 1256)).toBe(0);
		expect(fitting(embed.key, 366)).toBe(2);
		expect(fitting(embed.key, 616)).toBe(1);
		expect(fitting(embed.key, 850)).toBe(-1);
		expect(fitting('other', 366)).toBe(-1);
	});
});
