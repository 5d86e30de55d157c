/**
 * Figures drawn before, kept by key (the data and the width they were drawn for): the last few shown,
 * so that going back to a view (Back, a filter undone) shows its figure again instead of drawing it
 * anew, and those drawn ahead for views that look likely (draw-ahead), which wait in their own list so
 * that a burst of them does not push out what was shown. Each list drops its least recently used. Pure.
 */
export class FigureCache<F> {
	private readonly recent = new Map<string, F>();
	private readonly ahead = new Map<string, F>();
	constructor(
		private readonly recentMax: number,
		private readonly aheadMax: number
	) {}

	/** A figure for the key, from either list; a hit counts as shown (it moves to the recent list's end). */
	take(key: string): F | undefined {
		const figure = this.recent.get(key) ?? this.ahead.get(key);
		if (figure !== undefined) this.shown(key, figure);
		return figure;
	}

	has(key: string): boolean {
		return this.recent.has(key) || this.ahead.has(key);
	}

	/** A figure now shown. */
	shown(key: string, figure: F): void {
		put(this.recent, key, figure, this.recentMax);
	}

	/** A figure drawn ahead, not shown. */
	drawnAhead(key: string, figure: F): void {
		put(this.ahead, key, figure, this.aheadMax);
	}

	get size(): number {
		return this.recent.size + this.ahead.size;
	}
}

function put<F>(figures: Map<string, F>, key: string, figure: F, max: number) {
	figures.delete(key);
	if (max <= 0) return;
	figures.set(key, figure);
	if (figures.size > max) figures.delete(figures.keys().next().value!);
}

/**
 * Draw ahead (draw-ahead): the figures of the likely views the cache lacks, in idle periods, at most one
 * started per period (drawing one takes Plot tens of milliseconds). `view` gives an item's key and
 * drawing, or null to skip it. Returns a cancel.
 */
export function drawAheadWhenIdle<T, F>(
	items: readonly T[],
	view: (item: T) => { key: string; draw: () => Promise<F> } | null,
	cache: FigureCache<F>,
	slices: (slice: (hasTime: () => boolean) => boolean) => () => void
): () => void {
	let next = 0;
	return slices((hasTime) => {
		while (next < items.length && hasTime()) {
			const ahead = view(items[next++]);
			if (!ahead || cache.has(ahead.key)) continue;
			ahead.draw().then(
				(figure) => cache.drawnAhead(ahead.key, figure),
				() => {}
			);
			break;
		}
		return next >= items.length;
	});
}
