/**
 * What the cell toolbar's downloads run (SVG, PNG, CSV, JSON), in one chunk the notebook loads only when
 * the reader reaches for the toolbar (components/on-demand.ts): the figure's composition, its font, the
 * light theme, the standalone SVG and its PNG, the statements' CSV, and the download itself.
 */
export { chartFigure } from './chart-figure';
export { statementsCsv } from './csv';
export { figureFontCss } from './figure-font';
export { inLightTheme } from './light-theme';
export { download, linkedFiles, linkedShapes, portableStyle, standaloneSvg, svgToPng } from './standalone-svg';
