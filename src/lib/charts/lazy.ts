/**
 * Code loaded on first use (a dynamic import) whose exports are then at hand in the same task: a chart
 * that draws with it after it has loaded (ahead, while a file is read or the pointer nears the filters)
 * draws in the update that needs it, not a task later as a fresh import() would.
 */
export interface LazyModule<M> {
	/** Load it (once; again after a failure). */
	load(): Promise<M>;
	/** Its exports once loaded. */
	readonly loaded: M | undefined;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
	let loaded: M | undefined;
	let loading: Promise<M> | undefined;
	return {
		load: () =>
			(loading ??= importer().then(
				(m) => (loaded = m),
				(error) => {
					loading = undefined;
					throw error;
				}
			)),
		get loaded() {
			return loaded;
		}
	};
}

/** `use` applied to the module: now when it has loaded, else once it has. */
export function withModule<M, R>(lazy: LazyModule<M>, use: (m: M) => R): Promise<R> {
	const m = lazy.loaded;
	return m ? Promise.resolve(use(m)) : lazy.load().then(use);
}
