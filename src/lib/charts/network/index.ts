/** The network chart: actors as nodes, stated positions as directed edges. */
import type { Chart, PreparedBy } from '../chart';

export const network = {
	id: 'network',
	title: 'Who addressed whom',
	description: 'Actors as nodes, stated positions as directed edges: width by number of statements, colour and arrow by PLOVER class, dashed for the outlet’s own voice.',
	figure: true,
	load: () => import('./NetworkChart.svelte').then((m) => m.default),
	parts: () => import('./parts').then((m) => m.parts)
} as const satisfies Chart<PreparedBy<typeof import('./prepare.server')>>;
