/**
 * A Plot figure drawn at build time for the page's default view, so the page shows it without loading
 * Plot: the browser keeps it while the data in view is the same and the width it would be drawn at is
 * close enough to scale it; anything else draws anew with Plot, loaded then. Pure; no DOM.
 */

/** An element of a figure as plain data: its tag, its attributes, its children (elements or text). */
export interface SvgNode {
	tag: string;
	attrs: Record<string, string>;
	children: (SvgNode | string)[];
}

export interface PreparedFigure {
	/** What the drawing depends on besides its width (the chart's model key). */
	key: string;
	/** The width it was drawn at. */
	width: number;
	/** The figure Plot built, as a tree the page renders element by element (PreparedSvg.svelte). */
	tree: SvgNode;
}

/** The attribute that names a prepared figure in the page, so the browser can read its tree back from the markup. */
export const PREPARED_ATTRIBUTE = 'data-prepared';

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
		readonly name: string
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

/** A DOM element (from any DOM: the build's jsdom) as a tree of plain data. */
export function toTree(el: Element): SvgNode {
	const attrs: Record<string, string> = {};
	for (const a of Array.from(el.attributes)) attrs[a.name] = a.value;
	const children: SvgNode['children'] = [];
	for (const child of Array.from(el.childNodes)) {
		if (child.nodeType === 1) children.push(toTree(child as Element));
		else if (child.nodeType === 3 && child.textContent) children.push(child.textContent);
	}
	return { tag: el.tagName, attrs, children };
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
	if (!prepared || (prepared.key !== key && prepared.key !== keyDigest(key))) return false;
	if (drawnWidth === null) return true;
	const scale = drawnWidth / prepared.width;
	return scale >= SCALE_RANGE[0] && scale <= SCALE_RANGE[1];
}
