/**
 * Far cells take a filter change later (the speed trick "far-later"). A notebook cell far from sight reads
 * the page's Dashboard through a view that holds the filters (and what they pass) it last took, so a
 * filter change redraws, in its next frame, only the cells in or near sight; the others take it one a task
 * after that frame, in the page's order, and at once when they come near sight, before printing, or when a
 * reader uses their toolbar. A view that has not yet taken the page's filters says so (`behind`: the cell
 * is marked busy and dimmed), so no old number reads as current.
 */
import { flushSync, untrack } from 'svelte';
import { Dashboard } from '$lib/state/dashboard.svelte';
import { indexedFocusActors, indexedFocusStatements, type FocusIndex } from '$lib/state/focus';
import type { Filters } from '$lib/data/queries';
import type { Dataset, Statement } from '$lib/data/types';

/** What a view shows while it is far from sight: the page's, at the moment it last took them. */
interface Taken {
	filters: Filters;
	dataset: Dataset;
	statements: readonly Statement[];
	filterSummary: string;
	focusIndex: FocusIndex;
}

/** One cell's view of the page's Dashboard: the page's own state, with the filters it last took while far. */
class Later {
	readonly page: Dashboard;
	near = $state(true);
	taken = $state.raw<Taken | null>(null);
	/** What the view shows: the page's own (near sight, or the page opened another dataset since), or what it took. */
	shown: Dashboard | Taken;
	filters: Filters;
	statements: readonly Statement[];
	filterSummary: string;
	focusIndex: FocusIndex;
	// The Dashboard's own, over what this view shows.
	activeStatements: readonly Statement[];
	activeStatementIds: Set<string>;
	activeActorIds: Set<string>;
	/** Showing filters older than the page's. */
	behind: boolean;

	constructor(page: Dashboard) {
		this.page = page;
		this.shown = $derived(this.near || !this.taken || this.taken.dataset !== page.dataset ? page : this.taken);
		this.filters = $derived(this.shown.filters);
		this.statements = $derived(this.shown.statements);
		this.filterSummary = $derived(this.shown.filterSummary);
		this.focusIndex = $derived(this.shown.focusIndex);
		this.activeStatements = $derived(page.active ? indexedFocusStatements(page.active, this.focusIndex) : []);
		this.activeStatementIds = $derived(new Set(this.activeStatements.map((s) => s.id)));
		this.activeActorIds = $derived(page.active ? indexedFocusActors(page.active, this.focusIndex) : new Set<string>());
		this.behind = $derived(this.shown !== page && this.shown.filters !== page.filters);
	}
	/** Take the page's filters and what they pass, as they are now. */
	take() {
		const p = this.page;
		this.taken = untrack(() => ({ filters: p.filters, dataset: p.dataset, statements: p.statements, filterSummary: p.filterSummary, focusIndex: p.focusIndex }));
	}
}

/** The members a view answers itself; every other member is the page's. */
const OWN = new Set<PropertyKey>(['filters', 'statements', 'filterSummary', 'focusIndex', 'activeStatements', 'activeStatementIds', 'activeActorIds', 'behind']);
/** The page's methods that read the members above: run on the view, so they read the view's. */
const ON_VIEW = new Set<PropertyKey>(['statementsOf', 'actorStatements', 'memberNote']);

/** The page's cells' views: which are near sight, and the catching up of those that are not. */
export class FarLater {
	#views: { later: Later; view: Dashboard }[] = [];
	#scheduled = false;
	readonly page: Dashboard;

	constructor(page: Dashboard) {
		this.page = page;
		// A filter change: the views far from sight take it after the frame that shows it in the others.
		$effect.root(() => {
			$effect(() => {
				void page.filters;
				untrack(() => this.#schedule());
			});
		});
		if (typeof addEventListener === 'function') addEventListener('beforeprint', () => this.catchUpAll());
	}

	/** A view of the page's Dashboard for one cell: every member the page's, but the filters it shows. */
	view(): Dashboard {
		const later = new Later(this.page);
		const page = this.page;
		const bound = new Map<PropertyKey, unknown>();
		const view: Dashboard = new Proxy(page, {
			get(target, key) {
				if (OWN.has(key)) return later[key as keyof Later];
				if (key === 'catchUp') return () => catchUp(later);
				const value = Reflect.get(target, key, target);
				if (typeof value !== 'function') return value;
				if (!bound.has(key)) bound.set(key, value.bind(ON_VIEW.has(key) ? view : target));
				return bound.get(key);
			},
			set: (target, key, value) => Reflect.set(target, key, value, target)
		});
		this.#views.push({ later, view });
		return view;
	}

	/** Whether a view's cell is near sight (the islands' observer tells): near, it shows the page's filters. */
	near(view: Dashboard, near: boolean) {
		const later = this.#views.find((v) => v.view === view)?.later;
		if (!later || later.near === near) return;
		// While a large dataset is taken in a part at a time, a view stays the page's: taking would make
		// the page's lookups (the focus index, the summary) in one task, ahead of their turn.
		if (!near && untrack(() => this.page.adopting)) return;
		// Going far, it first takes what it shows now, so nothing it shows changes.
		if (!near) later.take();
		later.near = near;
	}

	/** Every view takes the page's filters now (before printing). */
	catchUpAll() {
		for (const { later } of this.#views) if (untrack(() => later.behind)) later.take();
		flushSync();
	}

	/** After the next frame, the views behind take the page's filters, one a task, in the page's order. */
	#schedule() {
		if (this.#scheduled || typeof requestAnimationFrame !== 'function') return;
		this.#scheduled = true;
		const step = () => {
			const next = this.#views.find(({ later }) => untrack(() => later.behind));
			if (!next) {
				this.#scheduled = false;
				return;
			}
			catchUp(next.later);
			requestAnimationFrame(() => setTimeout(step));
		};
		requestAnimationFrame(() => setTimeout(step));
	}
}

/** A view takes the page's filters now, and its cell shows them before this task ends. */
function catchUp(later: Later) {
	if (!untrack(() => later.behind)) return;
	later.take();
	flushSync();
}
