import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapKey } from '$lib/charts/map/key';
import { mapModel, ROLE_LABELS } from '$lib/charts/map/model';
import { beyondPath, SYMBOL_LABELS, symbolPath } from '$lib/charts/map/symbols';
import { describeFilters } from '$lib/data/narrative';
import { filterStatements, indexDataset, NO_FILTERS } from '$lib/data/queries';
import { seedDataset } from '$lib/data/seed/dataset';
import type { Dataset, Statement } from '$lib/data/types';
import { composeFigure, FIGURE_FONT, layoutLegend, wrapText, type FigureInput } from '$lib/export/figure';
import { fontFaceCss } from '$lib/export/figure-font';
import { CHARTS, type FigureKey, type KeyColors, type Palette } from '$lib/charts/registry';
import { LIGHT_PALETTE } from '$lib/charts/plot/palette';
import { builtInDataset } from '$lib/server/dataset';
import { baseMapFor } from '$lib/server/basemap';

/** Each figure chart's key in an export, as its folder supplies it (charts/<id>/parts.ts). */
const KEYS = Object.fromEntries(await Promise.all(CHARTS.filter((c) => c.figure).map(async (c) => [c.id, (await c.parts()).figure!] as const))) as Record<string, FigureKey>;
const exportLegend = (chart: string, palette: Palette, colors: KeyColors = {}, view: unknown = null) => KEYS[chart].legend(palette, colors, view);
const exportNotes = (chart: string, dataset: Dataset) => KEYS[chart].notes?.(dataset) ?? [];

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
	sourceLine: 'Source: outlet not named, TEHRAN, 6 November 2021 (untitled).',
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
		expect(texts.at(-1)).toContain('Source: outlet not named');
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

	it('embeds the figure font when given its @font-face rules, and otherwise names it only', () => {
		const css = fontFaceCss([
			{ weight: 400, base64: 'AAAA' },
			{ weight: 700, base64: 'BBBB' }
		]);
		expect(css).toBe(
			"@font-face{font-family:'Source Sans 3';font-style:normal;font-weight:400;src:url(data:font/woff2;base64,AAAA) format('woff2')}" +
				"@font-face{font-family:'Source Sans 3';font-style:normal;font-weight:700;src:url(data:font/woff2;base64,BBBB) format('woff2')}"
		);
		const doc = new DOMParser().parseFromString(composeFigure({ ...base, fontCss: css }).svg, 'image/svg+xml');
		expect(doc.documentElement!.getAttribute('font-family')).toBe(FIGURE_FONT);
		expect(FIGURE_FONT.startsWith("'Source Sans 3', ")).toBe(true);
		expect(doc.getElementsByTagName('style')[0]?.textContent).toBe(css);
		expect(composeFigure(base).svg).not.toContain('<style');
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

describe('exportLegend for the map', () => {
	const dataset = builtInDataset();
	const base = baseMapFor(dataset);
	const keyOf = (d: Dataset, statements: readonly Statement[] = d.statements) => mapKey(mapModel(base, d, indexDataset(d), statements));
	const colors = { both: '#8eaac6', speaks: '#bccbdb', addressed: '#b59f7c', eu: '#dcdccb', edge: '#6f7a86' };
	const labels = (items: { label: string }[]) => items.map((i) => i.label);
	const legendSvg = (items: ReturnType<typeof exportLegend>) => {
		const { doc, errors } = parse(`<svg xmlns="http://www.w3.org/2000/svg">${layoutLegend(items, 900, 0, '#000').svg}</svg>`);
		expect(errors).toEqual([]);
		return doc;
	};

	it('keys all the page’s key shows for the seed data: members, EU tint, the 3+3 outline, each symbol, the outlet’s dashes', () => {
		const items = exportLegend('map', LIGHT_PALETTE, colors, keyOf(dataset));
		expect(labels(items)).toEqual([
			ROLE_LABELS.both,
			ROLE_LABELS.addressed,
			'Member of a group, no statement of its own',
			'EU member state',
			'Dotted outline: 3+3 format',
			SYMBOL_LABELS.organization,
			SYMBOL_LABELS.group,
			SYMBOL_LABELS.media,
			'Pointer at the edge: a party beyond the map, in its direction',
			'Verbal cooperation',
			'Verbal conflict',
			'Material conflict', // the United States' sanctions (s21)
			'Solid: a party’s words',
			'Dashed: the outlet’s own voice'
		]);
		const item = (label: string) => items.find((i) => i.label === label)!;
		expect(item('EU member state')).toMatchObject({ kind: 'swatch', color: colors.eu, edge: colors.edge });
		expect(item('Member of a group, no statement of its own')).toMatchObject({ kind: 'swatch', color: LIGHT_PALETTE.neutral, edge: colors.edge });
		expect(item('Dotted outline: 3+3 format')).toMatchObject({ kind: 'swatch', edge: LIGHT_PALETTE.text, dash: '2 2' });
		expect(exportNotes('map', dataset)).toEqual(['Arrow at the recipient; thicker: more statements']);

		const doc = legendSvg(items);
		// The symbols as the map draws them, scaled to the key's size: the group filled, the outlet dashed.
		const symbols = Array.from(doc.getElementsByTagName('path')).filter((p) => p.getAttribute('transform')?.includes('scale('));
		expect(symbols.map((p) => p.getAttribute('d'))).toEqual([symbolPath('organization'), symbolPath('group'), symbolPath('media'), beyondPath(180)]);
		expect(symbols.map((p) => p.getAttribute('fill'))).toEqual([LIGHT_PALETTE.surface, colors.both, LIGHT_PALETTE.surface, LIGHT_PALETTE.surface]);
		expect(symbols.map((p) => p.getAttribute('stroke-dasharray'))).toEqual([null, null, '3 2', null]);
		// A symbol's label follows it as a swatch's does, not a line sample's width away.
		const start = (transform: string | null) => Number(/translate\(([\d.]+)/.exec(transform ?? '')![1]) - 6;
		const textX = (label: string) => Number(Array.from(doc.getElementsByTagName('text')).find((t) => t.textContent === label)!.getAttribute('x'));
		expect(textX(SYMBOL_LABELS.organization) - start(symbols[0].getAttribute('transform'))).toBe(16);
		const swatches = Array.from(doc.getElementsByTagName('rect'));
		expect(swatches.find((r) => r.getAttribute('fill') === colors.eu)?.getAttribute('stroke')).toBe(colors.edge);
		expect(swatches.filter((r) => r.getAttribute('stroke-dasharray') === '2 2')).toHaveLength(1);
	});

	it('keys only the country roles the view draws, as the page’s key does', () => {
		// All statements: no country only speaks (the EU and the outlet, which do, are symbols).
		expect(keyOf(dataset).roles).toEqual(['both', 'addressed', 'member']);
		expect(labels(exportLegend('map', LIGHT_PALETTE, colors, keyOf(dataset)))).not.toContain(ROLE_LABELS.speaks);
		// What Russia said to the United States: Russia speaks, the United States (beyond the frame) is the marker
		// at the map's edge, no country does both.
		const byRussia = keyOf(dataset, filterStatements(dataset.statements, { ...NO_FILTERS, actors: ['RUS'], recipients: ['USA'] }));
		expect(byRussia.roles).toContain('speaks');
		expect(byRussia.beyond).toBeTruthy();
		expect(byRussia.roles).not.toContain('both');
		const shown = labels(exportLegend('map', LIGHT_PALETTE, colors, byRussia));
		expect(shown).toContain(ROLE_LABELS.speaks);
		expect(shown).not.toContain(ROLE_LABELS.both);
	});

	it('leaves out what a filtered view does not draw: no EU tint and no dashed arc for statements to Afghanistan', () => {
		const toAfghanistan = filterStatements(dataset.statements, { ...NO_FILTERS, recipients: ['AFG'] });
		const shown = labels(exportLegend('map', LIGHT_PALETTE, colors, keyOf(dataset, toAfghanistan)));
		expect(shown).not.toContain('EU member state');
		expect(shown).not.toContain('Dashed: the outlet’s own voice');
		// The seatless group's outline and the symbols stay on the map whatever the filter, and in its key.
		expect(shown).toEqual(expect.arrayContaining(['Dotted outline: 3+3 format', SYMBOL_LABELS.organization, SYMBOL_LABELS.group, SYMBOL_LABELS.media]));
	});

	it('leaves out what another dataset has not: no seatless group, no outlet, no EU', () => {
		const gone = new Set(['3+3', 'OUTLET', 'EU']);
		const statements = dataset.statements.filter((s) => s.attribution !== 'outlet' && ![...s.actors, ...s.recipients].some((a) => gone.has(a)));
		const other: Dataset = { ...dataset, actors: dataset.actors.filter((a) => !gone.has(a.id)), statements };
		const items = exportLegend('map', LIGHT_PALETTE, colors, keyOf(other));
		expect(labels(items).filter((l) => /EU member|Dotted outline|Dashed|outlet/.test(l))).toEqual([]);
		expect(labels(items)).toEqual(expect.arrayContaining([ROLE_LABELS.member, SYMBOL_LABELS.organization, SYMBOL_LABELS.group, 'Solid: a party’s words']));
		expect(Array.from(legendSvg(items).getElementsByTagName('path')).filter((p) => p.getAttribute('d') === symbolPath('media'))).toEqual([]);
	});

	it('without a view’s key, keys only what every view of the map shows', () => {
		const shown = labels(exportLegend('map', LIGHT_PALETTE, colors));
		expect(shown).toContain(ROLE_LABELS.member);
		expect(shown.filter((l) => /EU member|Dotted outline|Dashed|outlet|Organization|Group of states/.test(l))).toEqual([]);
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
