/**
 * The build's PNGs set their text in the figure's font, Source Sans 3, as the SVG does (resvg reads no
 * WOFF2: the build hands it the same faces as TrueType), regular and bold apart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIGURE_FONT } from '$lib/export/figure';
import { drawSvg, figureFontFiles } from '$lib/export/static-exports';

const TEXT = 'Who addressed whom';
const svgOf = (weight: number) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60" font-family="${FIGURE_FONT.replaceAll('"', "'")}"><rect width="600" height="60" fill="#fff"/><text x="10" y="40" font-size="32" font-weight="${weight}" fill="#000">${TEXT}</text></svg>`;

/** How wide the ink of the drawing is, in pixels: from the first to the last column with a dark pixel. */
function inkWidth(svg: string, fontFiles: string[], only = false): number {
	// only: the given faces and no system font, so that whatever is drawn is drawn in them.
	const image = only ? new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'sans-serif' } }).render() : drawSvg(svg, 1, fontFiles);
	const { width, height } = image;
	const px = image.pixels;
	let first = -1, last = -1;
	for (let x = 0; x < width; x++)
		for (let y = 0; y < height; y++)
			if (px[4 * (y * width + x)] < 128) {
				if (first < 0) first = x;
				last = x;
				break;
			}
	return last - first + 1;
}

describe('the PNG export’s font', () => {
	let dir = '';
	let files: string[] = [];
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'png-font-'));
		files = await figureFontFiles(dir);
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('is Source Sans 3: the text is as wide as drawn with its faces alone, not as the system’s fallback draws it', () => {
		const withFont = inkWidth(svgOf(400), files);
		expect(withFont).toBeGreaterThan(0);
		expect(withFont).toBe(inkWidth(svgOf(400), files.slice(0, 1), true));
		expect(inkWidth(svgOf(400), [])).not.toBe(withFont);
	});

	it('draws regular and bold from their own faces', () => {
		expect(inkWidth(svgOf(700), files)).toBe(inkWidth(svgOf(700), files.slice(1), true));
		expect(inkWidth(svgOf(700), files)).not.toBe(inkWidth(svgOf(400), files));
	});
});
