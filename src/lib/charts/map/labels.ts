/**
 * The map's labels for one view at one size: every party with statements in view (its country, or its
 * symbol) is named in text `fontPx` CSS pixels high whatever the map's width, clear of the symbols, the
 * arrowheads and each other (geo/placement.ts). Pure: the model and the view's scale in, labels out.
 */
import { labelRect, layoutLabels, type LabelRequest, type PlacedMapLabel, type Rect } from '$lib/geo/placement';
import { contains } from '$lib/geo/view';
import type { MapModel } from './model';

/**
 * The map widths (CSS px) its names are laid out for, each the lowest of a band: a map of any width in a
 * band shows the layout made for that band's lowest, its names clear of each other there and so at every
 * wider width, and kept `fontPx` high by the style sheet (MapLabels.svelte), which scales the text by this
 * width over the map's. The page's markup holds the layout of every band, for a reader without scripts (a
 * container query shows the map's own); measured, the map makes its band's, the same one, so hydrating
 * moves no name. MapLabels' container queries repeat these figures.
 */
export const LABEL_BANDS = [300, 420, 600, 800, 1080] as const;

/** The band of a map `width` CSS px wide: the lowest width of its band (the first band's below it). */
export function labelBand(width: number): number {
	return LABEL_BANDS.findLast((lo) => lo <= width) ?? LABEL_BANDS[0];
}

/** Symbols are drawn 18 units across; the labels keep this far from their centres. */
export const SYMBOL_RADIUS = 9;

/** Labels by actor id: a party's country or its symbol. */
export interface MapLabels {
	/** Font size in viewBox units (fontPx CSS pixels at this scale). */
	fontSize: number;
	labels: PlacedMapLabel[];
}

/** `unitsPerPx`: the view's width in viewBox units over the map's width in CSS pixels. */
export function mapLabels(model: MapModel, unitsPerPx: number, fontPx = 12): MapLabels {
	const fontSize = fontPx * unitsPerPx;
	const view = model.view;
	const pad = 3 * unitsPerPx;
	const bounds: Rect = { x: view.x + pad, y: view.y + pad, width: view.width - 2 * pad, height: view.height - 2 * pad };
	const requests: LabelRequest[] = [];
	const asSymbol = new Set(model.symbols.map((s) => s.actorId));
	for (const c of model.countries) {
		// A member of a group in view with no statement of its own is named too, after every party that spoke.
		if (!c.label || (!c.total && c.role !== 'member') || asSymbol.has(c.actorId)) continue;
		// The shape's centre, or its capital when the view leaves the centre out (Russia's, zoomed to the south).
		const at = contains(view, [c.label.x, c.label.y]) ? ([c.label.x, c.label.y] as const) : c.anchor && contains(view, c.anchor) ? c.anchor : null;
		if (!at) continue;
		const box = labelRect(0, 0, c.name, fontSize);
		// A label bigger than its country goes beside it, with a leader line.
		const fits = box.width * box.height * 1.5 <= c.area;
		requests.push({ id: c.actorId, text: c.name, at: [at[0], at[1]], clearance: fits ? 0 : 2 * unitsPerPx, priority: c.total || 0.25 });
	}
	for (const s of model.symbols)
		if (contains(view, [s.x, s.y])) requests.push({ id: s.actorId, text: s.shortName, at: [s.x, s.y], clearance: SYMBOL_RADIUS + 2 * unitsPerPx, priority: s.total + 0.5 });
	const symbols = model.symbols.map((s) => ({ x: s.x - SYMBOL_RADIUS, y: s.y - SYMBOL_RADIUS, width: 2 * SYMBOL_RADIUS, height: 2 * SYMBOL_RADIUS }));
	const heads = model.arcs.map(({ headBox: [x0, y0, x1, y1] }) => ({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }));
	return { fontSize, labels: layoutLabels(requests, [...symbols, ...heads], bounds, fontSize) };
}
