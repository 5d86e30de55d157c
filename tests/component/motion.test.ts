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
	vi.useRealTimers();
	vi.unstubAllGlobals();
	document.body.replaceChildren();
});

describe('fadeOut: what a change takes away fades out as a copy', () => {
	it('puts a copy in each element’s place, out of reach, and removes it when the fade ends', async () => {
		vi.useFakeTimers();
		const { fadeOut, MOTION_MS } = await motionWith(false);
		const { group, node } = drawnNodes();
		const [iran, russia] = [node('IRN'), node('RUS')];
		fadeOut([russia]);
		russia.remove(); // what the template does next
		const copy = group.querySelector('.leaving')!;
		expect([...group.children]).toEqual([iran, copy]);
		expect(copy.getAttribute('class')).toBe('node leaving');
		expect(copy.getAttribute('tabindex')).toBe('-1');
		expect(copy.getAttribute('aria-hidden')).toBe('true');
		expect(copy.hasAttribute('aria-describedby')).toBe(false);
		// Not taken for the element it copies by what looks drawn elements up by id or geometry.
		expect(group.querySelectorAll('[data-id="RUS"], [data-geometry="node:RUS"]').length).toBe(0);
		expect(copy.querySelector('path')?.getAttribute('d')).toBe('M0,0L1,1');
		vi.advanceTimersByTime(MOTION_MS + 100);
		expect([...group.children]).toEqual([iran]);
	});

	it('makes no copy of a dimmed element, or for reduced motion', async () => {
		const still = await motionWith(false);
		const dimmed = drawnNodes();
		still.fadeOut([dimmed.node('IRN', 'dim')]);
		expect(dimmed.group.querySelectorAll('.leaving').length).toBe(0);

		const reduced = await motionWith(true);
		const { group, node } = drawnNodes();
		reduced.fadeOut([node('IRN'), node('RUS')]);
		expect(group.querySelectorAll('.leaving').length).toBe(0);
	});
});

describe('fadeIn: what a change brings fades in', () => {
	it('marks only the elements not drawn before, none on the first draw, and no dimmed one', async () => {
		const { fadeIn, CHANGING } = await motionWith(false);
		const { svg, group, node } = drawnNodes();
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
		expect(group.querySelectorAll('.leaving').length).toBe(0);
	});
});
