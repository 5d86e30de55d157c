/**
 * The one shared state of a page: the dataset in view, the filters, and what is hovered or pinned.
 * Every chart reads it from context; none keeps a copy.
 */
import { flushSync, getContext, setContext } from 'svelte';
import { describeFilters } from '$lib/data/wording';
import { definedPasses, statementsById } from '$lib/data/passes';
import { actorName, filterStatements, indexDataset, NO_FILTERS, type Filters } from '$lib/data/queries';
import { isLargeDataset } from '$lib/data/large';
import type { Dataset, Statement } from '$lib/data/types';
import { buildFocusIndex, indexedFocusActors, indexedFocusStatements, sameFocus, type Focus, type FocusIndex } from './focus';
import { nextTask, runPassesInSlices } from './sliced-passes';
import { hasActiveFilters, type Theme } from './url';

export interface DashboardOptions {
	/** Where "show in source" goes for a statement (the notebook's source reader, or a link to it). */
	sourceHref: (statementId: string) => string;
	/** "show in source" opens a new tab (an embed: the notebook must not load inside the frame). */
	sourceInNewTab?: boolean;
}

export class Dashboard {
	dataset = $state.raw<Dataset>() as Dataset;
	filters = $state.raw<Filters>(NO_FILTERS);
	hovered = $state.raw<Focus | null>(null);
	pinned = $state.raw<Focus | null>(null);
	/** The pin came with the address (a link, Back, Forward), not from a mark: its card has yet to open. */
	pinnedFromAddress = $state(false);
	theme = $state.raw<Theme>('auto');
	/** The name of an opened file or URL; "" for the built-in dataset. */
	datasetName = $state('');
	readonly sourceHref: (statementId: string) => string;
	readonly sourceInNewTab: boolean;
	/** Called after a user changes filters, pin or theme (the URL sync records it in history). */
	onchange: (() => void) | null = null;

	index = $derived(indexDataset(this.dataset));
	/** The statements that pass the filters: what every chart shows. */
	statements: readonly Statement[] = $derived(
		// With no filter on, the dataset's list itself: no pass over every statement to find it.
		hasActiveFilters(this.filters) ? filterStatements(this.dataset.statements, this.filters) : this.dataset.statements
	);
	/**
	 * What the filters leave in view, worded as the exports word it ("4 statements of 20 · filters: said by
	 * Russia; topic JCPOA"); "" when no filter is on. Plain text: show it as text, never as HTML.
	 */
	filterSummary: string = $derived(
		hasActiveFilters(this.filters) ? describeFilters(this.index, this.filters, this.statements.length, this.dataset.statements.length) : ''
	);
	/** The pinned focus wins over the hovered one. */
	active: Focus | null = $derived(this.pinned ?? this.hovered);
	/** Focus → statements lookups over the statements in view: a hover costs its answer, not a pass over all. */
	focusIndex: FocusIndex = $derived(buildFocusIndex(this.statements));
	/** The statements behind the active focus, in dataset order (shared; do not mutate). */
	activeStatements: readonly Statement[] = $derived(this.active ? indexedFocusStatements(this.active, this.focusIndex) : []);
	activeStatementIds: Set<string> = $derived(new Set(this.activeStatements.map((s) => s.id)));
	activeActorIds: Set<string> = $derived(this.active ? indexedFocusActors(this.active, this.focusIndex) : new Set());

	/**
	 * A view of this state that shows filters older than the page's (a notebook cell far from sight that
	 * takes a filter change later: speed/far-later.svelte.ts): its cell marks itself busy until it catches up.
	 * Never, for the page's own state.
	 */
	get behind(): boolean {
		return false;
	}
	/** Such a view takes the page's filters now, and shows them before this task ends (an export reads them). */
	catchUp(): void {}

	/** The statements behind any focus (in view), through the index. */
	statementsOf(focus: Focus): readonly Statement[] {
		return indexedFocusStatements(focus, this.focusIndex);
	}
	/** The groups each actor is a member of (by the groups' `members`). */
	groupsOf: Map<string, string[]> = $derived.by(() => {
		const m = new Map<string, string[]>();
		for (const g of this.dataset.actors) for (const id of g.members ?? []) m.set(id, [...(m.get(id) ?? []), g.id]);
		return m;
	});
	/**
	 * What an actor's card lists: its own statements in view; for a member of a group with none of its own,
	 * the statements of its groups, with the groups named (`via`), so every party on a chart explains itself.
	 */
	actorStatements(id: string): { statements: readonly Statement[]; via: string[] } {
		const own = this.statementsOf({ kind: 'actor', id });
		if (own.length) return { statements: own, via: [] };
		const via = this.groupsOf.get(id) ?? [];
		const seen = new Set<string>();
		const statements = via
			.flatMap((g) => this.statementsOf({ kind: 'actor', id: g }))
			.filter((s) => !seen.has(s.id) && (seen.add(s.id), true));
		return { statements, via };
	}
	/** The line a card adds for a member shown through its groups; undefined for an actor with statements. */
	memberNote(id: string): string | undefined {
		const { statements, via } = this.actorStatements(id);
		if (!via.length) return undefined;
		const groups = via.map((g) => actorName(this.index, g)).join(', ');
		return statements.length
			? `No statement of its own in view. Member of ${groups}: the group’s statements.`
			: `No statement of its own in view. Member of ${groups}, which has none in view either.`;
	}

	/** Above LARGE_DATASET_STATEMENTS: views show totals first and the statements on demand. */
	large: boolean = $derived(isLargeDataset(this.dataset.statements.length));
	/** The parts of the page that show the dataset yet, while a large one is taken in; null: all do. */
	#shown = $state.raw<ReadonlySet<string> | null>(null);
	/** Parts that asked to show the dataset while it is taken in, in the order they asked. */
	#waiting: string[] = [];
	/** True while a large dataset is taken in, a part of the page at a time. */
	get adopting(): boolean {
		return this.#shown !== null;
	}
	/**
	 * Whether a part of the page (a cell, the headline facts) shows the dataset now. A large dataset is
	 * taken in a part per task: each part that asks waits for its turn (and shows that it is coming), so no
	 * one task computes every view of 140,000 statements. Always true for a dataset that is not large.
	 */
	shows(part: string): boolean {
		const shown = this.#shown;
		if (!shown || shown.has(part)) return true;
		if (!this.#waiting.includes(part)) this.#waiting.push(part);
		return false;
	}

	/**
	 * Take a large dataset in: the shared lookups first, made a slice per task (every pass of data/passes.ts
	 * the page's code holds: the index by id, the focus index, the edges, the counts per party, the
	 * statements per source, the tallies the sentences read, the matrix's pairs, the filter bar's choices),
	 * then each part that asked, each in a task of its own.
	 */
	async #adopt(dataset: Dataset) {
		const current = () => this.dataset === dataset;
		await nextTask(); // the parts show that the data is coming, and ask for their turn
		const all = dataset.statements;
		const inView = this.statements; // the list itself unless a filter is on (then one pass, to filter)
		if (inView !== all && !(await runPassesInSlices(all, [statementsById], current))) return;
		if (!(await runPassesInSlices(inView, definedPasses(), current))) return;
		// The index, the list in view and the focus index now take no pass of their own: the parts read them.
		for (let part = this.#waiting.shift(); part !== undefined; part = this.#waiting.shift()) {
			if (!current()) return;
			this.#shown = new Set([...(this.#shown ?? []), part]);
			await nextTask();
		}
		if (current()) this.#shown = null;
	}

	constructor(dataset: Dataset, options: DashboardOptions) {
		this.dataset = dataset;
		this.sourceHref = options.sourceHref;
		this.sourceInNewTab = options.sourceInNewTab ?? false;
	}

	/** Show another dataset everywhere; the selection is cleared since its ids may not exist there. */
	replaceDataset(dataset: Dataset, name: string) {
		this.pinned = this.hovered = null;
		this.#waiting = [];
		this.#shown = isLargeDataset(dataset.statements.length) ? new Set() : null;
		this.dataset = dataset;
		this.datasetName = name;
		if (this.#shown) void this.#adopt(dataset);
	}

	/** Hover a focus (null: none). */
	hover(focus: Focus | null) {
		this.hovered = focus;
	}
	/** Leave a focus: clears the hover only if it is still that focus. */
	leave(focus: Focus) {
		if (sameFocus(this.hovered, focus)) this.hovered = null;
	}
	/** Pin a focus, or unpin it when it is already pinned. */
	togglePin(focus: Focus) {
		this.pinned = sameFocus(this.pinned, focus) ? null : focus;
		this.pinnedFromAddress = false;
		this.onchange?.();
	}
	/** Pin a focus as the address says (Back, Forward, a link). */
	restorePin(focus: Focus | null) {
		this.pinned = focus;
		this.pinnedFromAddress = focus !== null;
	}
	clear() {
		const hadPin = this.pinned !== null;
		this.pinned = this.hovered = null;
		this.pinnedFromAddress = false;
		if (hadPin) this.onchange?.();
	}
	/** Escape clears the selection, unless it is closing a dialog (which handles its own Escape). */
	escape(e: KeyboardEvent) {
		if (e.key !== 'Escape' || e.defaultPrevented) return;
		if (e.target instanceof Element && e.target.closest('dialog')) return;
		this.clear();
	}
	isActive(focus: Focus): boolean {
		return sameFocus(this.active, focus);
	}
	/**
	 * Run `read` with the page drawn as if nothing were hovered or pinned (an export shows the view the
	 * filters leave, not dimmed around a selection), then put the selection back as it was: not recorded
	 * in history, and not painted in between (both changes are applied at once, in this task).
	 */
	unselected<T>(read: () => T): T {
		const { pinned, hovered } = this;
		if (!pinned && !hovered) return read();
		this.pinned = this.hovered = null;
		flushSync();
		try {
			return read();
		} finally {
			this.pinned = pinned;
			this.hovered = hovered;
			flushSync();
		}
	}
	setFilters(filters: Filters) {
		this.filters = filters;
		this.dropSelectionOutOfView();
		this.onchange?.();
	}
	/**
	 * A pin or hover that no statement in view stands behind (the filters left out what it marked) is
	 * dropped: a card of "0 statements" over nothing, and every chart dimmed around it, would say nothing.
	 */
	dropSelectionOutOfView() {
		if (this.pinned && !this.statementsOf(this.pinned).length) this.pinned = null;
		if (this.hovered && !this.statementsOf(this.hovered).length) this.hovered = null;
	}
	setTheme(theme: Theme) {
		this.theme = theme;
		this.onchange?.();
	}
}

const KEY = Symbol('dashboard');

export function setDashboard(dashboard: Dashboard): Dashboard {
	return setContext(KEY, dashboard);
}

export function getDashboard(): Dashboard {
	const dashboard = getContext<Dashboard | undefined>(KEY);
	if (!dashboard) throw new Error('getDashboard() needs a Dashboard set by a parent (setDashboard)');
	return dashboard;
}
