/**
 * Figures drawn before, kept by key (the data and the width they were drawn for): the last few shown,
 * so that going back to a view (Back, a filter undone) shows its figure again instead of drawing it
 * anew (the speed trick recent). Drops the least recently shown. Pure.
 */
export class FigureCache<F> {
	private readonly figures = new Map<string, F>();
	constructor(private readonly max: number) {}

	/** The figure for the key, if kept; it counts as shown again. */
	take(key: string): F | undefined {
		const figure = this.figures.get(key);
		if (figure !== undefined) this.shown(key, figure);
		return figure;
	}

	/** A figure now shown. */
	shown(key: string, figure: F): void {
		this.figures.delete(key);
		if (this.max <= 0) return;
		this.figures.set(key, figure);
		if (this.figures.size > this.max) this.figures.delete(this.figures.keys().next().value!);
	}

	get size(): number {
		return this.figures.size;
	}
}
