/**
 * The chart contract: every chart in the registry supplies every part the notebook, the embed pages,
 * the exporters and the build read, from its own folder (charts/<id>/).
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paletteOf } from '$lib/charts/plot/palette';
import { CHARTS, chartById } from '$lib/charts/registry';
import { indexDataset } from '$lib/data/queries';
import { seedDataset } from '$lib/data/seed/dataset';
import { chartData } from '$lib/server/chart-data';

const CHART_DIR = 'src/lib/charts';
const palette = paletteOf(() => '');
const index = indexDataset(seedDataset);
const input = { dataset: seedDataset, index, statements: seedDataset.statements };

describe('the chart registry', () => {
	it('lists each chart once, by an id that is its folder, and finds it by that id', () => {
		const ids = CHARTS.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) {
			expect(existsSync(`${CHART_DIR}/${id}/index.ts`), `${CHART_DIR}/${id}/index.ts`).toBe(true);
			expect(chartById(id)?.id).toBe(id);
		}
		expect(chartById('no-such-chart')).toBeUndefined();
	});

	it('lists every chart folder that has an index.ts: a chart written is a chart shown', () => {
		const folders = readdirSync(CHART_DIR, { withFileTypes: true })
			.filter((e) => e.isDirectory() && existsSync(`${CHART_DIR}/${e.name}/index.ts`))
			.map((e) => e.name);
		expect(folders.sort()).toEqual(CHARTS.map((c) => c.id).sort());
	});
});

describe.each(CHARTS.map((c) => [c.id, c] as const))('the %s chart', (id, chart) => {
	it('has a title and a one-sentence description', () => {
		expect(chart.title.trim()).not.toBe('');
		expect(chart.description).toMatch(/^[A-Z].*\.$/s);
	});

	it('loads a view component', async () => {
		expect(typeof (await chart.load())).toBe('function');
	});

	it('writes a takeaway from the data in view, and says so when nothing is in view', async () => {
		const { takeaway } = await chart.parts();
		expect(takeaway(input).trim()).not.toBe('');
		expect(takeaway({ ...input, statements: [] })).toBe('No statement matches the filters.');
	});

	it('keys its exported figure if it draws one, and only then', async () => {
		const { figure } = await chart.parts();
		expect(Boolean(figure)).toBe(chart.figure);
		if (!figure) return;
		const view = figure.defaultView?.(seedDataset, chartData([id], seedDataset)[id]) ?? null;
		const legend = figure.legend(palette, {}, view);
		expect(legend.length).toBeGreaterThan(0);
		for (const item of legend) {
			expect(item.label.trim()).not.toBe('');
			expect(item.color).toMatch(/^#[0-9a-f]{6}$/);
		}
		for (const note of figure.notes?.(seedDataset) ?? []) expect(note.trim()).not.toBe('');
	});

	it('prepares its build-time data from its own prepare.server.ts, if it has one', () => {
		const prepared = chartData([id], seedDataset)[id];
		expect(prepared !== undefined).toBe(existsSync(`${CHART_DIR}/${id}/prepare.server.ts`));
	});
});
