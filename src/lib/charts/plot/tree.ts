/** A figure's elements as plain data, and reading them from a DOM (the build's jsdom, or the page). Pure. */

/** An element of a figure as plain data: its tag, its attributes, its children (elements or text). */
export interface SvgNode {
	tag: string;
	attrs: Record<string, string>;
	children: (SvgNode | string)[];
}

/** The attribute that names a prepared figure in the page, so the browser can read its tree back from the markup. */
export const PREPARED_ATTRIBUTE = 'data-prepared';

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
