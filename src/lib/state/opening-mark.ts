/**
 * A mark, for this tab (sessionStorage), of the file being opened, until it is shown and kept (or refused,
 * or cancelled). A reload in between finds it: the page then says that file was not opened, rather than
 * silently showing the dataset kept from before. Every function is a no-op where storage is unavailable.
 */
const KEY = 'diplomacy-dashboard:opening';

function storage(): Storage | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		return null;
	}
}

export function markOpening(name: string): void {
	try {
		storage()?.setItem(KEY, name);
	} catch {
		// Full or refused: a reload then shows what was kept, with its name, as before.
	}
}

/** The file is shown and kept, or was refused or cancelled: nothing to report after a reload. */
export function clearOpening(name?: string): void {
	try {
		const s = storage();
		if (s && (name === undefined || s.getItem(KEY) === name)) s.removeItem(KEY);
	} catch {
		// nothing to clear
	}
}

/** The name of a file whose opening a reload cut short, once (the mark is cleared); null when none. */
export function takeInterruptedOpening(): string | null {
	const s = storage();
	try {
		const name = s?.getItem(KEY) ?? null;
		s?.removeItem(KEY);
		return name;
	} catch {
		return null;
	}
}
