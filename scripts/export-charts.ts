/**
 * After `vite build`: write build/export/<chart>.svg and .png for each chart that draws a figure, in its
 * default view, with the same composition as the notebook's toolbar, from the prerendered notebook and
 * its styles, in Node: the build needs no browser. The modules load through Vite (for $lib and Svelte).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import type { Chart } from '../src/lib/charts/registry';

const BUILD = 'build';
const OUT = join(BUILD, 'export');

async function main() {
	const vite = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'warn' });
	try {
		const { CHARTS } = await vite.ssrLoadModule('$lib/charts/registry');
		const { staticFigure, pngOfSvg, figureFontFiles, FIGURE_FONT_FILES } = await vite.ssrLoadModule('$lib/export/static-exports');
		const { fontFaceCss } = await vite.ssrLoadModule('$lib/export/figure-font');
		const { builtInDataset } = await vite.ssrLoadModule('$lib/server/dataset');
		const { chartData } = await vite.ssrLoadModule('$lib/server/chart-data');
		const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
		const css = [...html.matchAll(/<link\b(?![^>]*\bdisabled\b)[^>]*\bhref="([^"]+\.css)"/g)].map((m) => readFileSync(join(BUILD, m[1]), 'utf8')).join('\n');
		const font = (weight: 400 | 700) => readFileSync(FIGURE_FONT_FILES(weight));
		const fontCss = fontFaceCss([
			{ weight: 400, base64: font(400).toString('base64') },
			{ weight: 700, base64: font(700).toString('base64') }
		]);
		// resvg reads TrueType, not the WOFF2 the SVG embeds: the same faces, decompressed, for the PNGs.
		const fontDir = mkdtempSync(join(tmpdir(), 'figure-font-'));
		const fontFiles: string[] = await figureFontFiles(fontDir);
		const dataset = builtInDataset();
		const figures: Chart[] = CHARTS.filter((c: Chart) => c.figure);
		const prepared = chartData(figures.map((c) => c.id), dataset);
		const day = new Date().toISOString().slice(0, 10);
		mkdirSync(OUT, { recursive: true });
		for (const chart of figures) {
			const figure = await staticFigure({ chart, html, css, read: (file: string) => readFileSync(join(BUILD, file), 'utf8'), dataset, prepared: prepared[chart.id], fontCss, day });
			writeFileSync(join(OUT, `${chart.id}.svg`), figure.svg);
			writeFileSync(join(OUT, `${chart.id}.png`), pngOfSvg(figure.svg, 2, fontFiles));
			console.log(`  wrote ${join(OUT, chart.id)}.svg and .png`);
		}
		writeFileSync(join(OUT, 'README.txt'), `Charts of the built-in dataset in their default view, as self-contained SVG and 2x PNG.\n`);
		rmSync(fontDir, { recursive: true, force: true });
	} finally {
		await vite.close();
	}
}

main().catch((error) => {
	console.error(`Exporting the charts failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
	process.exit(1);
});
