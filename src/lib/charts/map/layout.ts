/**
 * The map's shape at a width: as wide as its frame on a page; on a phone or in a narrow embed, squarer
 * (taller for its width) and framed tighter, so the region fills it and its names can be read.
 */
/** Below this many CSS pixels the map is narrow. The component's container query uses the same figure. */
export const NARROW_BELOW = 600;
/** A narrow map's width over its height. */
export const NARROW_ASPECT = 1;
/** A wide map's: a page's column holds the map and its key without scrolling. */
export const WIDE_ASPECT = 2;

export interface ViewShape {
	/** The view's width over its height. */
	aspect: number;
	/** Space kept around the parties, as a share of the view's width. */
	padding: number;
}

const WIDE: Readonly<ViewShape> = { aspect: WIDE_ASPECT, padding: 0.04 };
const NARROW: Readonly<ViewShape> = { aspect: NARROW_ASPECT, padding: 0.03 };

export function wideShape(): ViewShape {
	return WIDE;
}

/**
 * The shape of a map `width` CSS pixels wide (0 while unmeasured: the wide shape). The same object for
 * the same shape: the map's first measurement after hydration (0 → its width) recomputes no model when
 * the shape stays wide.
 */
export function mapShape(width: number): ViewShape {
	return width > 0 && width < NARROW_BELOW ? NARROW : WIDE;
}
