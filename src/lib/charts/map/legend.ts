/** The map's key in an exported figure, as the page's key (MapLegend.svelte) says it for the view. */
import { ROLE_LABELS } from './model';
import { MAP_KEY_TEXT, MAP_ROLES, type MapKey, type MapRole } from './key';
import { beyondPath, SYMBOL_LABELS, symbolPath } from './symbols';
import { QUAD_CLASSES } from '$lib/data/plover';
import { quadLines, type KeyColors, type LegendItem } from '../legend-item';
import type { Palette } from '../plot/palette';

/**
 * Roles, the EU tint, seatless groups and symbols where the view has them, arcs. Without a view's key
 * (`map` null), the four country roles and the arcs only.
 */
export function mapLegend(palette: Palette, extra: KeyColors, map: MapKey | null): LegendItem[] {
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
		// Only the event classes the map draws.
		...quadLines(palette).filter((_, i) => !map || map.quads.includes(QUAD_CLASSES[i])),
		{ label: MAP_KEY_TEXT.party, kind: 'line', color: palette.text },
		...(map?.outlet ? [{ label: MAP_KEY_TEXT.outlet, kind: 'dashed-line', color: palette.text } as const] : [])
	];
}
