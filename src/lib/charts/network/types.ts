import type { Highlight, Scene } from '$lib/graph/scene';
import type { CardTarget } from '$lib/interaction/card-layer.svelte';
import type { Box } from '$lib/interaction/placement';
import type { Focus } from '$lib/state/focus';

/** Where a card opens on the canvas: the focus it shows, its stand-in button if any, and its box on screen. */
export interface CardAnchor {
	focus: Focus;
	element: Element | null;
	box: () => Box;
}

/** The callbacks the SVG and canvas views share. */
export interface ViewEvents {
	onshow: (anchor: CardAnchor) => void;
	onhide: (focus: Focus) => void;
	onpin: (anchor: CardAnchor) => void;
}

/** What the SVG and canvas views both take: the scene, the lit part and the width. */
export interface ViewProps {
	scene: Scene;
	highlight: Highlight;
	width: number;
	active: Focus | null;
}

/** The SVG view's marks go through the card layer's attachment: it needs what each stands for. */
export interface SvgViewProps extends ViewProps {
	targetFor: (focus: Focus) => CardTarget;
}

/** The canvas view has no element per mark: it reports hits, and says which stand-in the card describes. */
export interface CanvasViewProps extends ViewProps, ViewEvents {
	/** The card's id, and the focus it shows for this view (for the stand-in's aria-describedby). */
	cardId: string;
	cardFocus: Focus | null;
}
