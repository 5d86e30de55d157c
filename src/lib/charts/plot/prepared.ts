/**
 * A Plot figure drawn at build time for the page's default view, so the page shows it without loading
 * Plot: the browser keeps it while the data in view is the same and the width it would be drawn at is
 * close enough to scale it; anything else draws anew with Plot, loaded then. Pure; no DOM.
 */
import { PREPARED_ATTRIBUTE, type SvgNode } from './tree';

export { PREPARED_ATTRIBUTE, toTree, type SvgNode } from './tree';

export interface PreparedFigure {
	/** What the drawing depends on besides its width (the chart's model key). */
	key: string;
	/** The width it was drawn at. */
	width: number;
	/** The figure Plot built, as a tree the page renders element by element (PreparedSvg.svelte). */
	tree: SvgNode;
	/**
	 * The same view drawn narrower, on the embed pages of a fluid chart: at a report column's width
	 * (MID_WIDTH), whose own `narrow` is the phone's (NARROW_WIDTH). Shown instead at first paint in a box
	 * of their widths (a media query), so neither a phone nor a column loads Plot for the default view, and
	 * a page read without scripts shows text at its size.
	 */
	narrow?: PreparedFigure;
}

/**
 * A prepared figure as a page's data carries it: the page's markup already holds the figure, so the data
 * sent with the page holds only its key, width and name, and the browser reads the tree back from the
 * markup before hydrating (hooks.ts). The figure is never in the page twice.
 */
export class PageFigure implements PreparedFigure {
	readonly tree: SvgNode;
	constructor(
		readonly key: string,
		readonly width: number,
		tree: SvgNode,
		/** Unique in a page: the chart's id. */
		readonly name: string,
		readonly narrow?: PageFigure
	) {
		this.tree = { ...tree, attrs: { ...tree.attrs, [PREPARED_ATTRIBUTE]: name } };
	}
}

/**
 * A short stand-in for a figure's key (which names every statement it draws): what a page's data sends.
 * Two 32-bit FNV-1a hashes of the key; hand-written, 10 lines, where a hashing package would ship more.
 */
export function keyDigest(key: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ key.length;
	for (let i = 0; i < key.length; i++) {
		const c = key.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193);
		b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
	}
	return `#${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

/** Widths the notebook and desktop embeds show charts at: 1,120 px in the notebook column. */
export const PREPARED_WIDTH = 1120;
/** The width of a fluid figure's phone drawing (PreparedFigure.narrow's last): a phone's embed, 304–494 px within SCALE_RANGE. */
export const NARROW_WIDTH = 380;
/** The width of its column drawing: a 640 px report's embed (a 616 px box), 496–806 px within SCALE_RANGE. */
export const MID_WIDTH = 620;
/**
 * Where each of an embed's narrower drawings shows before the page has measured the figure's box (an
 * embed's box is its viewport less 24 px of padding): the phone's in a box under 494 px (NARROW_WIDTH at
 * the top of SCALE_RANGE), the column's up to √(620 × 1120) ≈ 833 px, where the figure becomes the nearer
 * in scale. PlotFigure's style sheet says the same (it cannot read these).
 */
export const NARROW_MEDIA = '(max-width: 517.98px)';
export const MID_MEDIA = '(min-width: 518px) and (max-width: 856.98px)';
/** How far a prepared figure may be scaled before it is drawn again: text stays within 80–130 % of its size. */
export const SCALE_RANGE: readonly [number, number] = [0.8, 1.3];

/**
 * Whether the prepared figure stands for the view: the same data, and `drawnWidth` (what the chart would
 * draw at now; unknown before the page is measured, when the build's drawing is kept) within range.
 */
export function preparedFits(prepared: PreparedFigure | null | undefined, key: string, drawnWidth: number | null): prepared is PreparedFigure {
	if (!prepared || (prepared.key !== key && prepared.key !== keyDigest(key))) return false;
	if (drawnWidth === null) return true;
	const scale = drawnWidth / prepared.width;
	return scale >= SCALE_RANGE[0] && scale <= SCALE_RANGE[1];
}

/** The build's drawings of a view: the figure and its narrower drawings, if any, widest first. */
export const preparedFigures = (prepared: PreparedFigure | null | undefined): PreparedFigure[] => (prepared ? [prepared, ...preparedFigures(prepared.narrow)] : []);
