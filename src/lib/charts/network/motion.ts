/**
 * The network's motion when the view changes: elements that enter fade in, elements that leave fade
 * out (and stop taking the pointer and the keyboard at once), and what was drawn before and after moves
 * from its old geometry to its new one. Nothing moves for readers who ask for reduced motion.
 */
import type { GeometryMoves } from '$lib/graph/transition';

export const MOTION_MS = 300;
const EASING = 'cubic-bezier(0.2, 0.7, 0.3, 1)';

/** The reader's motion preference, as a live query made once (each matchMedia call parses the query anew). */
let motionQuery: MediaQueryList | null | undefined;
export function reducedMotion(): boolean {
	if (motionQuery === undefined) motionQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
	return !motionQuery || motionQuery.matches;
}

/** Whether leaving took an element out of the tab order (to give back if it returns mid-fade). */
const leaving = new WeakMap<Element, { tabbable: boolean }>();

/**
 * Svelte `in:` transition: fade in. The fades are CSS animations of the classes "entering" and "leaving"
 * (NetworkSvg's styles), so that a change that brings back sixty elements adds sixty classes instead of
 * making sixty script animations; reduced motion turns them off there. An element that comes back while
 * it is fading out (two quick filter changes) is given back what leaving took: the pointer, its place in
 * the tab order, and its fade-in. A dimmed element (class "dim": the view changed under a hover) takes
 * its place at once, so the fade never ends in a jump.
 */
export function appear(node: Element) {
	const left = leaving.get(node);
	if (left) {
		leaving.delete(node);
		node.classList.remove('leaving');
		node.removeAttribute('aria-hidden');
		if (left.tabbable) node.setAttribute('tabindex', '0');
	}
	if (!node.classList.contains('dim')) node.classList.add('entering');
	return { duration: 0 };
}

/**
 * Svelte `out:` transition: out of the tab order and the pointer's way at once, then fade out (class
 * "leaving"; Svelte removes the element after). Given as a function, which Svelte calls on every exit:
 * it keeps the options of an exit that was undone, and would not call `leave` itself again.
 */
export function leave(node: Element) {
	return () => {
		const tabbable = node.getAttribute('tabindex') === '0';
		node.classList.add('leaving');
		if (tabbable) node.setAttribute('tabindex', '-1');
		node.setAttribute('aria-hidden', 'true');
		leaving.set(node, { tabbable });
		const still = reducedMotion() || node.classList.contains('dim');
		return { duration: still ? 0 : MOTION_MS };
	};
}

/** CSS `d` can be animated here (Chromium, Firefox); elsewhere paths take their new shape at once. */
const animatesPaths = () => typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('d', 'path("M0,0")');

/** The moves running now (not the fades), by element and animated property. */
const moving = new WeakMap<Element, Map<string, Animation>>();

/**
 * Move one property of an element from → to. A move of it still running (a second change within 300 ms)
 * is stopped, and the new one starts from where that one had got to, not from its target: no jump.
 */
function move(el: Element, property: 'd' | 'strokeWidth' | 'transform', from: string, to: string, timing: KeyframeAnimationOptions) {
	let running = moving.get(el);
	const earlier = running?.get(property);
	if (earlier?.playState === 'running') {
		const css = property === 'strokeWidth' ? 'stroke-width' : property;
		from = getComputedStyle(el).getPropertyValue(css) || from;
		earlier.cancel();
	}
	const animation = el.animate([{ [property]: from }, { [property]: to }], timing);
	if (!running) moving.set(el, (running = new Map()));
	running.set(property, animation);
}

/** Animate the moves of a redrawn chart, from its old geometry to the new one the template has written. */
export function animateMoves(root: Element, moves: GeometryMoves): void {
	if (reducedMotion()) return;
	const timing: KeyframeAnimationOptions = { duration: MOTION_MS, easing: EASING };
	const byKey = new Map<string, Element>();
	for (const el of root.querySelectorAll('[data-geometry]')) byKey.set(el.getAttribute('data-geometry')!, el);
	if (animatesPaths())
		for (const m of moves.paths) {
			const el = byKey.get(m.key);
			if (el) move(el, 'd', `path("${m.from}")`, `path("${m.to}")`, timing);
		}
	for (const m of moves.widths) {
		const el = byKey.get(m.key);
		if (el) move(el, 'strokeWidth', `${m.from}`, `${m.to}`, timing);
	}
	if (!moves.labels.length) return;
	const labels = new Map<string, Element>();
	for (const el of root.querySelectorAll('.labels text[data-id]')) labels.set(el.getAttribute('data-id')!, el);
	for (const m of moves.labels) {
		const el = labels.get(m.id);
		if (el) move(el, 'transform', `translate(${m.dx}px, ${m.dy}px)`, 'none', timing);
	}
}

/** Stop every move at its end (a drag takes the geometry over: the moved shapes are written directly). */
export function stopMoves(root: Element): void {
	for (const el of root.querySelectorAll('[data-geometry], .labels text')) for (const a of moving.get(el)?.values() ?? []) a.cancel();
}
