/**
 * The network's motion when the view changes: elements that enter fade in, elements that leave fade
 * out (NetworkSvg's styles: they stop taking the pointer and the keyboard at once), and what was drawn
 * before and after moves from its old geometry to its new one. Nothing moves for readers who ask for
 * reduced motion.
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

/**
 * The drawn elements a change can bring back or leave out (NetworkSvg's template marks each with its id,
 * and keeps those a filter leaves out, with the class "left-out": speed/kept.ts).
 */
export const CHANGING = '.memberships line[data-id], g.node[data-id], g.pair[data-id], .labels text[data-id]';
/** An element's key among them: a label has its node's id. */
const keyOf = (el: Element) => (el.localName === 'text' ? 'label:' : '') + el.getAttribute('data-id');

/**
 * Fade in what a change brought, in one pass over the drawn elements after the template has updated them.
 * Each element shown now whose key was not shown before takes the class "entering", a CSS animation
 * (NetworkSvg's styles), instead of a transition per element (Svelte's `in:` made an effect for each).
 * What a change leaves out fades out by CSS alone, as it takes the class "left-out"; here it loses
 * "entering", so that its fade-in starts anew when it comes back. A dimmed element (class "dim": the view
 * changed under a hover) takes its place at once, so the fade never ends in a jump; reduced motion turns
 * the animations off in the styles. Returns the keys shown now, the `before` of the next change (null
 * before: nothing fades in on the first draw).
 */
export function fadeIn(drawn: Iterable<Element>, before: ReadonlySet<string> | null): Set<string> {
	const now = new Set<string>();
	for (const el of drawn) {
		if (el.classList.contains('left-out')) {
			el.classList.remove('entering');
			continue;
		}
		const key = keyOf(el);
		now.add(key);
		if (before && !before.has(key) && !el.classList.contains('dim')) el.classList.add('entering');
	}
	return now;
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
