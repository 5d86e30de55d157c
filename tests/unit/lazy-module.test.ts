import { describe, expect, it, vi } from 'vitest';
import { lazyModule, withModule } from '$lib/charts/lazy';

describe('lazyModule', () => {
	it('imports once, and once loaded hands the module over in the same task', async () => {
		const importer = vi.fn(async () => ({ twice: (n: number) => 2 * n }));
		const lazy = lazyModule(importer);
		expect(lazy.loaded).toBeUndefined();
		const first = withModule(lazy, (m) => m.twice(2));
		await lazy.load();
		expect(await first).toBe(4);
		expect(importer).toHaveBeenCalledTimes(1);
		// Loaded: `use` runs before withModule returns.
		let ran = false;
		const second = withModule(lazy, (m) => ((ran = true), m.twice(3)));
		expect(ran).toBe(true);
		expect(await second).toBe(6);
		expect(importer).toHaveBeenCalledTimes(1);
	});

	it('tries again after a failed import', async () => {
		let fail = true;
		const lazy = lazyModule(async () => {
			if (fail) throw new Error('offline');
			return { ok: true };
		});
		await expect(lazy.load()).rejects.toThrow('offline');
		expect(lazy.loaded).toBeUndefined();
		fail = false;
		expect(await lazy.load()).toEqual({ ok: true });
		expect(lazy.loaded).toEqual({ ok: true });
	});
});
