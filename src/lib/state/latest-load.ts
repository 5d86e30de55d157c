/**
 * One dataset load at a time: starting one (a file chosen, a file dropped, the address's dataset)
 * aborts the one still under way, so the latest user action wins and a late answer cannot land over it.
 */
export class LatestLoad {
	#current: AbortController | null = null;

	/** A new load: the signal it must stop on. The load before it, if still running, is aborted. */
	start(): AbortSignal {
		this.#current?.abort();
		this.#current = new AbortController();
		return this.#current.signal;
	}

	/** Abort the load under way (Cancel, or back to the built-in data); true if there was one. */
	cancel(): boolean {
		const current = this.#current;
		this.#current = null;
		current?.abort();
		return current !== null;
	}

	/** The load of `signal` has ended: a later start() does not abort it (its dataset may be shown, or being kept). */
	finish(signal: AbortSignal): void {
		if (this.#current?.signal === signal) this.#current = null;
	}
}
