/** The timeline: statements by day and speaking party, with the events marked. */
import type { Chart, PreparedBy } from '../chart';
import { timelineSpec } from '../plot/specs';

export const timeline = {
	id: 'timeline',
	title: 'Timeline',
	description: 'Statements by day and speaking party, with the announcement, the call and the scheduled talks marked.',
	figure: true,
	load: () => import('./TimelineChart.svelte').then((m) => m.default),
	warm: () => timelineSpec.load(),
	parts: () => import('./parts').then((m) => m.parts)
} as const satisfies Chart<PreparedBy<typeof import('./prepare.server')>>;
