import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '$lib/data/queries';
import { composeFigure, type FigureInput } from '$lib/export/figure';
import { CUSTOM_WIDTH, DEFAULT_FIGURE_OPTIONS, FILE_NAME_MAX, figureBackground, figureFileName, figureSize, WIDTH_PRESETS } from '$lib/export/figure-options';

const base: FigureInput = {
	title: 'Map: who addressed whom',
	subtitle: 'All 21 statements',
	chartSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"><rect width="100" height="50"/></svg>',
	chartWidth: 600,
	chartHeight: 300,
	legend: [{ label: 'Verbal conflict', kind: 'swatch', color: '#a94705' }],
	sourceLine: 'Source: TEHRAN, 6 November 2021.',
	dateLine: 'Exported 7 December 2026',
	colors: { background: '#fff', text: '#111', muted: '#555', rule: '#ddd' }
};
const doc = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const chartBox = (svg: string) => {
	const inner = doc(svg).getElementsByTagName('svg')[1];
	return { width: Number(inner.getAttribute('width')), height: Number(inner.getAttribute('height')) };
};

describe('figure file names', () => {
	it('name the chart alone for an export of everything', () => {
		expect(figureFileName('map', NO_FILTERS, '', 'png')).toBe('map.png');
	});
	it('carry each filter with its values, and the opened dataset', () => {
		expect(figureFileName('map', { ...NO_FILTERS, recipients: ['USA'] }, '', 'png')).toBe('map-recipient-USA.png');
		expect(
			figureFileName('timeline', { ...NO_FILTERS, actors: ['IRN', 'RUS'], events: ['REQUEST'], from: '2021-11-01' }, 'my data.csv', 'svg')
		).toBe('timeline-my_data-actor-IRN-RUS-event-REQUEST-from-2021-11-01.svg');
	});
	it('keep only safe characters and stay short', () => {
		const name = figureFileName('map', { ...NO_FILTERS, actors: ['../é/x', ...Array.from({ length: 40 }, (_, i) => `ACTOR${i}`)] }, '', 'png');
		expect(name).toMatch(/^[A-Za-z0-9._-]+\.png$/);
		expect(name.startsWith('map-actor-e_x-ACTOR0')).toBe(true);
		expect(name.length).toBeLessThanOrEqual(`${'x'.repeat(FILE_NAME_MAX)}-and-more.png`.length);
		expect(name.endsWith('-and-more.png')).toBe(true);
	});
});

describe('figure sizes', () => {
	it('keep the chart’s own size by default', () => {
		expect(figureSize(DEFAULT_FIGURE_OPTIONS)).toEqual({});
		const f = composeFigure(base);
		expect(chartBox(f.svg)).toEqual({ width: 600, height: 300 });
	});
	it('scale the chart to a preset width, keeping its proportions', () => {
		for (const preset of WIDTH_PRESETS.filter((p) => p.size && !p.size.height)) {
			const size = figureSize({ ...DEFAULT_FIGURE_OPTIONS, width: preset.value });
			const f = composeFigure({ ...base, size });
			expect(f.width).toBe(size.width);
			const box = chartBox(f.svg);
			expect(box.width).toBe(size.width! - 32);
			expect(box.height / box.width).toBeCloseTo(300 / 600, 2);
		}
	});
	it('fit the chart and its words into a square', () => {
		const f = composeFigure({ ...base, size: figureSize({ ...DEFAULT_FIGURE_OPTIONS, width: 'square' }) });
		expect([f.width, f.height]).toEqual([1080, 1080]);
		const box = chartBox(f.svg);
		expect(box.width).toBeLessThanOrEqual(1080 - 32);
		// The last line of text ends inside the square.
		const texts = Array.from(doc(f.svg).getElementsByTagName('g'));
		const lastY = Math.max(...texts.map((g) => Number(/translate\(0 ([\d.]+)\)/.exec(g.getAttribute('transform') ?? '')?.[1] ?? 0)));
		expect(lastY).toBeLessThan(1080);
	});
	it('clamp a custom width', () => {
		expect(figureSize({ ...DEFAULT_FIGURE_OPTIONS, width: 'custom', customWidth: 10 })).toEqual({ width: CUSTOM_WIDTH.min });
		expect(figureSize({ ...DEFAULT_FIGURE_OPTIONS, width: 'custom', customWidth: 1e6 })).toEqual({ width: CUSTOM_WIDTH.max });
		expect(figureSize({ ...DEFAULT_FIGURE_OPTIONS, width: 'custom', customWidth: 777 })).toEqual({ width: 777 });
	});
});

describe('a figure with the publication’s words', () => {
	it('shows the subtitle over the filters, the credit over the source, linked, all as text', () => {
		const f = composeFigure({ ...base, publicationSubtitle: 'Moscow and Tehran <b>agree</b>', credit: 'Chart: A & B', creditUrl: 'https://example.org/a?b=1&c=2' });
		const d = doc(f.svg);
		const texts = Array.from(d.getElementsByTagName('text')).map((t) => t.textContent);
		expect(texts.indexOf('Moscow and Tehran <b>agree</b>')).toBeLessThan(texts.indexOf('All 21 statements'));
		expect(texts.indexOf('Chart: A & B')).toBeLessThan(texts.findIndex((t) => t?.startsWith('Source:')));
		expect(d.getElementsByTagName('b').length).toBe(0);
		const link = d.getElementsByTagName('a')[0];
		expect(link.getAttribute('href')).toBe('https://example.org/a?b=1&c=2');
		expect(link.textContent).toBe('Chart: A & B');
	});
	it('draws no background when asked for a transparent one', () => {
		const backgrounds = (svg: string) => Array.from(doc(svg).getElementsByTagName('rect')).filter((r) => r.getAttribute('width') === '100%');
		expect(backgrounds(composeFigure(base).svg).map((r) => r.getAttribute('fill'))).toEqual(['#fff']);
		expect(backgrounds(composeFigure({ ...base, colors: { ...base.colors, background: '' } }).svg)).toEqual([]);
	});
});

describe('figure backgrounds', () => {
	it('are the light theme’s by default, pure white, the page’s, or none', () => {
		expect(figureBackground(DEFAULT_FIGURE_OPTIONS.background)).toBeUndefined();
		expect(figureBackground('white')).toBe('#ffffff');
		expect(figureBackground('theme')).toBeUndefined();
		expect(figureBackground('transparent')).toBe('');
	});
});
