/** The stance matrix as Plot options: actor × recipient cells coloured by the cooperation/conflict balance. */
import * as Plot from '@observablehq/plot';
import { CSS_PALETTE, type Palette } from '../plot/palette';
import { balanceColor, cellText, MARGIN_TOP, matrixSize, type MatrixCell } from './model';

export function matrixSpec(cells: MatrixCell[], width: number, palette: Palette): Plot.PlotOptions {
	const size = matrixSize(cells, width);
	return {
		width: Math.min(width, size.width),
		height: size.height,
		marginTop: MARGIN_TOP,
		marginLeft: size.marginLeft,
		marginRight: 10,
		marginBottom: 12,
		style: { color: palette.text, background: 'transparent', fontSize: '12px', overflow: 'visible' },
		ariaLabel: 'Stance matrix',
		ariaDescription: 'Rows are the speaking parties, columns the parties addressed; each cell counts cooperative (+) and conflictual (−) statements.',
		x: { domain: size.columns, axis: 'top', label: null, tickRotate: -40, tickSize: 0 },
		y: { domain: size.rows, label: null, tickSize: 0 },
		marks: [
			Plot.cell(cells, { x: 'recipientName', y: 'actorName', fill: (c: MatrixCell) => balanceColor(c.balance, palette), inset: 1.5, rx: 3, className: 'pairs' }),
			Plot.text(cells, {
				x: 'recipientName',
				y: 'actorName',
				text: cellText,
				fill: (c: MatrixCell) => (Math.abs(c.balance) > 0.5 ? palette.surface : palette.text),
				fontSize: 10,
				fontWeight: 600,
				ariaHidden: 'true',
				pointerEvents: 'none'
			} as Plot.TextOptions)
		]
	};
}

/** The matrix drawn by Plot in the CSS palette (it follows the theme); `document` for a server DOM. */
export function matrixFigure(cells: MatrixCell[], width: number, document?: Document): Element {
	return Plot.plot({ ...matrixSpec(cells, width, CSS_PALETTE), ...(document ? { document } : {}) }) as unknown as Element;
}
