/**
 * A Plot figure drawn at build time for the page's default view, so the page shows it without loading
 * Plot: the browser keeps it while the data in view is the same and the width it would be drawn at is
 * close enough to scale it; anything else draws anew with Plot, loaded then. Pure; no DOM.
 */

export interface PreparedFigure {
	/** What the drawing depends on besides its width (the chart's model key). */
	key: string;
	/** The width it was drawn at. */
	width: number;
	/** The figure's markup, serialised from the DOM Plot built (never assembled from strings). */
	svg: string;
}

/** Widths the notebook and desktop embeds show charts at: 1,120 px in the notebook column. */
export const PREPARED_WIDTH = 1120;
/** How far a prepared figure may be scaled before it is drawn again: text stays within 80–130 % of its size. */
export const SCALE_RANGE: readonly [number, number] = [0.8, 1.3];

/**
 * Whether the prepared figure stands for the view: the same data, and `drawnWidth` (what the chart would
 * draw at now; unknown before the page is measured, when the build's drawing is kept) within range.
 */
export function preparedFits(prepared: PreparedFigure | null | undefined, key: string, drawnWidth: number | null): prepared is PreparedFigure {
	if (!prepared || prepared.key !== key) return false;
	if (drawnWidth === null) return true;
	const scale = drawnWidth / prepared.width;
	return scale >= SCALE_RANGE[0] && scale <= SCALE_RANGE[1];
}
