import { describe, expect, it } from 'vitest';
import { formatRgba, needsPageStyles, parseColor, portableValue } from '$lib/export/portable-color';

describe('portableValue: what a computed style gives, as any SVG renderer reads it', () => {
	it.each([
		// color-mix() computes to color(srgb …) in Chromium; resvg and others paint that black.
		{ input: 'color(srgb 0.129412 0.4 0.67451)', expected: '#2166ac' },
		{ input: 'color(srgb 0.519608 0.64902 0.772549)', expected: '#85a6c5' },
		{ input: 'color(srgb 1 0 0 / 0.5)', expected: 'rgba(255,0,0,0.5)' },
		{ input: 'color(srgb 100% 50% 0%)', expected: '#ff8000' },
		{ input: 'color(srgb-linear 0.5 0.5 0.5)', expected: '#bcbcbc' },
		{ input: 'color(srgb 1.2 -0.1 0.5)', expected: '#ff0080' },
		{ input: 'rgb(33, 102, 172)', expected: '#2166ac' },
		{ input: 'rgba(33, 102, 172, 0.25)', expected: 'rgba(33,102,172,0.25)' },
		{ input: 'rgb(33 102 172 / 50%)', expected: 'rgba(33,102,172,0.5)' },
		{ input: 'rgba(0, 0, 0, 0)', expected: 'rgba(0,0,0,0)' },
		{ input: 'transparent', expected: 'rgba(0,0,0,0)' },
		{ input: '#abc', expected: '#aabbcc' },
		// color-mix() as written (a server DOM does not compute it): the matrix's cells.
		{ input: 'color-mix(in srgb, #2166ac 100%, #e8e5de)', expected: '#2166ac' },
		{ input: 'color-mix(in srgb, #000000 50%, #ffffff)', expected: '#808080' },
		{ input: 'color-mix(in srgb, #000000, #ffffff 25%)', expected: '#404040' },
		{ input: 'color-mix(in srgb, #ff0000 33.3%, #0000ff)', expected: '#5500aa' },
		{ input: 'color-mix(in srgb, rgb(255, 0, 0) 50%, transparent)', expected: 'rgba(255,0,0,0.5)' },
		{ input: 'color-mix(in oklch, #000 50%, #fff)', expected: 'color-mix(in oklch, #000 50%, #fff)' },
		// The map's hatch: quotes inside url() break other renderers; an id that looks like hex stays.
		{ input: 'url("#s1-hatch")', expected: 'url(#s1-hatch)' },
		{ input: "url('#abc-hatch')", expected: 'url(#abc-hatch)' },
		{ input: 'url("#abc") color(srgb 0 0 1)', expected: 'url(#abc) #0000ff' },
		{ input: 'none', expected: 'none' },
		{ input: '12px', expected: '12px' },
		{ input: '5px, 3px', expected: '5px, 3px' }
	])('$input → $expected', ({ input, expected }) => {
		expect(portableValue(input)).toBe(expected);
	});

	it('hands a form it does not parse to the fallback, and keeps it when that cannot either', () => {
		const fallback = (v: string) => (v.startsWith('oklch(') ? ([10, 20, 30, 1] as [number, number, number, number]) : null);
		expect(portableValue('oklch(0.5 0.1 250)', fallback)).toBe('#0a141e');
		expect(portableValue('color(display-p3 1 0 0)', fallback)).toBe('color(display-p3 1 0 0)');
	});

	it('writes no form that the SVG 1.1 colour syntax lacks, for any sRGB colour (all 8-bit grays, alphas)', () => {
		for (let i = 0; i <= 255; i++) {
			const out = portableValue(`color(srgb ${i / 255} ${i / 255} ${i / 255} / ${i / 255})`);
			expect(out).toMatch(/^(#[0-9a-f]{6}|rgba\(\d+,\d+,\d+,(0|1|0?\.\d+)\))$/);
		}
	});
});

describe('parseColor and formatRgba', () => {
	it.each([
		{ input: 'rgb(1, 2, 3)', expected: [1, 2, 3, 1] },
		{ input: '#01020380', expected: [1, 2, 3, 128 / 255] },
		{ input: 'color(srgb 0 0 0 / none)', expected: [0, 0, 0, 0] },
		{ input: 'color(display-p3 1 0 0)', expected: null },
		{ input: 'oklch(0.5 0.1 250)', expected: null },
		{ input: 'var(--land)', expected: null },
		{ input: 'rgb(1, 2)', expected: null }
	])('$input', ({ input, expected }) => {
		expect(parseColor(input)).toEqual(expected);
	});

	it('rounds and clamps', () => {
		expect(formatRgba([255.4, -3, 127.5, 1])).toBe('#ff0080');
		expect(formatRgba([0, 0, 0, 0.12345])).toBe('rgba(0,0,0,0.123)');
	});
});

describe('needsPageStyles', () => {
	it.each([
		{ input: 'var(--land)', expected: true },
		{ input: 'color-mix(in srgb, var(--quad-verbal-conflict) 50%, var(--land))', expected: true },
		{ input: 'url(#s1-hatch)', expected: false },
		{ input: 'currentColor', expected: false },
		{ input: '#2166ac', expected: false }
	])('$input → $expected', ({ input, expected }) => {
		expect(needsPageStyles(input)).toBe(expected);
	});
});
