/**
 * The one attachment a chart puts on the element that holds its marks. It listens once for all of them
 * (delegation: hundreds of countries, arcs or nodes carry no handlers of their own) and turns pointer,
 * touch and keys into the card layer's hover and pin:
 * - a mouse or pen over a mark, or the keyboard focus on it, shows its card; leaving ends it;
 * - a click or tap on a mark pins its card (a tap never hovers: touch has no hover), a second unpins;
 * - Enter or Space on a focused mark does the same; Tab from a pinned mark goes into its card.
 */
import type { Attachment } from 'svelte/attachments';
import { requestFor, type CardLayer, type MarkSource } from './card-layer.svelte';

/** Focus moving from a mark into the open card is not the end of its hover. */
export function goesIntoCard(event: FocusEvent | PointerEvent): boolean {
	const to = event.relatedTarget;
	return to instanceof Element && to.closest('[data-statement-card]') !== null;
}

/** The first element in the card that takes focus: its Close button, then its links and scroll region. */
export function cardFocusables(card: Element): HTMLElement[] {
	return [...card.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], [tabindex="0"]')];
}

/**
 * Put it on an HTML element, not on an <svg>: Chromium makes an SVG element with focus listeners of its
 * own a tab stop.
 */
export function cardMarks(layer: CardLayer, source: MarkSource): Attachment<HTMLElement> {
	return (node) => {
		const unregister = layer.register(source);
		const accepts = (e: Event) => source.accepts?.(e) ?? true;
		/** A finger on a mark: the focus it gives opens no hover card (the tap's click pins one). */
		let touching = false;
		const onpointerdown = (e: Event) => {
			touching = (e as PointerEvent).pointerType === 'touch';
		};
		const sameMark = (a: Element, other: EventTarget | null) => source.markAt(other)?.el === a;

		const onpointerover = (e: Event) => {
			const event = e as PointerEvent;
			if (event.pointerType === 'touch' || !accepts(event)) return;
			const at = source.markAt(event.target);
			if (!at || sameMark(at.el, event.relatedTarget)) return;
			layer.showHover(requestFor(source, at.el, at.target, { x: event.clientX, y: event.clientY }));
		};
		const onpointerout = (e: Event) => {
			const event = e as PointerEvent;
			if (event.pointerType === 'touch' || !accepts(event)) return;
			const at = source.markAt(event.target);
			// Onto the card: it stays, so the pointer can rest on it (WCAG 1.4.13, content on hover).
			if (!at || sameMark(at.el, event.relatedTarget) || goesIntoCard(event)) return;
			layer.endHover(at.target.focus);
		};
		const onfocusin = (e: Event) => {
			const at = source.markAt(e.target);
			if (at && accepts(e) && !touching && !layer.isReturningFocus(at.el)) layer.showHover(requestFor(source, at.el, at.target));
		};
		const onfocusout = (e: Event) => {
			const at = source.markAt(e.target);
			if (at && !goesIntoCard(e as FocusEvent)) layer.endHover(at.target.focus);
		};
		const onclick = (e: Event) => {
			const event = e as PointerEvent;
			touching = false;
			const at = source.markAt(event.target);
			if (!at || !accepts(event)) return;
			// A tap or click anchors the card to the mark, not to where the finger was.
			layer.togglePin(requestFor(source, at.el, at.target));
		};
		const onkeydown = (e: Event) => {
			const event = e as KeyboardEvent;
			const at = source.markAt(event.target);
			if (!at) return;
			if (event.key === 'Enter' || event.key === ' ') {
				event.preventDefault();
				layer.togglePin(requestFor(source, at.el, at.target));
				return;
			}
			if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
			const shown = layer.shown;
			if (!shown?.pinned || shown.element !== at.el) return;
			const card = document.getElementById(layer.id);
			const first = card ? cardFocusables(card)[0] : undefined;
			if (!first) return;
			event.preventDefault();
			first.focus();
		};
		const listeners: [string, EventListener][] = [
			['pointerdown', onpointerdown],
			['pointerover', onpointerover],
			['pointerout', onpointerout],
			['focusin', onfocusin],
			['focusout', onfocusout],
			['click', onclick],
			['keydown', onkeydown]
		];
		for (const [type, fn] of listeners) node.addEventListener(type, fn);
		// A pointer or the keyboard may already rest on a mark of the prerendered markup when the page
		// hydrates: no pointerover or focusin comes again until it moves, so its card opens now. Only then:
		// a chart drawn again later must not reopen a card the reader closed.
		const hydrating = !document.documentElement.hasAttribute('data-hydrated');
		const settle = hydrating ? requestAnimationFrame(() => showWhatRests(node, source, layer)) : 0;
		return () => {
			cancelAnimationFrame(settle);
			for (const [type, fn] of listeners) node.removeEventListener(type, fn);
			unregister();
		};
	};
}

/**
 * The card of the mark under a resting mouse pointer (the deepest hovered element in `node`, on a device
 * that hovers: a finger's tap leaves :hover behind) or of the focused mark, if no card is open yet.
 */
function showWhatRests(node: HTMLElement, source: MarkSource, layer: CardLayer): void {
	if (layer.shown) return;
	const focused = document.activeElement;
	const hovered = matchMedia('(hover: hover)').matches ? [...node.querySelectorAll(':hover')].at(-1) : undefined;
	for (const el of [hovered, focused && node.contains(focused) ? focused : undefined]) {
		const at = el ? source.markAt(el) : null;
		if (at) {
			layer.showHover(requestFor(source, at.el, at.target));
			return;
		}
	}
}

/** The mark after `mark` in its chart's tab order (Tab from the last of a pinned card's controls goes there). */
export function nextMark(container: Element, mark: Element): HTMLElement | undefined {
	const all = [...container.querySelectorAll<HTMLElement>('[tabindex="0"], a[href], button:not([disabled]), input, select, textarea')].filter(
		(m) => !m.closest('[data-statement-card]') && m.checkVisibility?.() !== false
	);
	const at = all.indexOf(mark as HTMLElement);
	return at >= 0 ? all[at + 1] : undefined;
}
