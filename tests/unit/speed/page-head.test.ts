import { describe, expect, it } from 'vitest';
import { inlineStylesheets, unlinkStylesheets } from '$lib/speed/page-head';

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

describe('inlineStylesheets', () => {
	const css = { '_app/immutable/assets/page-core.a.css': '.a{color:red}', '_app/immutable/assets/MapChart.b.css': '.b{color:blue}' };

	it('puts the linked stylesheets in one <style> where the first link was, in their order, and disables the links', () => {
		const html = head(link('page-core.a.css') + link('MapChart.b.css'));
		const disabled = (file: string) => link(file).replace('rel="stylesheet">', 'rel="stylesheet" disabled>');
		expect(inlineStylesheets(html, css)).toBe(head(`\t\t<style>.a{color:red}\n.b{color:blue}</style>\n${disabled('page-core.a.css')}${disabled('MapChart.b.css')}`));
	});

	it('leaves the page as it is when a stylesheet is not known, has a url(), or the page would be too large', () => {
		const html = head(link('page-core.a.css') + link('Other.c.css'));
		expect(inlineStylesheets(html, css)).toBe(html);
		const withUrl = { ...css, '_app/immutable/assets/MapChart.b.css': '.b{background:url(x.svg)}' };
		expect(inlineStylesheets(head(link('MapChart.b.css')), withUrl)).toBe(head(link('MapChart.b.css')));
		const big = { '_app/immutable/assets/MapChart.b.css': Array.from({ length: 3000 }, (_, i) => `.c${i * 7919}{width:${i}px}`).join('') };
		expect(inlineStylesheets(head(link('MapChart.b.css')), big, 8 * 1024)).toBe(head(link('MapChart.b.css')));
	});
});
