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
