import { builtInDataset } from '$lib/server/dataset';

export function load() {
	return { dataset: builtInDataset() };
}
