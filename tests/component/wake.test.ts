/** speed/wake.ts: the event that woke an island goes again to its target only if it still rests there. */
import { afterEach, describe, expect, it } from 'vitest';
import { replayWake } from '$lib/speed/wake';

/** Dispatch `event` on `el` (so it has its target) and return it, with a count of what `el` hears afterwards. */
function woke(el: Element, event: Event) {
	el.dispatchEvent(event);
	const heard: string[] = [];
	for (const type of ['pointerover', 'focusin']) el.addEventListener(type, (e) => heard.push(e.type));
	return { event, heard };
}

describe('replayWake', () => {
	afterEach(() => document.body.replaceChildren());

	it('sends focusin again to the element that still has the focus', () => {
		const mark = document.body.appendChild(document.createElement('button'));
		mark.focus();
		const { event, heard } = woke(mark, new FocusEvent('focusin', { bubbles: true }));
		replayWake(event);
		expect(heard).toEqual(['focusin']);
	});

	it('sends nothing when the focus has moved on, or the element is gone', () => {
		const [mark, other] = [document.createElement('button'), document.createElement('button')];
		document.body.append(mark, other);
		const { event, heard } = woke(mark, new FocusEvent('focusin', { bubbles: true }));
		other.focus();
		replayWake(event);
		mark.remove();
		replayWake(event);
		expect(heard).toEqual([]);
	});

	it('sends no pointerover to an element the pointer is not on', () => {
		const mark = document.body.appendChild(document.createElement('div'));
		const { event, heard } = woke(mark, new MouseEvent('pointerover', { bubbles: true }));
		replayWake(event);
		expect(heard).toEqual([]);
	});
});
