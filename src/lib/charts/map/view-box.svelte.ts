/**
 * The map's viewBox, moving to each new view: animated when a filter refocuses the map, at once when the
 * map's shape changes (a new width) or the reader prefers reduced motion.
 */
import { cubicOut } from 'svelte/easing';
import { prefersReducedMotion, Tween } from 'svelte/motion';
import type { Rect } from '$lib/geo/placement';

const ZOOM_MS = 450;
const toList = (r: Rect) => [r.x, r.y, r.width, r.height];

export function viewBoxTween(view: () => Rect | undefined) {
	const first = view();
	const tween = new Tween(first ? toList(first) : [0, 0, 1, 1], { easing: cubicOut });
	let aspect = first ? first.width / first.height : 0;
	$effect(() => {
		const v = view();
		if (!v) return;
		// Views are rounded to 0.1 unit: the same shape within rounding.
		const sameShape = Math.abs(v.width / v.height - aspect) < 0.01 * aspect;
		aspect = v.width / v.height;
		tween.set(toList(v), { duration: sameShape && !prefersReducedMotion.current ? ZOOM_MS : 0 });
	});
	return {
		get current() {
			return tween.current.map((n) => Math.round(n * 10) / 10).join(' ');
		}
	};
}
