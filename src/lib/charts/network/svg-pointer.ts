/**
 * The SVG network's marks for the card layer, and the dragging of its nodes. The SVG listens once for
 * all of them, as the map does: nodes and pairs carry no handlers of their own, so a change that brings
 * back dozens of them creates no listeners. A drag owns the pointer while it lasts: no hover card follows
 * a node being moved, and the click that ends a drag pins nothing.
 */
import type { CardTarget, MarkSource } from '$lib/interaction/card-layer.svelte';
import type { Focus } from '$lib/state/focus';

export const actorFocus = (id: string): Focus => ({ kind: 'actor', id });
const edgeFocus = (source: string, target: string): Focus => ({ kind: 'edge', source, target });

export interface SvgPointerInput {
	svg: () => SVGSVGElement | undefined;
	/** A drawn pair by its id (a pair's element carries its id only). */
	pair: (id: string) => { source: string; target: string } | undefined;
	targetFor: (focus: Focus) => CardTarget;
	/** A drag has moved past the click distance: the view holds still for it. */
	onstart: (id: string) => void;
	ondrag: (id: string, x: number, y: number, phase: 'start' | 'move' | 'end') => void;
}

export function svgPointer(input: SvgPointerInput): { marks: MarkSource; handlers: Record<`onpointer${'down' | 'move' | 'up' | 'cancel'}`, (e: PointerEvent) => void> } {
	const { svg, ondrag } = input;
	/** The node or pair an event came from, and what it stands for. (Fading-out copies have no id: they are not found.) */
	function targetAt(node: EventTarget | null): { el: Element; focus: Focus; node: boolean } | null {
		const el = node instanceof Element ? node.closest('g.node[data-id], g.pair[data-id]') : null;
		const id = el?.getAttribute('data-id');
		if (!el || !id) return null;
		if (el.classList.contains('node')) return { el, focus: actorFocus(id), node: true };
		const p = input.pair(id);
		return p ? { el, focus: edgeFocus(p.source, p.target), node: false } : null;
	}
	let dragging: { id: string; x: number; y: number; moved: boolean } | null = null;
	let suppressClick = false;
	/** Layout coordinates through the SVG's screen matrix. */
	function toLayout(event: PointerEvent) {
		const m = svg()?.getScreenCTM();
		if (!m) return { x: 0, y: 0 };
		const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(m.inverse());
		return { x: p.x, y: p.y };
	}
	function up() {
		if (dragging?.moved) {
			ondrag(dragging.id, 0, 0, 'end');
			suppressClick = true;
		}
		dragging = null;
	}
	const marks: MarkSource = {
		container: () => svg()?.parentElement?.parentElement,
		markAt(node) {
			const at = targetAt(node);
			return at ? { el: at.el, target: input.targetFor(at.focus) } : null;
		},
		markFor(focus) {
			const id = focus.kind === 'actor' ? focus.id : focus.kind === 'edge' ? `${focus.source}→${focus.target}` : null;
			const el = id ? svg()?.querySelector(`g[data-id="${CSS.escape(id)}"][tabindex="0"]`) : null;
			return el ? { el, target: input.targetFor(focus) } : null;
		},
		accepts(event) {
			if (event.type === 'click' && suppressClick) {
				suppressClick = false;
				return false;
			}
			return !(dragging && (event.type === 'pointerover' || event.type === 'pointerout'));
		}
	};
	const handlers = {
		onpointerdown(event: PointerEvent) {
			const at = targetAt(event.target);
			if (!at?.node || event.button !== 0 || at.focus.kind !== 'actor') return;
			at.el.setPointerCapture(event.pointerId);
			dragging = { id: at.focus.id, x: event.clientX, y: event.clientY, moved: false };
		},
		onpointermove(event: PointerEvent) {
			if (!dragging) return;
			if (!dragging.moved && Math.hypot(event.clientX - dragging.x, event.clientY - dragging.y) < 4) return;
			const p = toLayout(event);
			if (!dragging.moved) input.onstart(dragging.id);
			ondrag(dragging.id, p.x, p.y, dragging.moved ? 'move' : 'start');
			if (!dragging.moved) ondrag(dragging.id, p.x, p.y, 'move');
			dragging.moved = true;
		},
		onpointerup: up,
		onpointercancel: up
	};
	return { marks, handlers };
}
