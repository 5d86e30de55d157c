/**
 * The map's labels pinned: every label's id, text, place, leader and box for the seed at the bench's
 * widths under every actor filter, and for a generated dataset and a seeded crowd of requests, written
 * from the placement before it was made faster (the boxes taken kept by rows, no candidate list),
 * so a change to the placement's speed shows here as any difference at all.
 */
import { describe, expect, it } from 'vitest';
import { mapLabels } from '$lib/charts/map/labels';
import { mapShape } from '$lib/charts/map/layout';
import { mapModel } from '$lib/charts/map/model';
import { filterStatements, indexDataset, NO_FILTERS } from '$lib/data/queries';
import { generateDataset } from '$lib/data/generate';
import type { Dataset } from '$lib/data/types';
import { layoutLabels, type LabelRequest, type PlacedMapLabel, type Rect } from '$lib/geo/placement';
import { builtInDataset } from '$lib/server/dataset';
import { baseMapFor } from '$lib/server/basemap';

/** One line a label, every number as computed (no rounding of our own). */
const lines = (labels: PlacedMapLabel[]) =>
	labels.map((l) => [l.id, l.text, l.x, l.y, JSON.stringify(l.leader), l.box.x, l.box.y, l.box.width, l.box.height].join(' '));

/** The widths the map is drawn at: a phone (390 px), a narrow embed, a tablet, the bench's 1280 px page and a wide desk. */
const WIDTHS = [358, 608, 900, 1216, 1376];

function labelsFor(dataset: Dataset, actorIds: (string | null)[], widths = WIDTHS) {
	const index = indexDataset(dataset);
	const base = baseMapFor(dataset);
	const out: Record<string, string[]> = {};
	for (const width of widths)
		for (const id of actorIds) {
			const statements = id ? filterStatements(dataset.statements, { ...NO_FILTERS, actors: [id] }) : dataset.statements;
			const model = mapModel(base, dataset, index, statements, Infinity, mapShape(width));
			out[`${width} ${id ?? 'all'}`] = lines(mapLabels(model, model.view.width / width).labels);
		}
	return out;
}

describe('the map’s labels, pinned', () => {
	it('on the seed, every actor filter at every width', async () => {
		const dataset = builtInDataset();
		await expect(labelsFor(dataset, [null, ...dataset.actors.map((a) => a.id)])).toMatchFileSnapshot('__snapshots__/labels-pinned.seed.json');
	});

	it('on 300 generated actors (the bench’s), all statements and the four first actors, on a phone and the bench’s page', { timeout: 30_000 }, async () => {
		const dataset = generateDataset({ actors: 300, statements: 850, seed: 7 });
		await expect(labelsFor(dataset, [null, ...dataset.actors.slice(0, 4).map((a) => a.id)], [358, 1216])).toMatchFileSnapshot('__snapshots__/labels-pinned.generated.json');
	});

	it('on a seeded crowd of requests and obstacles, some of them larger than the view or outside it', async () => {
		let s = 12345;
		const random = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
		const words = ['Iran', 'Iraq', 'Saudi Arabia', 'UAE', 'Democratic Republic of the Congo', 'EU', 'Türkiye', 'X'];
		const out: Record<string, string[]> = {};
		for (const [n, fontSize] of [[40, 12], [200, 9], [600, 6], [600, 14]]) {
			const bounds: Rect = { x: 10, y: 5, width: 960, height: 480 };
			const requests: LabelRequest[] = Array.from({ length: n }, (_, i) => ({
				id: `a${i}`,
				text: words[Math.floor(random() * words.length)],
				at: [random() * 1000 - 20, random() * 520 - 20],
				clearance: random() < 0.5 ? 0 : random() * 12,
				priority: Math.floor(random() * 5)
			}));
			const obstacles: Rect[] = Array.from({ length: n / 2 }, () => ({ x: random() * 1000 - 20, y: random() * 520 - 20, width: random() < 0.05 ? 400 : random() * 20, height: random() < 0.05 ? 300 : random() * 20 }));
			out[`${n} at ${fontSize}`] = lines(layoutLabels(requests, obstacles, bounds, fontSize));
		}
		await expect(out).toMatchFileSnapshot('__snapshots__/labels-pinned.crowd.json');
	});
});
