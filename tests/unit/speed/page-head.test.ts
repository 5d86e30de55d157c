import { describe, expect, it } from 'vitest';
import { combineStylesheets, inlineStylesheets, unlinkStylesheets } from '$lib/speed/page-head';

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

describe('combineStylesheets', () => {
	const css = {
		'_app/immutable/assets/page-core.a.css': '.a{color:red}',
		'_app/immutable/assets/MapChart.b.css': '.b{background:url(./flag.svg)}',
		'_app/immutable/assets/Other.c.css': '.c{color:green}'
	};
	const disabled = (file: string) => link(file).replace('rel="stylesheet">', 'rel="stylesheet" disabled>');

	it('links one file of the linked stylesheets, in their order, where the first link was, and disables the links', () => {
		const html = head(link('page-core.a.css') + link('MapChart.b.css') + link('Other.c.css'));
		const { html: out, file } = combineStylesheets(html, css);
		expect(file?.text).toBe('.a{color:red}\n.b{background:url(./flag.svg)}\n.c{color:green}');
		// Beside the others (a url() in one resolves as before), under the same relative path as they are linked.
		expect(file?.name).toMatch(/^_app\/immutable\/assets\/page\.[0-9a-f]{8}\.css$/);
		expect(out).toBe(head(`\t\t<link href="../${file!.name}" rel="stylesheet">\n${disabled('page-core.a.css')}${disabled('MapChart.b.css')}${disabled('Other.c.css')}`));
	});

	it('names the file by its text: another order or another set is another file', () => {
		const name = (links: string) => combineStylesheets(head(links), css).file?.name;
		const ab = name(link('page-core.a.css') + link('MapChart.b.css'));
		expect(name(link('page-core.a.css') + link('MapChart.b.css'))).toBe(ab);
		expect(name(link('MapChart.b.css') + link('page-core.a.css'))).not.toBe(ab);
		expect(name(link('page-core.a.css') + link('Other.c.css'))).not.toBe(ab);
	});

	it('leaves the page as it is, with no file, when one stylesheet or none is linked, or one is not known', () => {
		for (const html of [head(''), head(link('page-core.a.css')), head(link('page-core.a.css') + link('Unknown.d.css'))])
			expect(combineStylesheets(html, css)).toEqual({ html, file: null });
	});

	it('leaves a page whose stylesheets are already in its <style> as it is', () => {
		const inlined = inlineStylesheets(head(link('page-core.a.css') + link('Other.c.css')), css);
		expect(inlined).toContain('<style>');
		expect(combineStylesheets(inlined, css)).toEqual({ html: inlined, file: null });
	});
});
