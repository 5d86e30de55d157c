/** The matrix's takeaway, its key in an exported figure, and its warm-up step. */
import { stanceBalance } from '$lib/data/narrative';
import { unlessEmpty, type ChartParts } from '../chart';
import type { PreparedFigure } from '../plot/prepared';
import { matrixSpec } from '../plot/specs';
import { capMatrix, MAX_MATRIX, matrixCells, matrixKey, matrixTargets } from './model';

export const parts: ChartParts<null, PreparedFigure> = {
	takeaway: unlessEmpty(({ index, statements }) => stanceBalance(index, statements)),
	figure: {
		legend: (palette) => [
			{ label: 'All conflictual', kind: 'swatch', color: palette.quad['verbal-conflict'] },
			{ label: 'Balanced', kind: 'swatch', color: palette.neutral },
			{ label: 'All cooperative', kind: 'swatch', color: palette.quad['verbal-cooperation'] },
			{ label: 'Cells read +cooperative −conflictual', kind: 'outline', color: palette.muted, path: 'M-5,-5H5V5H-5Z' }
		]
	},
	warmUp: async (d, index) => {
		const cells = capMatrix(matrixCells(index, d.statements), MAX_MATRIX, MAX_MATRIX).cells;
		matrixTargets(cells);
		matrixKey(cells);
		(await matrixSpec.load()).matrixFigure(cells, 800);
	}
};
