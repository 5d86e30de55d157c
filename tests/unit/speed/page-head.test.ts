import { describe, expect, it } from 'vitest';
import { preloadModules, unlinkStylesheets } from '$lib/speed/page-head';

const head = (links: string) => `<html><head>\n\t\t<script type="module" src="../_app/islands/embed-map.js"></script>\n${links}\t</head><body></body></html>`;
const link = (file: string) => `\t\t<link href="../_app/immutable/assets/${file}" rel="stylesheet">\n`;

describe('unlinkStylesheets', () => {
	it('drops the links of the given files only', () => {
		const html = head(link('page-core.a.css') + link('MapChart.b.css') + link('MatrixChart.c.css'));
		const out = unlinkStylesheets(html, ['_app/immutable/assets/MatrixChart.c.css']);
		expect(out).toBe(head(link('page-core.a.css') + link('MapChart.b.css')));
	});

	it('reads a file name literally, not as a pattern', () => {
		const html = head(link('MapChart.b.css'));
		expect(unlinkStylesheets(html, ['_app/immutable/assets/MapChart.x.css'])).toBe(html);
		expect(unlinkStylesheets(html, ['_app/immutable/assets/MapChart.b+css'])).toBe(html);
	});
});

describe('preloadModules', () => {
	it('links each file at the path the page links its module script with', () => {
		const html = head('');
		const out = preloadModules(html, '_app/islands/embed-map.js', ['_app/immutable/chunks/A.js', '_app/immutable/chunks/B.js']);
		expect(out).toContain('<link rel="modulepreload" href="../_app/immutable/chunks/A.js"><link rel="modulepreload" href="../_app/immutable/chunks/B.js">');
		expect(out.indexOf('modulepreload')).toBeLessThan(out.indexOf('</head>'));
	});

	it('leaves a page without that script as it is', () => {
		const html = head('');
		expect(preloadModules(html, '_app/islands/notebook.js', ['_app/immutable/chunks/A.js'])).toBe(html);
	});
});
