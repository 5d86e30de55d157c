/** The map chart: the parties on a world map, and an arc from each speaker to each recipient. */
import type { Chart, PreparedBy } from '../chart';

export const map = {
	id: 'map',
	title: 'Map: who addressed whom',
	description:
		'The parties on a world map, shaded by role, with an arc from each speaker to each recipient, coloured by PLOVER event class (dashed: the outlet’s own voice).',
	figure: true,
	load: () => import('./MapChart.svelte').then((m) => m.default),
	parts: () => import('./parts').then((m) => m.parts)
} as const satisfies Chart<PreparedBy<typeof import('./prepare.server')>>;
