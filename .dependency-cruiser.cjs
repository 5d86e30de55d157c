/**
 * The layers of src/lib, checked by `npm run check:layers` (part of `npm test`). Data flows one way:
 * data → geo/graph → state → speed → interaction → charts → export → routes (DESIGN.md), with no cycle, and nothing in the
 * product (src/, scripts/) reads the tests. A rule's `comment` is what a violation prints.
 */
const path = require('node:path');

const lib = (folders) => `^src/lib/(${folders})/`;

module.exports = {
	forbidden: [
		{ name: 'no-cycle', severity: 'error', comment: 'Modules import each other in a circle: break it by moving the shared part down a layer.', from: { path: '(.+)' }, to: { circular: true, pathNot: '^$1$' } },
		// (A component that draws itself recursively, as PreparedSvg does, imports itself: that is no cycle.)
		{ name: 'no-tests-in-product', severity: 'error', comment: 'src/ and scripts/ must not import from tests/: move the helper into src/.', from: { path: '^(src|scripts)/' }, to: { path: '^tests/' } },
		{ name: 'lib-not-routes', severity: 'error', comment: 'src/lib must not import a route.', from: { path: '^src/lib/' }, to: { path: '^src/routes/' } },
		{ name: 'data-is-the-base', severity: 'error', comment: 'data/ is the bottom layer: it imports nothing else of src/lib.', from: { path: lib('data') }, to: { path: '^src/lib/', pathNot: lib('data') } },
		{ name: 'geo-graph-are-pure', severity: 'error', comment: 'geo/ and graph/ read only data/ (and each other).', from: { path: lib('geo|graph') }, to: { path: '^src/lib/', pathNot: lib('data|geo|graph') } },
		{ name: 'state-knows-no-view', severity: 'error', comment: 'state/ (the selection, its URL, the dataset on the page) reads data/, geo/ and graph/ only: no chart, export or component.', from: { path: lib('state') }, to: { path: '^src/lib/', pathNot: lib('data|geo|graph|state|embed') } },
		{ name: 'speed-below-views', severity: 'error', comment: 'speed/ (the speed tricks\' caches and schedulers, and their one switch) reads data/, geo/, graph/ and state/ only: the views call it, not the other way round.', from: { path: lib('speed') }, to: { path: '^src/lib/', pathNot: lib('data|geo|graph|state|speed') } },
		{ name: 'interaction-below-charts', severity: 'error', comment: 'interaction/ (the card layer) is below the charts: it reads data/, geo/, graph/ and state/ only.', from: { path: lib('interaction') }, to: { path: '^src/lib/', pathNot: lib('data|geo|graph|state|interaction|embed') } },
		{ name: 'charts-below-export', severity: 'error', comment: 'charts/ draw; they do not import export/ (it reads them through the registry).', from: { path: lib('charts') }, to: { path: lib('export') } },
		{ name: 'server-only-in-prepare', severity: 'error', comment: 'Only a chart\'s prepare.server.ts uses build-time code (src/lib/server).', from: { path: lib('charts'), pathNot: '\\.server\\.ts$' }, to: { path: lib('server') } },
		// (and the theme's palette, charts/plot/palette.ts, which the figures are coloured with)
		{ name: 'export-reads-charts-through-registry', severity: 'error', comment: 'export/ reads a chart only through charts/registry.ts.', from: { path: lib('export') }, to: { path: lib('charts'), pathNot: '^src/lib/charts/(registry|plot/palette)\\.ts$' } },
		{ name: 'export-below-views', severity: 'error', comment: 'export/ imports no component and no build-time code of the routes.', from: { path: lib('export') }, to: { path: lib('components|server') } },
		{ name: 'server-below-views', severity: 'error', comment: 'server/ (build-time data) imports no state, export or component.', from: { path: lib('server') }, to: { path: lib('state|export|components|interaction') } },
		{ name: 'coding-above-export', severity: 'error', comment: 'coding/ (the workbench\'s session, suggestions and drafts) sits between export/ and the routes: no layer below it imports it.', from: { path: lib('data|geo|graph|state|interaction|charts|export|server|embed') }, to: { path: lib('coding') } },
		{ name: 'coding-below-views', severity: 'error', comment: 'coding/ is pure logic and storage: no component, no build-time code.', from: { path: lib('coding') }, to: { path: lib('components|server') } },
		{ name: 'components-not-server', severity: 'error', comment: 'A component runs in the browser: no build-time code.', from: { path: lib('components') }, to: { path: lib('server') } }
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^\\.svelte-kit/' },
		// Type-only imports count: a layer that names another's types depends on it.
		tsPreCompilationDeps: true,
		enhancedResolveOptions: { extensions: ['.ts', '.js', '.svelte', '.json'] },
		// $lib as SvelteKit resolves it (the tsconfig's paths are relative to .svelte-kit/, which
		// dependency-cruiser's tsconfig reader gets wrong).
		webpackConfig: { fileName: path.join(__dirname, 'scripts/dependency-cruiser-aliases.cjs') }
	}
};
