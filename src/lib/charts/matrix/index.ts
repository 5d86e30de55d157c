/** The stance matrix: who addressed whom, and how cooperatively. */
import type { Chart, PreparedBy } from '../chart';
import { matrixSpec } from '../plot/specs';

export const matrix = {
	id: 'matrix',
	title: 'Stance matrix',
	description: 'Who addressed whom, and how: each cell counts the cooperative and conflictual statements from one party to another.',
	figure: true,
	load: () => import('./MatrixChart.svelte').then((m) => m.default),
	warm: () => matrixSpec.load(),
	parts: () => import('./parts').then((m) => m.parts)
} as const satisfies Chart<PreparedBy<typeof import('./prepare.server')>>;
