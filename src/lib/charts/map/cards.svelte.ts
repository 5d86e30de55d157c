/**
 * Which card the map shows, and where. The selection itself lives in the shared Dashboard; this only
 * remembers, for the map's own hover and pin, the heading, the statements and the anchor point of the card,
 * so a selection made in another chart does not open a card here.
 */
import type { Dashboard } from '$lib/state/dashboard.svelte';
import { sameFocus, type Focus } from '$lib/state/focus';

export interface CardSpec {
	/** The map element the card belongs to (for aria-describedby). */
	key: string;
	focus: Focus;
	heading: string;
	statementIds: string[];
	x: number;
	y: number;
}

export class MapCards {
	hover = $state.raw<CardSpec | null>(null);
	pin = $state.raw<CardSpec | null>(null);
	#dash: Dashboard;

	constructor(dash: Dashboard) {
		this.#dash = dash;
	}

	/** The card to show: the pinned one while the map's pin holds, else the hovered one. */
	get shown(): (CardSpec & { pinned: boolean }) | null {
		const d = this.#dash;
		if (!d.activeBy(this)) return null;
		if (d.pinned) return this.pin && sameFocus(d.pinned, this.pin.focus) ? { ...this.pin, pinned: true } : null;
		if (d.hovered && this.hover && sameFocus(d.hovered, this.hover.focus)) return { ...this.hover, pinned: false };
		return null;
	}

	enter(card: CardSpec) {
		this.hover = card;
		this.#dash.hover(card.focus, this);
	}

	leave(card: CardSpec) {
		this.#dash.leave(card.focus);
	}

	toggle(card: CardSpec) {
		this.pin = card;
		this.hover = card;
		this.#dash.togglePin(card.focus, this);
	}
}
