/**
 * The last dataset the user opened, kept in this browser (IndexedDB, through idb-keyval) so a reload
 * does not lose it. Nothing leaves the browser. Every function resolves (to null/false) when storage is
 * unavailable. A small file is kept as its dataset; a file read by the background reader (above 1 MB) is
 * kept as the file itself, a Blob the browser stores without copying it into this thread's memory, and
 * read again by that reader on a reload (copying a 1,000,000-statement dataset into IndexedDB held the
 * reader's gigabytes beside the page's, near the tab's memory limit).
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Actor, Dataset } from '$lib/data/types';

const DB_NAME = 'diplomacy-dashboard';
const STORE = 'opened-datasets';
const KEY = 'last';

/**
 * What is kept: the dataset itself, or the file it was read from (read again on a reload) with its parties,
 * which the coding workbench suggests without reading the file.
 */
export type SavedDataset = { name: string; /** ISO time of saving. */ savedAt: string } & (
	| { dataset: Dataset; file?: undefined; actors?: undefined }
	| { file: Blob; actors?: readonly Actor[]; dataset?: undefined }
);

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

/** Keep the file a dataset was read from (the background reader's files): read again on a reload. */
export async function saveOpenedFile(name: string, file: Blob, actors: readonly Actor[]): Promise<boolean> {
	const entry: SavedDataset = { name, file, actors, savedAt: new Date().toISOString() };
	return withStore((s) => set(KEY, entry, s).then(() => true), false);
}

export async function loadOpenedDataset(): Promise<SavedDataset | null> {
	const entry = await withStore((s) => get<SavedDataset>(KEY, s), undefined);
	const whole = entry?.dataset || (typeof Blob !== 'undefined' && entry?.file instanceof Blob);
	return entry && typeof entry.name === 'string' && whole ? entry : null;
}

/** The parties of the dataset the notebook opens with when it is not the built-in one; null when none is kept. */
export async function loadOpenedActors(): Promise<readonly Actor[] | null> {
	const entry = await loadOpenedDataset();
	return entry?.dataset?.actors ?? (Array.isArray(entry?.actors) ? entry.actors : null);
}

export async function forgetOpenedDataset(): Promise<void> {
	await withStore((s) => del(KEY, s), undefined);
}
