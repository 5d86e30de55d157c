/**
 * At build time: the default view's stance matrix, drawn by Plot in a server DOM and wired as the
 * browser wires it, so the prerendered page shows it and needs no Plot until the view changes.
 */
import { indexDataset } from '$lib/data/queries';
import type { Dataset } from '$lib/data/types';
import { documentForPlot } from '$lib/server/plot-document';
import { PageFigure, PREPARED_WIDTH, toTree, type PreparedFigure } from '../plot/prepared';
import { wireFigure } from '../plot/targets';
import { capMatrix, MATRIX_TARGETS, MAX_MATRIX, matrixCells, matrixKey, matrixTargets, matrixWidth } from './model';
import { matrixFigure } from './spec';

export function prepare(dataset: Dataset): PreparedFigure {
	const index = indexDataset(dataset);
	const cells = capMatrix(matrixCells(index, dataset.statements), MAX_MATRIX, MAX_MATRIX).cells;
	const width = matrixWidth(cells, PREPARED_WIDTH);
	const svg = matrixFigure(cells, width, documentForPlot());
	wireFigure(svg, matrixTargets(cells), MATRIX_TARGETS);
	return new PageFigure(matrixKey(cells), width, toTree(svg), 'matrix');
}
