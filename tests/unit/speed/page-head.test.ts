import { describe, expect, it } from 'vitest';
import { unlinkStylesheets } from '$lib/speed/page-head';

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
