/**
 * Tab into a pinned card from its mark. A chart's marks come one after another in the tab order and its
 * card comes after the last of them, so from a pinned mark the card's links ("Show in source") were as
 * many Tabs away as there are marks left. `cardKeys` attaches to a chart's container: Tab from the mark a
 * pinned card describes (its `aria-describedby`) goes to the card's first link, Tab from the card's last
 * link goes on to the mark after that one, and Shift+Tab from the card's first link goes back to the mark.
 */
import type { Attachment } from 'svelte/attachments';

const MARKS = '[tabindex="0"], a[href], button:not([disabled]), input, select, textarea';

export const cardKeys: Attachment<HTMLElement> = (container) => {
	const onkeydown = (event: KeyboardEvent) => {
		if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
		const card = container.querySelector<HTMLElement>('.card.pinned[id]');
		if (!card) return;
		const links = [...card.querySelectorAll<HTMLElement>('a[href], button:not([disabled])')];
		const owner = container.querySelector<HTMLElement>(`[aria-describedby~="${CSS.escape(card.id)}"]`);
		if (!links.length || !owner) return;
		const target = event.target as Element;
		let next: HTMLElement | undefined;
		if (!event.shiftKey && target === owner) next = links[0];
		else if (event.shiftKey && target === links[0]) next = owner;
		else if (!event.shiftKey && target === links[links.length - 1]) {
			const marks = [...container.querySelectorAll<HTMLElement>(MARKS)].filter((m) => !card.contains(m) && m.checkVisibility?.() !== false);
			next = marks[marks.indexOf(owner) + 1];
		}
		if (!next) return;
		event.preventDefault();
		next.focus();
	};
	container.addEventListener('keydown', onkeydown);
	return () => container.removeEventListener('keydown', onkeydown);
};
