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
