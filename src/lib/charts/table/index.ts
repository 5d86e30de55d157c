/** The statement table: every stated position with its exact words. */
import type { Chart } from '../chart';

export const table = {
	id: 'table',
	title: 'Statements',
	description: 'Every stated position, with speaker, actor and recipients, PLOVER event type and the exact quote.',
	figure: false,
	load: () => import('./TableChart.svelte').then((m) => m.default),
	parts: () => import('./parts').then((m) => m.parts)
} as const satisfies Chart;
