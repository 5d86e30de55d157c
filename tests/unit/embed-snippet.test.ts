import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { embedSnippet } from '$lib/embed/snippet';

describe('embed code', () => {
	it('is a lazy, titled iframe with its height reserved, and the sizing script', () => {
		const code = embedSnippet({ src: 'https://site.example/embed/map?actor=IRN&title=A', title: 'Map', height: 512.4, script: 'https://site.example/embed.js' });
		expect(code).toBe(
			'<iframe src="https://site.example/embed/map?actor=IRN&amp;title=A" title="Map" loading="lazy" style="width:100%;height:512px;border:0"></iframe>\n' +
				'<script src="https://site.example/embed.js" async></script>'
		);
	});
	it('escapes a title that would close its attribute or open markup', () => {
		const code = embedSnippet({ src: 'https://x/', title: 'A "quoted" <b>title</b> & more', height: 1, script: 'https://x/e.js' });
		expect(code).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
		const frame = new JSDOM(code).window.document.querySelector('iframe')!;
		expect(frame.getAttribute('title')).toBe('A "quoted" <b>title</b> & more');
	});
});
