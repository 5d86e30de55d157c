/**
 * SVG snapshot of the default map, as Observable Plot tests its marks: server-render the chart, keep the
 * <svg>, round numbers to 3 decimals, renumber generated ids, drop Svelte's style hashes and hydration
 * markers, and compare with tests/output/map-default.svg. A mismatch writes map-default-changed.svg next
 * to it; to accept a change, replace the committed file with it. A missing file is written on a
 * developer's machine and fails under CI (svg-snapshot.ts).
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { builtInDataset } from '$lib/server/dataset';
import { baseMapFor } from '$lib/server/basemap';
import { matchesSnapshot } from '../svg-snapshot';
import MapHarness from './MapHarness.svelte';

export function normalizeSvg(html: string): string {
	const start = html.indexOf('<svg');
	const end = html.indexOf('</svg>', start);
	let svg = html.slice(start, end + 6);
	svg = svg.replace(/<!--[^]*?-->/g, '');
	svg = svg.replace(/\s*svelte-[a-z0-9]+/g, '').replace(/ class=""/g, '');
	svg = svg.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 1000) / 1000));
	const ids = new Map<string, string>();
	svg = svg.replace(/\bid="([^"]+)"/g, (_, id: string) => {
		if (!ids.has(id)) ids.set(id, `id${ids.size}`);
		return `id="${ids.get(id)}"`;
	});
	for (const [id, n] of ids) svg = svg.split(`#${id})`).join(`#${n})`);
	return svg.replace(/></g, '>\n<') + '\n';
}

describe('the default map (SVG snapshot)', () => {
	it('matches tests/output/map-default.svg', () => {
		const dataset = builtInDataset();
		const { body } = render(MapHarness, { props: { dataset, base: baseMapFor(dataset) } });
		const { ok, message } = matchesSnapshot('map-default', body, { normalize: normalizeSvg });
		expect(ok, message).toBe(true);
	});
});
