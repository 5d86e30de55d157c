/** The stance matrix as Plot options: actor × recipient cells coloured by the cooperation/conflict balance. */
import * as Plot from '@observablehq/plot';
import { CSS_PALETTE, type Palette } from '../plot/palette';
import { balanceColor, cellText, MARGIN_TOP, matrixSize, type MatrixCell } from './model';

/** Below this column width "+1 −3" does not fit on one line in a cell: the counts go one above the other. */
const ONE_LINE_MIN = 36;

export function matrixSpec(cells: MatrixCell[], width: number, palette: Palette): Plot.PlotOptions {
	const size = matrixSize(cells, width);
	const marginRight = 10;
	const column = (Math.min(width, size.width) - size.marginLeft - marginRight) / Math.max(1, size.columns.length);
	const stacked = column < ONE_LINE_MIN;
	return {
		width: Math.min(width, size.width),
		height: size.height,
		marginTop: MARGIN_TOP,
		marginLeft: size.marginLeft,
		marginRight,
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
				text: stacked ? (c: MatrixCell) => cellText(c).replace(' ', '\n') : cellText,
				fill: (c: MatrixCell) => (Math.abs(c.balance) > 0.5 ? palette.surface : palette.text),
				fontSize: stacked ? 9 : 10,
				lineHeight: stacked ? 1.1 : 1,
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
