/**
 * The last dataset the user opened, kept in this browser (IndexedDB, through idb-keyval) so a reload
 * does not lose it. Nothing leaves the browser. Every function resolves (to null/false) when storage is
 * unavailable.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Dataset } from '$lib/data/types';

const DB_NAME = 'diplomacy-dashboard';
const STORE = 'opened-datasets';
const KEY = 'last';

export interface SavedDataset {
	name: string;
	dataset: Dataset;
	/** ISO time of saving. */
	savedAt: string;
}

/** The store, opened on first use (createStore opens the database at once); null where there is no IndexedDB. */
let store: UseStore | null | undefined;
function openStore(): UseStore | null {
	if (store === undefined) {
		try {
			store = typeof indexedDB === 'undefined' ? null : createStore(DB_NAME, STORE);
		} catch {
			store = null;
		}
	}
	return store;
}

/** Run a storage step; anything that fails (private mode, quota, a blocked database) gives the fallback. */
async function withStore<T>(act: (s: UseStore) => Promise<T>, fallback: T): Promise<T> {
	const s = openStore();
	if (!s) return fallback;
	try {
		return await act(s);
	} catch {
		return fallback;
	}
}

export async function saveOpenedDataset(name: string, dataset: Dataset): Promise<boolean> {
	const entry: SavedDataset = { name, dataset, savedAt: new Date().toISOString() };
	return withStore((s) => set(KEY, entry, s).then(() => true), false);
}

export async function loadOpenedDataset(): Promise<SavedDataset | null> {
	const entry = await withStore((s) => get<SavedDataset>(KEY, s), undefined);
	return entry && typeof entry.name === 'string' && entry.dataset ? entry : null;
}

export async function forgetOpenedDataset(): Promise<void> {
	await withStore((s) => del(KEY, s), undefined);
}
