/**
 * Which part of the drawn map a view shows: the rectangle (in the base map's viewBox units) that holds the
 * parties in view at a given aspect ratio, and where a party outside it is drawn on its edge. Pure; the
 * map's viewBox is the result, so a filter or a narrow screen refocuses the map without redrawing it.
 */
import { extentOf } from './bounds';
import type { Point } from './anchors';
import type { Rect } from './placement';

export interface ViewOptions {
	/** Space kept around the points, as a share of the view's width. */
	padding: number;
	/** The narrowest view, in viewBox units: one or two parties are not blown up to fill the map. */
	minWidth: number;
}

export const DEFAULT_VIEW: ViewOptions = { padding: 0.1, minWidth: 260 };

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * The smallest rectangle of the given aspect (width / height) that holds every point with padding around
 * it, no narrower than minWidth, moved (not shrunk) to stay inside `extent` where it fits there. The whole
 * extent's width at that aspect when there are no points.
 */
export function fitView(points: readonly Point[], extent: Rect, aspect: number, o: ViewOptions = DEFAULT_VIEW): Rect {
	if (!points.length) return clampInto({ x: extent.x, y: extent.y, width: extent.width, height: extent.width / aspect }, extent);
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	const [x0, x1] = extentOf(xs) as [number, number];
	const [y0, y1] = extentOf(ys) as [number, number];
	const grow = 1 / (1 - 2 * o.padding);
	let width = Math.max((x1 - x0) * grow, (y1 - y0) * grow * aspect, o.minWidth);
	width = Math.min(width, extent.width, extent.height * aspect);
	const height = width / aspect;
	const view = { x: (x0 + x1) / 2 - width / 2, y: (y0 + y1) / 2 - height / 2, width, height };
	return clampInto(view, extent);
}

/** `view` moved the least so that it lies inside `extent` along each axis where it is no larger. */
function clampInto(view: Rect, extent: Rect): Rect {
	const along = (start: number, size: number, min: number, extentSize: number) =>
		size >= extentSize ? min + (extentSize - size) / 2 : Math.min(Math.max(start, min), min + extentSize - size);
	return {
		x: round(along(view.x, view.width, extent.x, extent.width)),
		y: round(along(view.y, view.height, extent.y, extent.height)),
		width: round(view.width),
		height: round(view.height)
	};
}

export function contains(r: Rect, [x, y]: Point): boolean {
	return x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
}

/**
 * Where a party outside the view is drawn: on the view's border, `inset` units inside it, on the line
 * from the view's centre towards the party's true (projected) position, as news maps point off the page.
 */
export function edgePoint(view: Rect, target: Point, inset: number): Point {
	const cx = view.x + view.width / 2;
	const cy = view.y + view.height / 2;
	const dx = target[0] - cx;
	const dy = target[1] - cy;
	const hw = view.width / 2 - inset;
	const hh = view.height / 2 - inset;
	if (!dx && !dy) return [round(cx), round(cy)];
	const t = Math.min(dx ? hw / Math.abs(dx) : Infinity, dy ? hh / Math.abs(dy) : Infinity);
	return [round(cx + dx * t), round(cy + dy * t)];
}
