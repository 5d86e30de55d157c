/**
 * Above this many statements a dataset is "large": the notebook shows it a part at a time (each cell in a
 * task of its own, so the page answers input while it opens) and its views show totals first, with the
 * statements on demand (a table page, a card, the source text when asked for). docs/dataset.md states it.
 */
export const LARGE_DATASET_STATEMENTS = 20_000;

export const isLargeDataset = (statementCount: number): boolean => statementCount > LARGE_DATASET_STATEMENTS;

/**
 * The most statements this page opens. Past it a file is refused where it is read (the background reader),
 * before any statement crosses to the page, and the dataset shown stays. Measured: 1,000,000 statements
 * open (the tab peaks near 3.3 GB while the reader parses them), 2,000,000 crashed the tab; its JavaScript
 * memory, page and reader together, ends near 4 GB (bench/README.md; docs/dataset.md states the limit).
 */
export const MAX_DATASET_STATEMENTS = 1_000_000;
