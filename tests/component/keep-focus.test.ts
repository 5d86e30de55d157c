import { afterEach, describe, expect, it } from 'vitest';
import { keepFocusIn, leftOut } from '$lib/components/keep-focus';

const SVG = 'http://www.w3.org/2000/svg';

function chart() {
	const heading = document.createElement('h2');
	heading.tabIndex = -1;
	const container = document.createElement('div');
	const svg = document.createElementNS(SVG, 'svg');
	const marks = ['a', 'b', 'c'].map((id) => {
		const g = document.createElementNS(SVG, 'g');
		g.setAttribute('tabindex', '0');
		g.id = id;
		svg.append(g);
		return g;
	});
	container.append(svg);
	document.body.append(heading, container);
	const detach = keepFocusIn(() => heading)(container) as () => void;
	return { heading, container, marks, detach };
}

/** MutationObserver callbacks and queued microtasks run before this resolves. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
	document.body.replaceChildren();
});

describe('keepFocusIn', () => {
	it('moves the focus to the fallback when the focused mark is removed', async () => {
		const { heading, marks } = chart();
		marks[1].focus();
		expect(document.activeElement).toBe(marks[1]);
		marks[1].remove();
		await settled();
		expect(document.activeElement).toBe(heading);
	});

	it('does so when the focused mark is hidden from the tab order or from assistive technology', async () => {
		for (const hide of [(g: Element) => g.setAttribute('tabindex', '-1'), (g: Element) => g.setAttribute('aria-hidden', 'true'), (g: Element) => g.setAttribute('display', 'none')]) {
			const { heading, marks } = chart();
			marks[0].focus();
			hide(marks[0]);
			await settled();
			expect(document.activeElement).toBe(heading);
			document.body.replaceChildren();
		}
	});

	it('leaves the focus alone when another mark is left out, or the focus moved on', async () => {
		const { marks, detach } = chart();
		marks[0].focus();
		marks[2].remove();
		await settled();
		expect(document.activeElement).toBe(marks[0]);
		const outside = document.createElement('button');
		document.body.append(outside);
		outside.focus();
		marks[0].remove();
		await settled();
		expect(document.activeElement).toBe(outside);
		detach();
	});

	it('stops watching once detached', async () => {
		const { marks, detach } = chart();
		marks[0].focus();
		detach();
		marks[0].remove();
		await settled();
		expect(document.activeElement).toBe(document.body);
	});
});

describe('leftOut', () => {
	it('tells a mark still in view from one a change has left out', () => {
		const { container, marks } = chart();
		expect(leftOut(marks[0], container)).toBe(false);
		marks[0].setAttribute('tabindex', '-1');
		expect(leftOut(marks[0], container)).toBe(true);
		const group = marks[1].parentElement!;
		group.setAttribute('hidden', '');
		expect(leftOut(marks[1], container)).toBe(true);
		expect(leftOut(document.createElement('button'), container)).toBe(true);
	});
});
