/** The legend baked into an exported figure, per chart, in concrete colours. */
import { QUAD_CLASSES, QUAD_LABELS } from '$lib/data/plover';
import type { Palette } from '$lib/charts/plot/palette';
import { timelineEvents } from '$lib/charts/timeline/events';
import { formatDate } from '$lib/data/describe';
import type { ActorKind, Dataset } from '$lib/data/types';
import { KIND_LABELS, nodeShape } from '$lib/graph/scene';
import type { LegendItem } from './figure';

/** Text that the chart shows outside its SVG and the figure must carry, e.g. the timeline's event key. */
export function exportNotes(chart: string, dataset: Dataset): string[] {
	if (chart !== 'timeline') return [];
	return timelineEvents(dataset.events).map(
		(e) => `${e.key} · ${formatDate(e.date.toISOString().slice(0, 10))} — ${e.titles.join('; ')}`
	);
}

export function exportLegend(chart: string, palette: Palette, extra: Record<string, string> = {}): LegendItem[] {
	const quads: LegendItem[] = QUAD_CLASSES.map((q) => ({ label: QUAD_LABELS[q], kind: 'swatch', color: palette.quad[q] }));
	const voices: LegendItem[] = [
		{ label: 'Stated by a party', kind: 'line', color: palette.muted },
		{ label: 'The outlet’s own voice', kind: 'dashed-line', color: palette.muted }
	];
	switch (chart) {
		case 'map':
			return [
				{ label: 'Speaks and is spoken to', kind: 'swatch', color: extra.both ?? palette.neutral },
				{ label: 'Speaks only', kind: 'swatch', color: extra.speaks ?? palette.neutral },
				{ label: 'Spoken to only', kind: 'hatch', color: extra.addressed ?? palette.muted },
				...quads.map((q) => ({ ...q, kind: 'line' as const })),
				...voices
			];
		case 'network':
			// As the page's key (NetworkLegend.svelte): node shapes by kind, and the group membership line.
			return [
				...quads.map((q) => ({ ...q, kind: 'line' as const })),
				...voices,
				{ label: 'Group membership', kind: 'dotted-line', color: extra.membership ?? palette.muted },
				...(['state', 'organization', 'group', 'media'] as ActorKind[]).map(
					(k): LegendItem => ({ label: KIND_LABELS[k], kind: 'outline', color: palette.text, path: nodeShape(k, 0, 0, 5), dash: k === 'group' ? '3 2' : undefined })
				)
			];
		case 'timeline':
			return [
				...quads,
				{ label: 'Direct quote', kind: 'circle', color: palette.muted },
				{ label: 'Reported speech', kind: 'square', color: palette.muted },
				{ label: 'Outlet’s own voice', kind: 'diamond', color: palette.muted }
			];
		case 'matrix':
			return [
				{ label: 'All conflictual', kind: 'swatch', color: palette.quad['verbal-conflict'] },
				{ label: 'Balanced', kind: 'swatch', color: palette.neutral },
				{ label: 'All cooperative', kind: 'swatch', color: palette.quad['verbal-cooperation'] },
				{ label: 'Cells read +cooperative −conflictual', kind: 'outline', color: palette.muted, path: 'M-5,-5H5V5H-5Z' }
			];
		default:
			return quads;
	}
}
