/**
 * Above this many statements a dataset is "large": the notebook shows it a part at a time (each cell in a
 * task of its own, so the page answers input while it opens) and its views show totals first, with the
 * statements on demand (a table page, a card, the source text when asked for). docs/dataset.md states it.
 */
export const LARGE_DATASET_STATEMENTS = 20_000;

export const isLargeDataset = (statementCount: number): boolean => statementCount > LARGE_DATASET_STATEMENTS;
