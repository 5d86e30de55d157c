/**
 * The one switch for every speed trick (index.ts lists them). Read once, here: `?speed=off` in the page's
 * address turns them all off, `?speed=-kept,-recent` only those named; a page that sets
 * `globalThis.__SPEED__` before its scripts run (the bench does: `npm run bench -- --speed off`) gives
 * the same value. With a trick off, the page does the plain thing: it draws what the view needs, when it
 * needs it, and keeps nothing.
 */

/**
 * The tricks, where each acts, and what it bought, measured on `/` at 4× CPU slowdown on a machine under
 * heavy load (2 cores, load average 12–18: medians of 3–6 runs, interleaved on/off; `npm run bench --
 * --speed on --speed off` and tests in bench/README.md). All on against all off: a first filter change to
 * an actor 270 ms against 870 ms (Plot's code loaded and compiled on the change), network drag 40 fps
 * against 19 fps, opening a 10,000-statement file 4.8 s against 7.4 s.
 *
 * - load-ahead (charts/warm-charts.ts): the charts' drawing code loaded when a change looks likely (the
 *   pointer reaches the filters, a file is being read). Its gain shows with warm-draw off.
 * - warm-draw (speed/warmth.svelte.ts, PlotFigure): a Plot figure showing the build's drawing draws
 *   once unseen when the reader reaches the filters, so the first change does not also compile Plot's
 *   code: first change 296 ms with it, 344 ms without (seed).
 * - recent (speed/figure-cache.ts, PlotFigure): the last 4 figures shown, reused when a view comes back:
 *   back to all statements on 300 actors 1.36 s with it, 1.90 s without.
 * - kept-prepared (PlotFigure): the build's figure stays in the page, hidden, while another view shows,
 *   so going back to the default view re-creates nothing.
 * - kept (speed/kept.ts: NetworkSvg, MapChart): elements a filter leaves out stay, hidden. No speed-up
 *   measured (back to all statements: seed 87 ms with and without; 300 actors 1.36 s with, 1.20 s
 *   without); it stays because the network's fade-out of what a filter leaves out is drawn with it.
 * - held-drag (speed/held-frame.ts, network/held-drag.ts): a drag holds the frame and writes each tick's
 *   geometry to the elements drawn at its start (drag 40 against 19 fps, seed).
 * - warm-up (charts/warm-up.ts): the charts' models run over a small sample while the page is idle when a
 *   file looks likely, so the file's own run is not their first.
 * - idle-index (network/NetworkCanvas): the canvas graph's hit index is built in idle slices after a
 *   draw, not on the first hover.
 * - wake-replay (speed/wake.ts, notebook-islands/entry.svelte.ts): the pointer or focus that woke a
 *   notebook island goes again to its mark once the island is live, so its card opens in that task.
 * - far-later (speed/far-later.svelte.ts, notebook-islands/entry.svelte.ts): a notebook cell far from
 *   sight takes a filter change after the frame that shows it in the cells near sight, one cell a task,
 *   marked busy until then.
 * - hydrate-ahead (speed/ahead.ts, routes/embed/[chart]/island.ts, map/MapChart): an embed's view computes
 *   its first drawing's model (the map's view, arcs and model) in tasks of its own before hydrate(), which
 *   then reads it: the map embed's longest script task at 4×, 139 ms of CPU without it, 77 ms with it.
 *
 * Removed for earning nothing measurable: draw-ahead (the views a select's options lead to, drawn while
 * idle into a cache of 40; first change 270 ms with it, 296 ms without, once warm-draw and recent are on);
 * labels-later (the map's names and key placed a frame after a filter change: on a quiet machine the
 * seed's next paint 105 / 114 ms with it, 101 / 110 without, median / worst of six; 300 actors slower).
 */
export const TRICKS = ['load-ahead', 'warm-draw', 'recent', 'kept-prepared', 'kept', 'held-drag', 'warm-up', 'idle-index', 'wake-replay', 'far-later', 'hydrate-ahead'] as const;
export type Trick = (typeof TRICKS)[number];

/** The tricks a switch value leaves on: '' or 'on' all, 'off' none, '-a,-b' all but a and b. Pure. */
export function tricksOn(value: string | null | undefined): ReadonlySet<Trick> {
	const v = (value ?? '').trim();
	if (v === 'off') return new Set();
	const off = new Set(v.split(',').map((s) => s.trim().replace(/^-/, '')));
	return new Set(TRICKS.filter((t) => !off.has(t)));
}

function read(): ReadonlySet<Trick> {
	const set = (globalThis as { __SPEED__?: unknown }).__SPEED__;
	if (typeof set === 'string') return tricksOn(set);
	if (typeof location === 'undefined') return tricksOn('');
	return tricksOn(new URLSearchParams(location.search).get('speed'));
}

const on = read();

/** Whether a speed trick is on in this page. */
export const speedTrick = (trick: Trick): boolean => on.has(trick);
