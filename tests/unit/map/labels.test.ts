import { describe, expect, it } from 'vitest';
import { LABEL_BANDS, labelBand, mapLabels, SYMBOL_RADIUS } from '$lib/charts/map/labels';
import { mapShape } from '$lib/charts/map/layout';
import { mapModel } from '$lib/charts/map/model';
import { countsByActor, filterStatements, indexDataset, NO_FILTERS } from '$lib/data/queries';
import { overlaps } from '$lib/geo/placement';
import { contains } from '$lib/geo/view';
import { builtInDataset } from '$lib/server/dataset';
import { baseMapFor } from '$lib/server/basemap';

const dataset = builtInDataset();
const index = indexDataset(dataset);
const base = baseMapFor(dataset);

describe.each([
	{ width: 358, filter: 'all statements', statements: dataset.statements },
	{ width: 608, filter: 'all statements', statements: dataset.statements },
	{ width: 1200, filter: 'all statements', statements: dataset.statements },
	{ width: 358, filter: 'to Afghanistan', statements: filterStatements(dataset.statements, { ...NO_FILTERS, recipients: ['AFG'] }) }
])('the map’s labels at $width px, $filter', ({ width, statements }) => {
	const model = mapModel(base, dataset, index, statements, Infinity, mapShape(width));
	const unitsPerPx = model.view.width / width;
	const { fontSize, labels } = mapLabels(model, unitsPerPx);

	it('are 12 CSS px high', () => expect(fontSize / unitsPerPx).toBeCloseTo(12));

	it('name every party of the statements in view and every symbol in view, and members of the groups in view where there is room', () => {
		const parties = [...countsByActor(statements).keys()].filter((id) => {
			const c = model.countries.find((x) => x.actorId === id);
			return c?.anchor && contains(model.view, c.anchor);
		});
		const symbols = model.symbols.filter((s) => contains(model.view, [s.x, s.y])).map((s) => s.actorId);
		expect(parties.length).toBeGreaterThan(2);
		const named = labels.map((l) => l.id);
		expect(named).toEqual(expect.arrayContaining([...new Set([...parties, ...symbols])]));
		// Any other name is a member of a group in view (the 3+3's states), named though it said nothing itself.
		const members = new Set(model.countries.filter((c) => c.role === 'member').map((c) => c.actorId));
		for (const id of named) if (!parties.includes(id) && !symbols.includes(id)) expect(members.has(id), id).toBe(true);
	});

	it('overlap no other label, no symbol and no arrowhead, and stay in the view', () => {
		const symbols = model.symbols.map((s) => ({ x: s.x - SYMBOL_RADIUS, y: s.y - SYMBOL_RADIUS, width: 2 * SYMBOL_RADIUS, height: 2 * SYMBOL_RADIUS }));
		const heads = model.arcs.map(({ headBox: [x0, y0, x1, y1] }) => ({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }));
		for (const l of labels) {
			for (const o of labels) if (o !== l) expect(overlaps(l.box, o.box), `${l.id} on ${o.id}`).toBe(false);
			for (const r of [...symbols, ...heads]) expect(overlaps(l.box, r), l.id).toBe(false);
			expect(contains(model.view, [l.box.x, l.box.y]) && contains(model.view, [l.box.x + l.box.width, l.box.y + l.box.height])).toBe(true);
		}
	});
});

describe('the width bands the names are laid out for', () => {
	it('give each width its band’s lowest: a phone’s, a 640 px report’s, a desk’s; narrower than all, the first', () => {
		expect(labelBand(366)).toBe(300);
		expect(labelBand(616)).toBe(600);
		expect(labelBand(1416)).toBe(1080);
		expect(labelBand(LABEL_BANDS[0] - 40)).toBe(LABEL_BANDS[0]);
		for (const lo of LABEL_BANDS) expect(labelBand(lo)).toBe(lo);
	});

	// The style sheet keeps the text 12 px at every width of a band: each box shrinks about its centre, in the view's units, as lo / width.
	it.each(LABEL_BANDS.map((lo, i) => [lo, LABEL_BANDS[i + 1] ?? 1920]))('laid out at %i px, clear of each other up to %i px, every party of the wide view named', (lo, hi) => {
		const model = mapModel(base, dataset, index, dataset.statements, Infinity, mapShape(lo));
		const { labels } = mapLabels(model, model.view.width / lo);
		const parties = [...countsByActor(dataset.statements).keys()].filter((id) => model.countries.find((c) => c.actorId === id)?.anchor);
		expect(labels.map((l) => l.id)).toEqual(expect.arrayContaining(parties));
		for (const width of [lo, (lo + hi) / 2, hi]) {
			const k = lo / width;
			const shrunk = labels.map(({ x, y, box }) => ({ x: x - (box.width * k) / 2, y: y - (box.height * k) / 2, width: box.width * k, height: box.height * k }));
			for (const a of shrunk) for (const b of shrunk) if (a !== b) expect(overlaps(a, b)).toBe(false);
		}
	});
});
