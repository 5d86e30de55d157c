import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeFilters } from '$lib/data/narrative';
import { indexDataset, NO_FILTERS } from '$lib/data/queries';
import { seedDataset } from '$lib/data/seed/dataset';
import { composeFigure, layoutLegend, wrapText, type FigureInput } from '$lib/export/figure';
import { exportLegend } from '$lib/export/legend';
import { LIGHT_PALETTE } from '$lib/charts/plot/palette';

const base: FigureInput = {
	title: 'Map: who addressed whom',
	subtitle: 'All 20 statements',
	chartSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"><rect width="100" height="50"/></svg>',
	chartWidth: 600,
	chartHeight: 300,
	legend: [
		{ label: 'Verbal conflict', kind: 'swatch', color: '#a94705' },
		{ label: 'The outlet’s own voice', kind: 'dashed-line', color: '#555' }
	],
	notes: ['A  3 November 2021 — Iran announces its return'],
	sourceLine: 'Source: unnamed outlet, TEHRAN, 6 November 2021.',
	dateLine: 'Exported 27 November 2026',
	colors: { background: '#fff', text: '#111', muted: '#555', rule: '#ddd' }
};

function parse(svg: string) {
	const errors: string[] = [];
	const doc = new DOMParser({ onError: (_l, m) => errors.push(m) }).parseFromString(svg, 'image/svg+xml');
	return { doc, errors };
}

describe('composeFigure', () => {
	it('puts title, filters, chart, legend, notes and source inside one SVG of the stated size', () => {
		const f = composeFigure(base);
		const { doc, errors } = parse(f.svg);
		expect(errors).toEqual([]);
		const root = doc.documentElement!;
		expect([Number(root.getAttribute('width')), Number(root.getAttribute('height'))]).toEqual([f.width, f.height]);
		expect(f.width).toBe(632);
		const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
		expect(texts).toEqual(
			expect.arrayContaining(['Map: who addressed whom', 'All 20 statements', 'Verbal conflict', 'The outlet’s own voice', 'A 3 November 2021 — Iran announces its return'])
		);
		expect(texts.at(-1)).toContain('Source: unnamed outlet');
		expect(doc.getElementsByTagName('svg').length).toBe(2);
	});

	it('keeps any text as text: the result is valid XML and reads back as typed (fast-check)', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (title, label) => {
				const f = composeFigure({ ...base, title, legend: [{ label, kind: 'swatch', color: '#000' }] });
				const { doc, errors } = parse(f.svg);
				expect(errors).toEqual([]);
				const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
				const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/g, '\uFFFD');
				if (label.trim()) expect(texts).toContain(clean(label));
				expect(doc.getElementsByTagName('title')[0].textContent).toBe(clean(title));
				for (const tag of ['img', 'script', 'foreignObject']) expect(doc.getElementsByTagName(tag).length).toBe(0);
			}),
			{ numRuns: 300 }
		);
	});

	it('wraps long text and lays the legend out in rows that fit', () => {
		expect(wrapText('one two three four five six seven', 80, 13)).toEqual(['one two', 'three four', 'five six', 'seven']);
		const many = Array.from({ length: 8 }, (_, i) => ({ label: `Item number ${i}`, kind: 'swatch' as const, color: '#000' }));
		expect(layoutLegend(many, 400, 0, '#000').height).toBeGreaterThan(60);
		expect(layoutLegend([], 400, 0, '#000').height).toBe(0);
	});
});

describe('exportLegend', () => {
	it('keys the network as the page does: line colours and styles, group membership, and a shape per kind', () => {
		const items = exportLegend('network', LIGHT_PALETTE, { membership: '#8d9099' });
		expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['Group membership', 'state', 'organisation', 'group', 'media']));
		const { svg } = layoutLegend(items, 900, 0, '#000');
		const { doc, errors } = parse(`<svg xmlns="http://www.w3.org/2000/svg">${svg}</svg>`);
		expect(errors).toEqual([]);
		const shapes = [...Array.from(doc.getElementsByTagName('path'))].filter((p) => p.getAttribute('fill') === 'none');
		expect(shapes).toHaveLength(4);
		expect(shapes.filter((p) => p.getAttribute('stroke-dasharray') === '3 2')).toHaveLength(1);
		expect([...Array.from(doc.getElementsByTagName('line'))].some((l) => l.getAttribute('stroke-dasharray') === '1 3')).toBe(true);
	});

	it('draws the matrix key’s cell sample as an outline, not a white square on white', () => {
		const sample = exportLegend('matrix', LIGHT_PALETTE).find((i) => i.label.startsWith('Cells read'))!;
		expect(sample.kind).toBe('outline');
		expect(sample.color).not.toBe(LIGHT_PALETTE.surface);
	});
});

describe('describeFilters', () => {
	const index = indexDataset(seedDataset);
	it.each([
		{ filters: NO_FILTERS, shown: 20, expected: 'All 20 statements' },
		{ filters: { ...NO_FILTERS, recipients: ['AFG'] }, shown: 2, expected: '2 statements of 20 · filters: addressed to Afghanistan' },
		{
			filters: { ...NO_FILTERS, actors: ['RUS'], events: ['verbal-conflict' as const], from: '2021-11-06' },
			shown: 3,
			expected: '3 statements of 20 · filters: said by Russia; event verbal conflict; dates 6 November 2021 to …'
		}
	])('$expected', ({ filters, shown, expected }) => {
		expect(describeFilters(index, filters, shown, 20)).toBe(expected);
	});
});
