import { afterEach, describe, expect, it, vi } from 'vitest';

const SVG = 'http://www.w3.org/2000/svg';

/** motion.ts reads the motion preference once, so each case loads it afresh with the preference it wants. */
async function motionWith(reduce: boolean) {
	vi.resetModules();
	vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce && query.includes('reduce'), media: query }));
	return import('$lib/charts/network/motion');
}

function drawnNodes() {
	const svg = document.createElementNS(SVG, 'svg');
	const group = document.createElementNS(SVG, 'g');
	group.setAttribute('class', 'nodes');
	svg.append(group);
	const node = (id: string, extra = '') => {
		const g = document.createElementNS(SVG, 'g');
		g.setAttribute('class', `node entering ${extra}`.trim());
		g.setAttribute('data-id', id);
		g.setAttribute('tabindex', '0');
		g.setAttribute('role', 'button');
		g.setAttribute('aria-label', `${id}: 3 statements`);
		g.setAttribute('aria-describedby', 'card');
		const path = document.createElementNS(SVG, 'path');
		path.setAttribute('data-geometry', `node:${id}`);
		path.setAttribute('d', 'M0,0L1,1');
		g.append(path);
		group.append(g);
		return g;
	};
	document.body.append(svg);
	return { svg, group, node };
}

afterEach(() => {
	vi.unstubAllGlobals();
	document.body.replaceChildren();
});

describe('fadeIn: what a change brings fades in', () => {
	it('marks only the elements not drawn before, none on the first draw, and no dimmed one', async () => {
		const { fadeIn, CHANGING } = await motionWith(false);
		const { svg, node } = drawnNodes();
		const label = (id: string) => {
			const text = document.createElementNS(SVG, 'text');
			text.setAttribute('data-id', id);
			labels.append(text);
			return text;
		};
		const labels = document.createElementNS(SVG, 'g');
		labels.setAttribute('class', 'labels');
		svg.append(labels);
		const fresh = (el: Element) => (el.classList.remove('entering'), el);
		const iran = fresh(node('IRN'));
		label('IRN');
		let before = fadeIn(svg.querySelectorAll(CHANGING), null);
		expect(svg.querySelectorAll('.entering').length).toBe(0);
		expect([...before].sort()).toEqual(['IRN', 'label:IRN']);

		const russia = fresh(node('RUS'));
		const dimmed = fresh(node('USA', 'dim'));
		const russiaLabel = label('RUS');
		before = fadeIn(svg.querySelectorAll(CHANGING), before);
		expect([...svg.querySelectorAll('.entering')]).toEqual([russia, russiaLabel]);
		expect(iran.classList.contains('entering')).toBe(false);
		expect(dimmed.classList.contains('entering')).toBe(false);
		// A label is told apart from its node: the node drawn before does not hide a new label.
		expect(before.has('label:RUS') && before.has('RUS')).toBe(true);
	});

	it('lets what a change leaves out lose its fade-in, so that it fades in anew when it comes back', async () => {
		const { fadeIn, CHANGING } = await motionWith(false);
		const { svg, node } = drawnNodes();
		const [iran, russia] = [node('IRN'), node('RUS')];
		let before = fadeIn(svg.querySelectorAll(CHANGING), null);
		expect(before).toEqual(new Set(['IRN', 'RUS']));
		// The template leaves Russia out: it stays, hidden (class "left-out"), and is not shown now.
		russia.classList.add('left-out');
		before = fadeIn(svg.querySelectorAll(CHANGING), before);
		expect(before).toEqual(new Set(['IRN']));
		expect(russia.classList.contains('entering')).toBe(false);
		expect(iran.classList.contains('entering')).toBe(true); // as drawn: untouched
		// Russia comes back: it fades in.
		russia.classList.remove('left-out');
		before = fadeIn(svg.querySelectorAll(CHANGING), before);
		expect(russia.classList.contains('entering')).toBe(true);
		expect(before).toEqual(new Set(['IRN', 'RUS']));
	});
});
