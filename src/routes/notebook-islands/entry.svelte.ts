/**
 * The notebook's own entry (_app/islands/notebook.js, made by vite.config.ts): the page has no SvelteKit
 * client (csr = false in +page.ts); this hydrates its islands one at a time, each with Svelte's hydrate()
 * in a task of its own, all with one shared state (shared.ts, Island.svelte). First the card host, the
 * masthead and the filter bar, then the islands near the viewport; the others when they come near it or
 * the browser is idle. A pointer or keyboard focus reaching an island not yet live wakes it at once, and
 * the card of the mark it rests on opens as it hydrates (interaction/marks.ts). Once every island is live
 * the page marks it (<html data-hydrated>), which browser tests wait for.
 */
import { flushSync, hydrate, tick, type Component } from 'svelte';
import { yieldToBrowser } from '$lib/charts/idle';
import { decodePageData } from '$lib/charts/page-data';
import { chartById, type AnyPrepared, type PreparedData } from '$lib/charts/registry';
import { warmForNewData } from '$lib/charts/warm-charts';
import EmbedAll from '$lib/components/EmbedAll.svelte';
import OpenDataset from '$lib/components/OpenDataset.svelte';
import CardHost from '$lib/interaction/CardHost.svelte';
import { FarLater } from '$lib/speed/far-later.svelte';
import { whenIdle } from '$lib/speed/idle';
import { speedTrick } from '$lib/speed/switch';
import { replayWake } from '$lib/speed/wake';
import { syncWithUrl } from '$lib/state/url-sync.svelte';
import Cell from './Cell.svelte';
import Facts from './Facts.svelte';
import Filters from './Filters.svelte';
import Island from './Island.svelte';
import Masthead from './Masthead.svelte';
import { NOTEBOOK_ID, sharedState, type NotebookData } from './shared';
import SourceCell from './SourceCell.svelte';

/** An island's component and its props (any: each island's part reads its own). */
type Part = { component: Component<any>; props: Record<string, unknown> };

// Imported by the page's linked script (vite.config.ts), after the page is parsed; the check keeps it so.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin, { once: true });
else begin();

function begin() {
	const page = document.getElementById(NOTEBOOK_ID);
	if (page) start(page);
}

function start(page: HTMLElement) {
	const data = decodePageData(page.dataset.notebook ?? '{}') as NotebookData;
	const shared = sharedState(data.dataset, data.root);
	const { dash } = shared;

	/** Each cell's data, read from its island (its figures from the markup) once. */
	const cellData = new Map<string, AnyPrepared | undefined>();
	const preparedOf = (el: HTMLElement) => {
		const id = el.dataset.chart ?? '';
		if (!cellData.has(id)) cellData.set(id, (decodePageData(el.dataset.props ?? 'null') ?? undefined) as AnyPrepared | undefined);
		return cellData.get(id);
	};
	const islands = [...page.querySelectorAll<HTMLElement>('[data-island]')];
	// The cells (the charts' and the source's) far from sight take a filter change after the others (far-later).
	const later = speedTrick('far-later') ? new FarLater(dash) : null;
	const views = new Map(
		islands.filter((el) => later && (el.dataset.island === 'cell' || el.dataset.island === 'source')).map((el) => [el, later!.view()])
	);
	const sharedOf = (el: HTMLElement) => {
		const view = views.get(el);
		return view ? { ...shared, dash: view } : shared;
	};
	// A file looks likely: the charts' models warm up over every cell's data.
	const allPrepared = () =>
		Object.fromEntries(islands.filter((el) => el.dataset.chart).map((el) => [el.dataset.chart, preparedOf(el)])) as PreparedData;

	/** What each island renders. A cell's view and takeaway load as the page starts, in parallel. */
	const parts: Record<string, (el: HTMLElement) => Part | Promise<Part>> = {
		cards: () => ({ component: CardHost, props: {} }),
		masthead: (el) => ({ component: Masthead, props: { code: el.dataset.code } }),
		filters: () => ({ component: Filters, props: {} }),
		open: () => ({ component: OpenDataset, props: { builtIn: data.dataset, onintent: () => warmForNewData(allPrepared()) } }),
		facts: () => ({ component: Facts, props: {} }),
		source: () => ({ component: SourceCell, props: {} }),
		publish: () => ({ component: EmbedAll, props: { charts: data.charts } }),
		cell: (el) => {
			const chart = chartById(el.dataset.chart ?? '');
			if (!chart) throw new Error(`No chart called "${el.dataset.chart}"`);
			return loading.get(chart.id)!.then(([view, { takeaway }]) => ({
				component: Cell,
				props: { id: chart.id, title: chart.title, figure: chart.figure, prepared: preparedOf(el), chart: view, takeaway }
			}));
		}
	};
	const loading = new Map(
		islands.flatMap((el) => {
			const chart = chartById(el.dataset.chart ?? '');
			return chart ? [[chart.id, Promise.all([chart.load(), chart.parts()])] as const] : [];
		})
	);

	/** An island's hydration, once started (by `cause`: a pointer or focus reaching it, or none). */
	const woken = new Map<HTMLElement, Promise<void>>();
	const wake = (el: HTMLElement, cause?: Event): Promise<void> => {
		let done = woken.get(el);
		if (done) return done;
		for (const type of ['pointerover', 'focusin']) el.removeEventListener(type, reach, true);
		const made = parts[el.dataset.island ?? ''];
		done = Promise.resolve(made ? made(el) : null).then((part) => {
			if (!part) return;
			hydrate(Island, { target: el, props: { shared: sharedOf(el), part: part.component, props: part.props } });
			// Its effects and attachments now: a mark under a resting pointer gets its card before the next paint.
			flushSync();
			el.dataset.live = '';
			if (cause && speedTrick('wake-replay')) replayWake(cause);
		});
		woken.set(el, done);
		return done;
	};
	const pending = () => islands.filter((el) => !woken.has(el));

	// A pointer or keyboard focus reaching an island before it is live wakes it.
	const reach = (e: Event) => void wake(e.currentTarget as HTMLElement, e);
	for (const el of islands) for (const type of ['pointerover', 'focusin']) el.addEventListener(type, reach, true);

	// The page's own behaviour: its address, "Show in source" by the hash, Escape.
	$effect.root(() => syncWithUrl(dash));
	const fromHash = () => {
		const id = decodeURIComponent(location.hash.slice(1)).replace(/^source-/, '');
		if (location.hash.startsWith('#source-') && dash.index.statements.has(id)) dash.pinned = { kind: 'statement', id };
	};
	fromHash();
	addEventListener('hashchange', fromHash);
	addEventListener('keydown', (e) => dash.escape(e));

	// Islands near the viewport (a display: contents island is observed by its first element). The observer
	// goes on telling the cells' views whether they are near sight (far-later) after every island is live.
	const near = new Set<HTMLElement>();
	const boxOf = new Map(islands.map((el) => [el.firstElementChild ?? el, el]));
	let started = false;
	let seen: () => void = () => {};
	const firstSeen = new Promise<void>((resolve) => (seen = resolve));
	const observer =
		typeof IntersectionObserver === 'function'
			? new IntersectionObserver(
					(entries) => {
						for (const entry of entries) {
							const el = boxOf.get(entry.target)!;
							const view = views.get(el);
							if (view) later?.near(view, entry.isIntersecting);
							if (!entry.isIntersecting || near.has(el)) continue;
							near.add(el);
							if (!view) observer?.unobserve(entry.target);
							if (started) void wake(el);
						}
						seen();
					},
					{ rootMargin: '50% 0px' }
				)
			: null;
	for (const box of boxOf.keys()) observer?.observe(box);
	if (!observer) seen();

	void (async () => {
		// First what answers at once: the card host, the masthead, the filters; a task each.
		for (const name of ['cards', 'masthead', 'filters']) {
			for (const el of islands.filter((el) => el.dataset.island === name)) await wake(el);
			await yieldToBrowser();
		}
		// Then the islands in or near the viewport, in the page's order, a task each.
		await firstSeen;
		for (const el of islands.filter((el) => near.has(el) && !woken.has(el))) {
			await wake(el);
			await yieldToBrowser();
		}
		started = true;
		// The rest as they come near (the observer) or, one per idle period, when the browser is idle.
		await new Promise<void>((resolve) => {
			const next = () => {
				const el = pending()[0];
				if (!el) return resolve();
				void wake(el).then(() => whenIdle(next));
			};
			whenIdle(next);
		});
		await Promise.all(woken.values());
		if (!views.size) observer?.disconnect();
		await tick();
		// Every island is live from here on; browser tests wait for this mark before they point, focus or press.
		document.documentElement.setAttribute('data-hydrated', '');
	})();
}
