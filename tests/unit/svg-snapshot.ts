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

export interface SnapshotOptions {
	/** How the markup is made comparable (normalizeSvg unless given). */
	normalize?: (svg: string) => string;
	/** Where the committed snapshots are (tests/output unless given). */
	dir?: string;
	/** Under CI a missing snapshot fails: it would otherwise be written and pass, testing nothing. */
	ci?: boolean;
}

/**
 * Compare with tests/output/<name>.svg. A missing file is written on a developer's machine (first run)
 * and fails under CI (CI=true); a mismatch writes <name>-changed.svg beside it for review and returns
 * false. `message` says which and what to do.
 */
export function matchesSnapshot(name: string, svg: string, options: SnapshotOptions = {}): { ok: boolean; path: string; message: string } {
	const dir = options.dir ?? join(process.cwd(), 'tests', 'output');
	const ci = options.ci ?? Boolean(process.env.CI);
	const expectedPath = join(dir, `${name}.svg`);
	const changedPath = join(dir, `${name}-changed.svg`);
	const actual = (options.normalize ?? normalizeSvg)(svg);
	if (!existsSync(expectedPath)) {
		if (ci) return { ok: false, path: expectedPath, message: `no snapshot ${expectedPath}: run the test locally and commit the file it writes` };
		writeFileSync(expectedPath, actual);
		return { ok: true, path: expectedPath, message: `wrote the missing snapshot ${expectedPath}` };
	}
	const ok = readFileSync(expectedPath, 'utf8') === actual;
	if (ok && existsSync(changedPath)) unlinkSync(changedPath);
	if (!ok) writeFileSync(changedPath, actual);
	return { ok, path: ok ? expectedPath : changedPath, message: ok ? `matches ${expectedPath}` : `changed: compare ${changedPath} with ${expectedPath}` };
}
