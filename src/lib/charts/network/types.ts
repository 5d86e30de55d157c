import type { Highlight, Scene } from '$lib/graph/scene';
import type { Focus } from '$lib/state/focus';

/** Where a card opens: the focus it shows and a point in the chart container's pixels. */
export interface CardAnchor {
	focus: Focus;
	x: number;
	y: number;
}

/** The callbacks the SVG and canvas views share. */
export interface ViewEvents {
	onshow: (anchor: CardAnchor) => void;
	onhide: (focus: Focus) => void;
	onpin: (anchor: CardAnchor) => void;
}

/** What the SVG and canvas views both take: the scene, the lit part, the width, and the card's state. */
export interface ViewProps extends ViewEvents {
	scene: Scene;
	highlight: Highlight;
	width: number;
	/** The card's id while a card is open (for aria-describedby). */
	cardId: string | undefined;
	active: Focus | null;
}
