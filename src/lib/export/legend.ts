/** The legend baked into an exported figure, per chart, in concrete colours. */
import { MAP_KEY_TEXT, MAP_ROLES, type MapKey, type MapRole } from '$lib/charts/map/key';
import { ROLE_LABELS } from '$lib/charts/map/model';
import { beyondPath, SYMBOL_LABELS, symbolPath } from '$lib/charts/map/symbols';
import { QUAD_CLASSES, QUAD_LABELS } from '$lib/data/plover';
import type { Palette } from '$lib/charts/plot/palette';
import { timelineEvents } from '$lib/charts/timeline/events';
import { formatDate } from '$lib/data/describe';
import type { ActorKind, Dataset } from '$lib/data/types';
import { KIND_LABELS, nodeShape } from '$lib/graph/scene';
import type { LegendItem } from './figure';

/** Text that the chart shows outside its SVG and the figure must carry, e.g. the timeline's event key. */
export function exportNotes(chart: string, dataset: Dataset): string[] {
	if (chart === 'map') return [MAP_KEY_TEXT.arcs];
	if (chart !== 'timeline') return [];
	return timelineEvents(dataset.events).map(
		(e) => `${e.key} · ${formatDate(e.date.toISOString().slice(0, 10))} — ${e.titles.join('; ')}`
	);
}

/**
 * extra: theme colours the palette has not (--role-both, --role-speaks, --role-addressed-line, --membership,
 * --land-eu, --country-edge as both, speaks, addressed, membership, eu, edge). map: what the map's key says
 * for the view (mapKey); without it, the map's figure is keyed with the four country roles and the arcs only.
 */
export function exportLegend(chart: string, palette: Palette, extra: Record<string, string> = {}, map: MapKey | null = null): LegendItem[] {
	const quads: LegendItem[] = QUAD_CLASSES.map((q) => ({ label: QUAD_LABELS[q], kind: 'swatch', color: palette.quad[q] }));
	const voices: LegendItem[] = [
		{ label: 'Stated by a party', kind: 'line', color: palette.muted },
		{ label: 'The outlet’s own voice', kind: 'dashed-line', color: palette.muted }
	];
	switch (chart) {
		case 'map':
			return mapLegend(palette, extra, quads, map);
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

/** As the page's key (MapLegend.svelte): roles, the EU tint, seatless groups and symbols where the view has them, arcs. */
function mapLegend(palette: Palette, extra: Record<string, string>, quads: LegendItem[], map: MapKey | null): LegendItem[] {
	const edge = extra.edge ?? palette.muted;
	const both = extra.both ?? palette.neutral;
	const roles: Record<MapRole, LegendItem> = {
		both: { label: ROLE_LABELS.both, kind: 'swatch', color: both, edge },
		speaks: { label: ROLE_LABELS.speaks, kind: 'swatch', color: extra.speaks ?? palette.neutral, edge },
		addressed: { label: ROLE_LABELS.addressed, kind: 'hatch', color: extra.addressed ?? palette.muted },
		member: { label: ROLE_LABELS.member, kind: 'swatch', color: palette.neutral, edge }
	};
	return [
		...(map?.roles ?? MAP_ROLES).map((r) => roles[r]),
		...(map?.euTint ? [{ label: MAP_KEY_TEXT.eu, kind: 'swatch', color: extra.eu ?? palette.neutral, edge } as const] : []),
		...(map?.seatless ?? []).map((g): LegendItem => ({ label: MAP_KEY_TEXT.seatless(g.name), kind: 'swatch', color: palette.neutral, edge: palette.text, dash: '2 2' })),
		// The map's symbols are up to 9 units from their centre; the key draws them at 7.
		...(map?.kinds ?? []).map(
			(k): LegendItem => ({
				label: SYMBOL_LABELS[k],
				kind: 'outline',
				color: palette.text,
				path: symbolPath(k),
				scale: 7 / 9,
				fill: k === 'group' ? both : palette.surface,
				dash: k === 'media' ? '3 2' : undefined
			})
		),
		...(map?.beyond ? [{ label: MAP_KEY_TEXT.beyond, kind: 'outline', color: palette.text, path: beyondPath(180), scale: 7 / 9, fill: palette.surface } as const] : []),
		...quads.filter((q, i) => !map || map.quads.includes(QUAD_CLASSES[i])).map((q) => ({ ...q, kind: 'line' as const })),
		{ label: MAP_KEY_TEXT.party, kind: 'line', color: palette.text },
		...(map?.outlet ? [{ label: MAP_KEY_TEXT.outlet, kind: 'dashed-line', color: palette.text } as const] : [])
	];
}
