/**
 * Elements kept through filter changes (the speed trick "kept"). A chart that draws a filtered view keeps the elements a filter
 * leaves out, hidden, instead of removing them, so that a return to the whole view shows them again
 * rather than making them anew (a return to all statements would otherwise re-create most of every chart).
 * Pure: the chart keeps the list it drew last and hands it back with the next view.
 */

export interface Kept<T> {
	item: T;
	/** False for an element the view now leaves out: drawn hidden. */
	shown: boolean;
}

/**
 * The items of the view now, shown, with the items drawn before that it leaves out, hidden (their last
 * version). Each hidden item stays after the item it followed before, so where the view keeps the order
 * of what it shares with the last one (a filter does), no element changes place: nothing is moved in
 * the document. At most `maxHidden` are kept (the first in the earlier order), so a series of filters
 * over a big dataset does not pile up hidden elements.
 */
export function keepLeftOut<T>(now: readonly T[], before: readonly Kept<T>[], key: (item: T) => string, maxHidden: number): Kept<T>[] {
	if (maxHidden <= 0 || !before.length) return now.map((item) => ({ item, shown: true }));
	const inView = new Set(now.map(key));
	/** Hidden items by the key of the item in view they follow, and those before any. */
	const after = new Map<string, Kept<T>[]>();
	const leading: Kept<T>[] = [];
	let previous: string | null = null;
	let hidden = 0;
	for (const k of before) {
		const id = key(k.item);
		if (inView.has(id)) previous = id;
		else if (hidden++ < maxHidden) {
			const kept = k.shown ? { item: k.item, shown: false } : k;
			const list = previous === null ? leading : after.get(previous);
			if (list) list.push(kept);
			else after.set(previous!, [kept]);
		}
	}
	const out: Kept<T>[] = leading;
	for (const item of now) {
		out.push({ item, shown: true });
		const list = after.get(key(item));
		if (list) for (const kept of list) out.push(kept);
	}
	return out;
}

/** The kinds of element the network's SVG view draws, each kept through filter changes. */
export interface KeptScene<M, N, P, L> {
	memberships: Kept<M>[];
	nodes: Kept<N>[];
	pairs: Kept<P>[];
	labels: Kept<L>[];
}

/** keepLeftOut for each kind of a drawn scene, at most `maxHidden` hidden of each kind. */
export function keepScene<M extends { id: string }, N extends { id: string }, P extends { id: string }, L extends { id: string }>(
	now: { memberships: readonly M[]; nodes: readonly N[]; pairs: readonly P[]; labels: readonly L[] },
	before: KeptScene<M, N, P, L> | null,
	maxHidden: number
): KeptScene<M, N, P, L> {
	const id = (x: { id: string }) => x.id;
	return {
		memberships: keepLeftOut(now.memberships, before?.memberships ?? [], id, maxHidden),
		nodes: keepLeftOut(now.nodes, before?.nodes ?? [], id, maxHidden),
		pairs: keepLeftOut(now.pairs, before?.pairs ?? [], id, maxHidden),
		labels: keepLeftOut(now.labels, before?.labels ?? [], id, maxHidden)
	};
}

/**
 * keepScene with memory: each call hands back what the last call kept, while `graph` (what identifies
 * the whole graph) is the same; another graph (another dataset) starts afresh.
 */
export function sceneKeeper<M extends { id: string }, N extends { id: string }, P extends { id: string }, L extends { id: string }>(maxHidden: number) {
	let last: { graph: string; kept: KeptScene<M, N, P, L> } | null = null;
	return (graph: string, now: { memberships: readonly M[]; nodes: readonly N[]; pairs: readonly P[]; labels: readonly L[] }): KeptScene<M, N, P, L> => {
		last = { graph, kept: keepScene(now, last?.graph === graph ? last.kept : null, maxHidden) };
		return last.kept;
	};
}
