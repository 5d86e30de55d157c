/**
 * The coding session kept in this browser (IndexedDB), so a reload or a closed tab loses nothing. A store
 * of its own (not state/saved-dataset.ts, which keeps the dataset the notebook opened); the same
 * hand-written pattern, a few lines of IndexedDB. Every function resolves (null/false) when storage fails.
 */
import type { History } from './session';

const DB_NAME = 'diplomacy-coding';
const STORE = 'sessions';
const KEY = 'current';

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

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest, fallback: T): Promise<T> {
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

/** Resolves true once the session is written. */
export async function saveSession(history: History): Promise<boolean> {
	// A plain copy: the page's state may be a proxy, which IndexedDB cannot clone.
	const plain = JSON.parse(JSON.stringify(history)) as History;
	return run<unknown>('readwrite', (s) => s.put(plain, KEY), false).then((r) => r !== false);
}

export async function loadSession(): Promise<History | null> {
	const h = await run<History | null>('readonly', (s) => s.get(KEY), null);
	return h && h.present && Array.isArray(h.past) && Array.isArray(h.future) ? h : null;
}
