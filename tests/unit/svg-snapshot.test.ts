import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matchesSnapshot, normalizeSvg } from './svg-snapshot';

const SVG = '<svg viewBox="0 0 10 10"><circle r="1.23456"/></svg>';
let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'snapshots-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('matchesSnapshot: a snapshot test that can fail', () => {
	it('fails under CI when the snapshot is missing, and writes nothing', () => {
		const result = matchesSnapshot('chart', SVG, { dir, ci: true });
		expect(result.ok).toBe(false);
		expect(result.message).toMatch(/^no snapshot .*chart\.svg/);
		expect(existsSync(join(dir, 'chart.svg'))).toBe(false);
	});

	it('writes a missing snapshot on a developer’s machine, normalised', () => {
		expect(matchesSnapshot('chart', SVG, { dir, ci: false }).ok).toBe(true);
		expect(readFileSync(join(dir, 'chart.svg'), 'utf8')).toBe(normalizeSvg(SVG));
	});

	it('fails on a change, CI or not, and writes the changed markup beside the snapshot', () => {
		writeFileSync(join(dir, 'chart.svg'), normalizeSvg(SVG));
		for (const ci of [true, false]) {
			const result = matchesSnapshot('chart', SVG.replace('1.23456', '2'), { dir, ci });
			expect(result.ok).toBe(false);
			expect(readFileSync(join(dir, 'chart-changed.svg'), 'utf8')).toContain('r="2"');
		}
		expect(matchesSnapshot('chart', SVG, { dir, ci: true }).ok).toBe(true);
		expect(existsSync(join(dir, 'chart-changed.svg'))).toBe(false);
	});
});
