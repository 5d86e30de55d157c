/**
 * The last dataset the user opened, kept in this browser (IndexedDB) so a reload does not lose it.
 * Nothing leaves the browser. Every function resolves (to null/false) when storage is unavailable.
 */
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

function openDb(): Promise<IDBDatabase | null> {
	return new Promise((resolve) => {
		try {
			if (typeof indexedDB === 'undefined') return resolve(null);
			const request = indexedDB.open(DB_NAME, 1);
			request.onupgradeneeded = () => request.result.createObjectStore(STORE);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => resolve(null);
			request.onblocked = () => resolve(null);
		} catch {
			resolve(null);
		}
	});
}

async function withStore<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest, fallback: T): Promise<T> {
	const db = await openDb();
	if (!db) return fallback;
	return new Promise<T>((resolve) => {
		try {
			const tx = db.transaction(STORE, mode);
			const request = act(tx.objectStore(STORE));
			tx.oncomplete = () => {
				db.close();
				resolve((request.result as T) ?? fallback);
			};
			tx.onerror = tx.onabort = () => {
				db.close();
				resolve(fallback);
			};
		} catch {
			db.close();
			resolve(fallback);
		}
	});
}

export async function saveOpenedDataset(name: string, dataset: Dataset): Promise<boolean> {
	const entry: SavedDataset = { name, dataset, savedAt: new Date().toISOString() };
	return withStore<unknown>('readwrite', (s) => s.put(entry, KEY), false).then((r) => r !== false);
}

export async function loadOpenedDataset(): Promise<SavedDataset | null> {
	const entry = await withStore<SavedDataset | null>('readonly', (s) => s.get(KEY), null);
	return entry && typeof entry.name === 'string' && entry.dataset ? entry : null;
}

export async function forgetOpenedDataset(): Promise<void> {
	await withStore<unknown>('readwrite', (s) => s.delete(KEY), null);
}
