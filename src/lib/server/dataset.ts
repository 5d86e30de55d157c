/** The built-in dataset, validated once at build time; an invalid seed fails the build with its errors. */
import { validateDataset } from '$lib/data/schema';
import { seedDataset } from '$lib/data/seed/dataset';
import type { Dataset } from '$lib/data/types';

let validated: Dataset | undefined;

export function builtInDataset(): Dataset {
	if (validated) return validated;
	const result = validateDataset(seedDataset);
	if (!result.ok) {
		const list = result.errors.map((e) => `  - ${e.message}`).join('\n');
		throw new Error(`The built-in dataset is invalid:\n${list}`);
	}
	validated = result.dataset;
	return validated;
}
