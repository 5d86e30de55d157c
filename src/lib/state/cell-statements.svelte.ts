/**
 * The statements a notebook cell's CSV and JSON export: those its chart shows. A chart shows the
 * statements the filters pass (the Dashboard's) unless it narrows them further itself, as the table's
 * search does; such a chart provides its own list here, and the cell's toolbar reads it.
 */
import { getContext, setContext } from 'svelte';
import type { Statement } from '$lib/data/types';

export class CellStatements {
	#provided = $state.raw<(() => readonly Statement[]) | null>(null);

	/** The statements the chart shows, in its order; null when it shows the Dashboard's. */
	get shown(): readonly Statement[] | null {
		return this.#provided?.() ?? null;
	}

	/** The chart shows `get()`, read when asked (at an export), until the returned function is called. */
	provide(get: () => readonly Statement[]): () => void {
		this.#provided = get;
		return () => {
			this.#provided = null;
		};
	}
}

const KEY = Symbol('cell-statements');

export function setCellStatements(cell: CellStatements): CellStatements {
	return setContext(KEY, cell);
}

/** The enclosing cell's, or undefined outside a notebook cell (an embed page). */
export function getCellStatements(): CellStatements | undefined {
	return getContext<CellStatements | undefined>(KEY);
}
