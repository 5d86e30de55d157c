/**
 * Keyboard focus that a change of view takes away. When a filter, Back or a new dataset leaves out the
 * mark, row or card that has the focus (removed, not displayed, `aria-hidden` or taken out of the tab
 * order), the browser drops the focus on the page's body or leaves it on the hidden element, and the next
 * Tab starts again at the top of the page or from a mark no longer in view.
 * `keepFocusIn(fallback)` attaches to a chart's container and moves the focus to `fallback()` instead
 * (the cell's heading, the embed's main), so the reader stays where they were.
 *
 * It watches the container only while the focus is in it: a filter change with the focus elsewhere costs
 * nothing.
 */
import type { Attachment } from 'svelte/attachments';

/** An element that had the focus and that the view has since left out. */
export function leftOut(el: Element, root: Element): boolean {
	if (!el.isConnected || !root.contains(el)) return true;
	if (el.closest('[hidden], [aria-hidden="true"], [inert], [display="none"]')) return true;
	if ((el instanceof HTMLElement || el instanceof SVGElement) && el.tabIndex < 0 && el.hasAttribute('tabindex')) return true;
	return typeof el.checkVisibility === 'function' && !el.checkVisibility();
}

export function keepFocusIn(fallback: () => HTMLElement | null | undefined): Attachment<HTMLElement> {
	return (container) => {
		let focused: Element | null = null;
		const check = () => {
			if (!focused) return;
			const active = document.activeElement;
			const lost = active === null || active === document.body || active === focused;
			if (lost && leftOut(focused, container)) {
				stop();
				fallback()?.focus({ preventScroll: true });
			}
		};
		const observer = new MutationObserver(check);
		const stop = () => {
			focused = null;
			observer.disconnect();
		};
		const onfocusin = (event: FocusEvent) => {
			// A tabindex of -1 (a card's heading, the fallback itself) is not a place a change can take away.
			const target = event.target as Element;
			if (target instanceof HTMLElement || target instanceof SVGElement) {
				if (target.tabIndex < 0) return stop();
			}
			focused = target;
			observer.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden', 'aria-hidden', 'tabindex', 'inert', 'display'] });
		};
		const onfocusout = (event: FocusEvent) => {
			const next = event.relatedTarget as Node | null;
			if (next && container.contains(next)) return;
			if (next) return stop();
			// No new focus: the element went away, or the window lost the focus. Look once the change is done.
			queueMicrotask(check);
		};
		container.addEventListener('focusin', onfocusin);
		container.addEventListener('focusout', onfocusout);
		return () => {
			stop();
			container.removeEventListener('focusin', onfocusin);
			container.removeEventListener('focusout', onfocusout);
		};
	};
}
