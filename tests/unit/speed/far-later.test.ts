/**
 * far-later: a cell's view of the page's Dashboard follows the page's filters while near sight, holds
 * the ones it took while far (saying it is behind), and takes the page's at a word; everything else
 * (the selection, the dataset, the methods that change them) is the page's own.
 */
import { describe, expect, it } from 'vitest';
import { filterStatements, NO_FILTERS } from '$lib/data/queries';
import { seedDataset } from '$lib/data/seed/dataset';
import { FarLater } from '$lib/speed/far-later.svelte';
import { Dashboard } from '$lib/state/dashboard.svelte';

const RUSSIA = { ...NO_FILTERS, actors: ['RUS'] };
const byRussia = filterStatements(seedDataset.statements, RUSSIA);

function page() {
	const dash = new Dashboard(seedDataset, { sourceHref: (id) => `#${id}` });
	const later = new FarLater(dash);
	return { dash, later, view: later.view() };
}

describe('a far cell takes a filter change later', () => {
	it('near sight, the view shows the page’s filters as they change', () => {
		const { dash, view } = page();
		dash.setFilters(RUSSIA);
		expect(view.filters).toBe(RUSSIA);
		expect(view.statements.map((s) => s.id)).toEqual(byRussia.map((s) => s.id));
		expect(view.behind).toBe(false);
	});

	it('far, it keeps what it showed and says it is behind, until it catches up', () => {
		const { dash, later, view } = page();
		later.near(view, false);
		dash.setFilters(RUSSIA);
		expect(view.statements).toBe(seedDataset.statements);
		expect(view.filters).toBe(NO_FILTERS);
		expect(view.filterSummary).toBe('');
		expect(view.behind).toBe(true);
		// A focus's statements are those it shows.
		expect(view.statementsOf({ kind: 'actor', id: 'IRN' }).length).toBeGreaterThan(dash.statementsOf({ kind: 'actor', id: 'IRN' }).length);
		view.catchUp();
		expect(view.behind).toBe(false);
		expect(view.statements.map((s) => s.id)).toEqual(byRussia.map((s) => s.id));
		expect(view.filterSummary).toBe(dash.filterSummary);
	});

	it('coming near sight, or before printing, it takes the page’s filters', () => {
		const { dash, later, view } = page();
		const other = later.view();
		later.near(view, false);
		later.near(other, false);
		dash.setFilters(RUSSIA);
		later.near(view, true);
		expect(view.behind).toBe(false);
		expect(view.filters).toBe(RUSSIA);
		expect(other.behind).toBe(true);
		later.catchUpAll();
		expect(other.behind).toBe(false);
		expect(other.filters).toBe(RUSSIA);
	});

	it('the selection and the dataset are the page’s: set through a view, they change the page', () => {
		const { dash, later, view } = page();
		later.near(view, false);
		view.togglePin({ kind: 'actor', id: 'IRN' });
		expect(dash.pinned).toEqual({ kind: 'actor', id: 'IRN' });
		view.hover({ kind: 'actor', id: 'RUS' });
		expect(dash.hovered).toEqual({ kind: 'actor', id: 'RUS' });
		view.setFilters(RUSSIA);
		expect(dash.filters).toBe(RUSSIA);
		expect(view.behind).toBe(true);
		// Another dataset is shown at once, with the page's filters: no old statement over a new dataset.
		const next = { ...seedDataset, statements: seedDataset.statements.slice(0, 3) };
		dash.replaceDataset(next, 'three.json');
		expect(view.dataset).toBe(next);
		expect(view.behind).toBe(false);
		expect(view.statements.map((s) => s.id)).toEqual(dash.statements.map((s) => s.id));
	});
});
