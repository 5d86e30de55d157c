/**
 * Everything opening a dataset takes, in one chunk the notebook loads on demand (on-demand.ts): reading
 * and parsing a file (in the page, or in the background reader above 1 MB) or the address's ?dataset=, the schema that checks it
 * (also for a dataset kept in this browser), the download's limits, and the notice that lists problems.
 */
export { validateDataset } from '$lib/data/schema';
export { openDatasetFromAddress } from '$lib/state/dataset-url';
export { DATASET_MAX_BYTES, formatMegabytes } from '$lib/state/fetch-dataset-file';
export { prepareReader, readDatasetFile } from '$lib/state/read-dataset-file';
export { default as LoadErrors } from './LoadErrors.svelte';
