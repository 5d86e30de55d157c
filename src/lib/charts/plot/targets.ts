/**
 * The elements of a Plot figure a reader can focus: what each stands for, how a figure's elements are
 * made focusable (in the browser, and at build time in a server DOM), and which a selection lights.
 */
import type { Statement } from '$lib/data/types';
import type { Focus } from '$lib/state/focus';
import type { CardAction } from '$lib/interaction/card-layer.svelte';

export interface PlotTarget {
	/** Accessible name, e.g. "Iran → United States: 3 statements". */
	label: string;
	/** Heading of the card. */
	heading: string;
	/** One line under the card's heading. */
	summary?: string;
	/** What the card offers to do with its statements (a mark of several: put them in the table). */
	action?: CardAction;
	focus: Focus;
	statements: readonly Statement[];
}

/** The attribute that ties an element of a figure to its target: the target's index. */
export const TARGET_ATTRIBUTE = 'data-target';

/**
 * Make a figure Plot just drew behave like the other views: each element of the interactive mark (found by
 * `selector`; Plot binds it to its datum index) becomes a focusable button named for its target. Uses only
 * standard DOM calls, so the build runs it on the figures it prerenders.
 */
export function wireFigure(svg: Element, targets: readonly PlotTarget[], selector: string): void {
	svg.setAttribute('data-chart-figure', '');
	// Plot labels its mark groups with aria-label; give them a role so the label is allowed (axe).
	for (const g of svg.querySelectorAll('g[aria-label]')) g.setAttribute('role', 'group');
	for (const el of svg.querySelectorAll(selector)) {
		const i = (el as Element & { __data__?: unknown }).__data__;
		if (typeof i !== 'number' || !targets[i]) continue;
		el.setAttribute(TARGET_ATTRIBUTE, String(i));
		el.setAttribute('tabindex', '0');
		el.setAttribute('role', 'button');
		el.setAttribute('aria-label', targets[i].label);
		el.classList.add('plot-target');
	}
}

/** The wired elements of a figure by target index. */
export function targetElements(svg: Element): (Element | undefined)[] {
	const elements: (Element | undefined)[] = [];
	for (const el of svg.querySelectorAll(`[${TARGET_ATTRIBUTE}]`)) elements[Number(el.getAttribute(TARGET_ATTRIBUTE))] = el;
	return elements;
}

/** For each statement id, the indices of the targets that include it. Built once per list of targets. */
export function targetsByStatement(targets: readonly { statements: readonly Pick<Statement, 'id'>[] }[]): Map<string, number[]> {
	const m = new Map<string, number[]>();
	targets.forEach((t, i) => {
		for (const s of t.statements) {
			const list = m.get(s.id);
			if (!list) m.set(s.id, [i]);
			else if (list[list.length - 1] !== i) list.push(i);
		}
	});
	return m;
}

/** The target indices lit by a set of statement ids: costs the size of the selection, not of the chart. */
export function litTargets(activeIds: Iterable<string>, byStatement: Map<string, number[]>): Set<number> {
	const lit = new Set<number>();
	for (const id of activeIds) for (const i of byStatement.get(id) ?? []) lit.add(i);
	return lit;
}

/** What changes between two lit sets: the indices to switch off and to switch on. */
export function litChanges(before: ReadonlySet<number>, after: ReadonlySet<number>): { off: number[]; on: number[] } {
	const off: number[] = [], on: number[] = [];
	for (const i of before) if (!after.has(i)) off.push(i);
	for (const i of after) if (!before.has(i)) on.push(i);
	return { off, on };
}
