/**
 * Loading ahead, when a change looks likely (speed tricks, each behind the switch: speed/switch.ts):
 * the charts' drawing code (load-ahead) and, for a change of view in the same data, one unseen drawing of
 * each Plot figure (warm-draw: speed/warmth.svelte.ts); for a file, a warm-up of the charts' models
 * (warm-up: warm-up.ts). Once per page each.
 */
import { speedTrick } from '$lib/speed/switch';
import { warmth } from '$lib/speed/warmth.svelte';
import { CHARTS, type PreparedData } from './registry';

/**
 * Load ahead the drawing code of every chart that has some, once. For a change of view in the same data
 * (the reader reaches for the filters), the figures also draw once unseen (speed/warmth.svelte.ts); not for a file
 * being opened, whose data replaces the view anyway.
 */
let warmed = false;
export function warmCharts(options: { drawAhead?: boolean } = {}) {
	if (options.drawAhead && speedTrick('warm-draw')) warmth.wanted = true;
	if (warmed || !speedTrick('load-ahead')) return;
	warmed = true;
	for (const c of CHARTS) c.warm?.().catch(() => (warmed = false));
}

/**
 * A file looks likely (the pointer on the Open dataset control, a file dragged over the page): load the
 * charts' drawing code, and have their models run once over a small generated dataset while the page is
 * idle (warm-up.ts), so that the file's own run is not their first. Once per page.
 */
let warmedForNewData = false;
let fileChosen = false;
let stopWarmUp = () => {};
export function warmForNewData(prepared: PreparedData) {
	warmCharts();
	if (warmedForNewData || !speedTrick('warm-up')) return;
	warmedForNewData = true;
	import('./warm-up').then(
		(m) => {
			if (fileChosen) return;
			m.warmUpCharts(prepared);
			stopWarmUp = m.stopWarmUp;
		},
		() => (warmedForNewData = false)
	);
}

/** A file was chosen: what is left of the warm-up is dropped (or it does not start). */
export function endWarmUp() {
	fileChosen = true;
	stopWarmUp();
}
