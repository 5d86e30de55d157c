/**
 * The stance matrix as Plot options: actor × recipient cells coloured by the cooperation/conflict
 * balance; on a narrow box with many addressees, recipient × actor (see matrixLayout).
 */
import * as Plot from '@observablehq/plot';
import { max } from 'd3';
import { CSS_PALETTE, type Palette } from '../plot/palette';
import { balanceColor, cellText, fitLabel, MARGIN_TOP, matrixCorner, matrixLayout, TICK_ANGLE, type MatrixCell } from './model';

/** The width of a cell's text of this many characters on one line, bold at 10 px, estimated: "+1 −3" takes about 32 px. */
const oneLineWidth = (chars: number) => chars * 6.3 + 2;
/** The gap between cells, as a share of a column, and each cell's inset from its band, in px. */
const PADDING = 0.1;
const INSET = 1.5;

export function matrixSpec(cells: MatrixCell[], width: number, palette: Palette): Plot.PlotOptions {
	const size = matrixLayout(cells, width);
	// Where the longest count does not fit on one line in a cell, the counts go one above the other.
	const stacked = size.cell * (1 - PADDING) - 2 * INSET < oneLineWidth(max(cells, (c) => cellText(c).length) ?? 0);
	const [x, y] = size.transposed ? (['actorName', 'recipientName'] as const) : (['recipientName', 'actorName'] as const);
	return {
		width: size.width,
		height: size.height,
		marginTop: MARGIN_TOP,
		marginLeft: size.marginLeft,
		marginRight: size.marginRight,
		marginBottom: 12,
		style: { color: palette.text, background: 'transparent', fontSize: '12px', overflow: 'visible' },
		ariaLabel: 'Stance matrix',
		ariaDescription: size.transposed
			? 'Rows are the parties addressed, columns the acting parties (who spoke or acted); each cell counts cooperative (+) and conflictual (−) statements.'
			: 'Rows are the acting parties (who spoke or acted), columns the parties addressed; each cell counts cooperative (+) and conflictual (−) statements.',
		x: { domain: size.columns, axis: 'top', label: null, tickRotate: -TICK_ANGLE, tickSize: 0, padding: PADDING, tickFormat: (d: string) => fitLabel(d, size.columnChars) },
		y: { domain: size.rows, label: null, tickSize: 0, padding: PADDING, tickFormat: (d: string) => fitLabel(d, size.rowChars) },
		marks: [
			Plot.cell(cells, { x, y, fill: (c: MatrixCell) => balanceColor(c.balance, palette), inset: INSET, rx: 3, className: 'pairs' }),
			Plot.text(cells, {
				x,
				y,
				text: stacked ? (c: MatrixCell) => cellText(c).replace(' ', '\n') : cellText,
				fill: (c: MatrixCell) => (Math.abs(c.balance) > 0.5 ? palette.surface : palette.text),
				fontSize: stacked ? 9 : 10,
				lineHeight: stacked ? 1.1 : 1,
				fontWeight: 600,
				ariaHidden: 'true',
				pointerEvents: 'none'
			} as Plot.TextOptions),
			// In the corner above the row labels: what the columns (first line) and the rows are. It travels
			// with the figure into an export, and says which way round a narrow matrix is.
			Plot.text([matrixCorner(size.transposed)], {
				frameAnchor: 'top-left',
				textAnchor: 'end',
				lineAnchor: 'bottom',
				dx: -8,
				dy: -8,
				fill: palette.muted,
				fontSize: 10,
				lineHeight: 1.3,
				ariaHidden: 'true',
				className: 'corner'
			} as Plot.TextOptions)
		]
	};
}

/** The matrix drawn by Plot in the CSS palette (it follows the theme); `document` for a server DOM. */
export function matrixFigure(cells: MatrixCell[], width: number, document?: Document): Element {
	return Plot.plot({ ...matrixSpec(cells, width, CSS_PALETTE), ...(document ? { document } : {}) }) as unknown as Element;
}
