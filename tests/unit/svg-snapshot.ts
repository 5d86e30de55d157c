/** SVG snapshot testing in the manner of Observable Plot's own tests. */
import { existsSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Round numbers to 3 decimals and renumber generated ids so snapshots compare across runs. */
export function normalizeSvg(svg: string): string {
	const ids = new Map<string, string>();
	return svg
		.replace(/\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
		.replace(/\b(plot-[0-9a-f]{6,}|clip-?\d+|id-\d+-\d+)\b/g, (id) => {
			if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
			return ids.get(id)!;
		})
		.replace(/>\s*</g, '>\n<');
}

/**
 * Compare with tests/output/<name>.svg. A missing file is written (first run); a mismatch writes
 * <name>-changed.svg beside it for review and returns false.
 */
export function matchesSnapshot(name: string, svg: string): { ok: boolean; path: string } {
	const dir = join(process.cwd(), 'tests', 'output');
	const expectedPath = join(dir, `${name}.svg`);
	const changedPath = join(dir, `${name}-changed.svg`);
	const actual = normalizeSvg(svg);
	if (!existsSync(expectedPath)) {
		if (process.env.CI) return { ok: false, path: expectedPath };
		writeFileSync(expectedPath, actual);
		return { ok: true, path: expectedPath };
	}
	const ok = readFileSync(expectedPath, 'utf8') === actual;
	if (ok && existsSync(changedPath)) unlinkSync(changedPath);
	if (!ok) writeFileSync(changedPath, actual);
	return { ok, path: ok ? expectedPath : changedPath };
}
