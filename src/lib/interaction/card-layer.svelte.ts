/**
 * The one card layer of a page or embed: which statement card is open, for which mark, hovered or
 * pinned. Every chart goes through it (DOM marks through the `cardMarks` attachment, the canvas network
 * through the same methods); one CardHost draws the card. The hovered and pinned focus themselves live in
 * the shared Dashboard (every chart lights them); this remembers only what the card needs: its text and
 * the mark it stands beside.
 */
import { getContext, setContext, untrack } from 'svelte';
import type { Statement } from '$lib/data/types';
import type { Dashboard } from '$lib/state/dashboard.svelte';
import { focusKey, sameFocus, type Focus } from '$lib/state/focus';
import { markBox, type Box } from './placement';

/** A button in a card that does something with the mark's statements (e.g. "Show these 40 in the table"). */
export interface CardAction {
	label: string;
	run: () => void;
}

/** What a mark stands for: the card it opens. */
export interface CardTarget {
	focus: Focus;
	heading: string;
	/** One line under the heading (e.g. what a node said and what was said to it). */
	summary?: string;
	/** The statements behind the mark, in view (read when the card opens). */
	statements: () => readonly Statement[];
	/** For a mark of several statements: see them all elsewhere. The card closes first. */
	action?: CardAction;
}

/** A chart's marks, as the layer sees them. */
export interface MarkSource {
	/** The element the chart's marks are in (Tab from a pinned card goes on to the next mark in it). */
	container: () => HTMLElement | null | undefined;
	/** The mark an event's target belongs to, and what it stands for. */
	markAt(node: EventTarget | null): { el: Element; target: CardTarget } | null;
	/** The mark that stands for a focus, if this chart draws one (a pin that came with the address). */
	markFor?(focus: Focus): { el: Element; target: CardTarget } | null;
	/** False for an event the chart is using otherwise (a drag): the layer then ignores it. */
	accepts?(event: Event): boolean;
	/** The event is on one of the chart's marks (by default: markAt finds one for its target). */
	owns?(event: Event): boolean;
}

/** An open card: what it says and where its mark is. */
export interface CardRequest extends CardTarget {
	source: MarkSource;
	/** The focusable element of the mark, when there is one (focus returns to it, Tab goes on from it). */
	element: Element | null;
	/** Where the mark is now, in viewport pixels (read on every placement: the page may have scrolled). */
	box: () => Box;
	/** A hover card at the pointer: it never scrolls the page (a focused or pinned card may, to keep its mark in sight). */
	followsPointer?: boolean;
}

export interface ShownCard extends CardRequest {
	pinned: boolean;
}

export class CardLayer {
	hover = $state.raw<CardRequest | null>(null);
	pin = $state.raw<CardRequest | null>(null);
	/** Counts charts joining and leaving: a pin from the address waits for the chart that draws it. */
	registered = $state(0);
	/** The card's element id: the mark it describes points at it (aria-describedby). */
	readonly id: string;
	readonly #dash: Dashboard;
	readonly #sources = new Set<MarkSource>();
	/** Who last pinned each focus: a pin that comes back (Back, Forward) opens where it was made. */
	readonly #pinners = new Map<string, MarkSource>();

	constructor(dash: Dashboard, id = 'statement-card') {
		this.#dash = dash;
		this.id = id;
	}

	get dashboard(): Dashboard {
		return this.#dash;
	}

	/**
	 * The card to show: the pinned mark's while a pin holds, else the hovered mark's. A hover or pin that
	 * no mark made (a table row lights its statement everywhere) opens no card.
	 */
	get shown(): ShownCard | null {
		const d = this.#dash;
		if (d.pinned) return this.pin && sameFocus(d.pinned, this.pin.focus) ? { ...this.pin, pinned: true } : null;
		if (d.hovered && this.hover && sameFocus(d.hovered, this.hover.focus)) return { ...this.hover, pinned: false };
		return null;
	}

	/** The card's id for the mark `el`'s aria-describedby while the card describes it. */
	describedBy(el: Element | null | undefined): string | undefined {
		const s = this.shown;
		return s && el && s.element === el ? this.id : undefined;
	}

	/** The card's id while it shows `focus` for a mark of `source` (for marks drawn from data, not elements). */
	describing(source: MarkSource, focus: Focus): string | undefined {
		const s = this.shown;
		return s && s.source === source && sameFocus(s.focus, focus) ? this.id : undefined;
	}

	/** A chart's marks join the layer while the chart is mounted. */
	register(source: MarkSource): () => void {
		// Written from attachments, which must not come to depend on the count they change.
		const changed = () => untrack(() => this.registered++);
		this.#sources.add(source);
		changed();
		return () => {
			this.#sources.delete(source);
			changed();
			if (this.hover?.source === source) this.hover = null;
			if (this.pin?.source === source) this.pin = null;
		};
	}

	/** Is the event on a mark of any chart on the page? */
	isMark(event: Event): boolean {
		for (const s of this.#sources) if (s.owns ? s.owns(event) : s.markAt(event.target)) return true;
		return false;
	}

	showHover(request: CardRequest) {
		this.hover = request;
		this.#dash.hover(request.focus);
	}

	endHover(focus: Focus) {
		this.#dash.leave(focus);
	}

	/** Pin the mark's card, or unpin it when it is the one pinned. */
	togglePin(request: CardRequest) {
		this.pin = request;
		this.hover = request;
		if (!sameFocus(this.#dash.pinned, request.focus)) this.#pinners.set(focusKey(request.focus), request.source);
		this.#dash.togglePin(request.focus);
	}

	/** Close whatever card is open (the Close button, Escape, a tap outside). */
	close() {
		this.#dash.clear();
	}

	#returningTo: Element | null = null;
	/** Give the focus back to a mark as a card closes, without opening its hover card again. */
	returnFocus(el: Element | null) {
		if (!(el instanceof HTMLElement || el instanceof SVGElement)) return;
		this.#returningTo = el;
		try {
			el.focus();
		} finally {
			this.#returningTo = null;
		}
	}
	isReturningFocus(el: Element): boolean {
		return this.#returningTo === el;
	}

	/**
	 * A pin with no card (it came with the address, or Back brought it): the mark that stands for it, in
	 * the chart that last pinned it, else the first chart that draws it. Returns the request now open.
	 */
	openPinFromAddress(): CardRequest | null {
		const focus = this.#dash.pinned;
		if (!focus || (this.pin && sameFocus(this.pin.focus, focus))) return null;
		const last = this.#pinners.get(focusKey(focus));
		const sources = last && this.#sources.has(last) ? [last, ...this.#sources] : [...this.#sources];
		for (const source of sources) {
			const found = source.markFor?.(focus);
			if (!found) continue;
			this.pin = requestFor(source, found.el, found.target);
			return this.pin;
		}
		return null;
	}
}

/** A request for a DOM mark: its box is the element's. */
export function requestFor(source: MarkSource, el: Element, target: CardTarget, pointer?: { x: number; y: number }): CardRequest {
	return {
		...target,
		source,
		element: el,
		followsPointer: pointer !== undefined,
		box: () => {
			const r = el.getBoundingClientRect();
			if (pointer) return { left: pointer.x - 6, top: pointer.y - 6, width: 12, height: 12 };
			return markBox({ left: r.left, top: r.top, width: r.width, height: r.height });
		}
	};
}

const KEY = Symbol('card-layer');

export function setCardLayer(layer: CardLayer): CardLayer {
	return setContext(KEY, layer);
}

export function getCardLayer(): CardLayer {
	const layer = getContext<CardLayer | undefined>(KEY);
	if (!layer) throw new Error('getCardLayer() needs a CardLayer set by a parent (setCardLayer)');
	return layer;
}
