import { sveltekit } from '@sveltejs/kit/vite';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path/posix';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { IslandsHead } from './src/lib/speed/page-head';
import { defineConfig } from 'vitest/config';

/**
 * V8's explicit compile hint: a script that starts with this comment is compiled whole as it streams in,
 * off the main thread, instead of function by function on first call. Given to the browser's chunks that
 * hydrate a page (SvelteKit's runtime, Svelte's, the charts, d3-geo and the models), where the first
 * calls otherwise compile inside the hydration task. Not to Plot's chunks: Plot loads only when a redraw
 * looks likely (plot/warm.svelte.ts), and most of it never runs.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
/**
 * The notebook's code is asked for once the page has painted: `start` runs when the first contentful
 * paint is reported, at once in a page that is not shown (it paints nothing until it is) or a browser that
 * reports no paint, and at the latest 3 s after the loader runs. A file that arrives before the first paint
 * is one the paint may have waited for (it shares the connection with the stylesheet and the document), and
 * Lighthouse counts it so: its estimate of the first paint took in the first six of them whenever they came
 * in before the observed paint (1.4 s or 1.9 s from one run to the next). After the paint they cost the
 * first hover a frame or two.
 */
const AFTER_FIRST_PAINT = `let started = false;
const once = () => {
	if (!started) (started = true), start();
};
if (document.visibilityState !== 'visible' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) once();
else {
	new PerformanceObserver((list, observer) => {
		if (!list.getEntriesByName('first-contentful-paint').length) return;
		observer.disconnect();
		once();
	}).observe({ type: 'paint', buffered: true });
	setTimeout(once, 3000);
}`;
const compiledWhole = (chunk: { fileName: string; moduleIds: readonly string[] }) =>
	chunk.fileName.startsWith('_app/') && !chunk.moduleIds.some((id) => id.includes('/node_modules/@observablehq/plot/'));

const compileHints: Plugin = {
	name: 'compile-hints',
	apply: 'build',
	// Last, after minification (which drops comments) and after Vite writes its preload map at the top of
	// chunks with dynamic imports: the hint counts only on the first line. The source map's mappings
	// start one line later.
	generateBundle: {
		order: 'post',
		handler(_, bundle) {
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk' || !compiledWhole(chunk)) continue;
				chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
				const map = bundle[`${chunk.fileName}.map`];
				if (map?.type === 'asset') {
					const json = JSON.parse(String(map.source));
					map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
				} else if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
			}
		}
	}
};

/**
 * The islands' entries, at fixed names the prerendered pages link: the notebook's (_app/islands/notebook.js,
 * from src/routes/notebook-islands/entry.svelte.ts) and the embed pages', one per chart
 * (_app/islands/embed-<id>.js). Those pages have no SvelteKit client (csr = false) and hydrate their islands
 * from it (an embed: src/routes/embed/[chart]/island.ts). An embed's entry starts its own chart alone, not
 * the registry's list; the imports of all are the usual hashed chunks, shared.
 */
const NOTEBOOK = fileURLToPath(new URL('src/routes/notebook-islands/entry.svelte.ts', import.meta.url));
const ISLAND = fileURLToPath(new URL('src/routes/embed/[chart]/island.ts', import.meta.url));
const CHART_IDS = readdirSync(new URL('src/lib/charts/', import.meta.url), { withFileTypes: true })
	.filter((d) => d.isDirectory() && existsSync(new URL(`src/lib/charts/${d.name}/index.ts`, import.meta.url)))
	.map((d) => d.name);
const VIRTUAL = '\0island:';
/**
 * The modules every island (the notebook's and each embed's) loads as it starts: Svelte's runtime, the
 * dashboard's state, the card layer, the dataset queries and wording. They go into one chunk; left to
 * itself the bundler cuts them into a dozen files of 0.1–1.5 KB (one for each combination of pages and
 * on-demand imports that reach them), each with its own request, gzip dictionary and import lines, which
 * cost each embed about 3 KB of gzip. Found from the module graph at the end of the client build.
 *
 * With them, the app's own modules (src/) that the notebook and most embeds load as they start: any that
 * three embeds load, or the map embed and one more (the notebook's first hover is on its map, and the map
 * embed is the one nearest its budget). Today five, of 0.1–0.4 KB, each a file before: the notebook's
 * first hover waited for 23 files (its entry's imports, the map's view and parts), four rounds of the six
 * a browser fetches at a time from an HTTP/1.1 host; now 18. An embed that did not load one pays its
 * bytes, less the files it no longer asks for: /embed/map 49.6 → 49.1 KB in 5 files instead of 9,
 * /embed/table 43.5 → 44.0 KB, the others less than before (bench/README.md).
 */
const PAGE_CORE = new Set<string>();
/**
 * What every embed's island loads as it starts besides PAGE_CORE (its entry's start, EmbedView): one chunk
 * rather than two files (0.1 KB of gzip and a request less for each embed).
 */
const EMBED_CORE = new Set<string>();
/** The app's own modules (PAGE_CORE's second part). */
const SRC = fileURLToPath(new URL('src/', import.meta.url));
/** A chart's view, as its index.ts loads it (`load: () => import('./View.svelte')`). */
function chartView(chart: string): string {
	const index = fileURLToPath(new URL(`src/lib/charts/${chart}/index.ts`, import.meta.url));
	const view = /load: \(\) => import\('(\.\/[\w-]+\.svelte)'\)/.exec(readFileSync(index, 'utf8'))?.[1];
	if (!view) throw new Error(`${index}: no load: () => import('./View.svelte') to start an island with`);
	return fileURLToPath(new URL(`src/lib/charts/${chart}/${view.slice(2)}`, import.meta.url));
}
let ssrBuild = false;
const islandEntries: Plugin = {
	name: 'island-entries',
	apply: 'build',
	configResolved(config) {
		ssrBuild = !!config.build.ssr;
	},
	buildStart() {
		if (ssrBuild) return;
		this.emitFile({ type: 'chunk', id: NOTEBOOK, name: 'notebook' });
		for (const id of CHART_IDS) this.emitFile({ type: 'chunk', id: `${VIRTUAL}${id}`, fileName: `_app/islands/embed-${id}.js` });
	},
	resolveId: (id) => (id.startsWith(VIRTUAL) ? id : null),
	/** What every island loads as it starts (PAGE_CORE, read by the code-splitting group below). */
	buildEnd() {
		if (ssrBuild) return;
		const closure = (roots: string[]) => {
			const seen = new Set<string>();
			const walk = (id: string) => {
				if (seen.has(id)) return;
				seen.add(id);
				for (const dep of this.getModuleInfo(id)?.importedIds ?? []) walk(dep);
			};
			roots.forEach(walk);
			return seen;
		};
		const parts = (id: string) => fileURLToPath(new URL(`src/lib/charts/${id}/parts.ts`, import.meta.url));
		const starts = [
			closure([NOTEBOOK, ...CHART_IDS.flatMap((id) => [chartView(id), parts(id)])]),
			...CHART_IDS.map((id) => closure([`${VIRTUAL}${id}`, chartView(id)]))
		];
		PAGE_CORE.clear();
		for (const id of starts[0]) if (starts.every((s) => s.has(id))) PAGE_CORE.add(id);
		EMBED_CORE.clear();
		for (const id of starts[1]) if (!PAGE_CORE.has(id) && starts.slice(1).every((s) => s.has(id))) EMBED_CORE.add(id);
		const map = starts[1 + CHART_IDS.indexOf('map')];
		for (const id of starts[0]) {
			if (!id.startsWith(SRC) || PAGE_CORE.has(id) || EMBED_CORE.has(id)) continue;
			const embeds = starts.slice(1).filter((s) => s.has(id)).length;
			if (embeds >= 3 || (embeds >= 2 && map.has(id))) PAGE_CORE.add(id);
		}
	},
	load(id) {
		if (!id.startsWith(VIRTUAL)) return null;
		// The chart's view, loaded as its index.ts loads it: in a chunk of its own, whose stylesheet the
		// prerendered pages link (SvelteKit follows the dynamic import), not merged into this entry. (A
		// static import moved the view's stylesheet to this entry in the build's record: the page then
		// linked none of it.) Its files are not preloaded (modulePreload below). startIsland reads the
		// module's default (the component) and its warmUp if it exports one.
		const path = chartView(id.slice(VIRTUAL.length));
		return `import { startIsland } from ${JSON.stringify(ISLAND)};\nimport(${JSON.stringify(path)}).then(startIsland);\n`;
	},
	/**
	 * The notebook's linked entry has no static import: it preloads the islands' code (the entry's imports
	 * and each chart's view and parts, which the entry loads at once) and starts it with a dynamic import,
	 * as SvelteKit's client starts: the document is ready (DOMContentLoaded) without waiting for that code,
	 * and the charts' code loads with the entry's, not after it; both once the page has painted
	 * (AFTER_FIRST_PAINT). (A bundled dynamic import would bring the bundler's preload helper as a static
	 * import. Loading this async, during the parse, measured worse: a longer task at 4× CPU.)
	 */
	generateBundle(_, bundle) {
		if (ssrBuild) return;
		const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
		const facade = (id: string) => [...chunks.values()].find((c) => c.facadeModuleId === id);
		const entry = facade(NOTEBOOK);
		if (!entry) throw new Error(`${NOTEBOOK}: not in the bundle`);
		const charts = CHART_IDS.flatMap((id) => [chartView(id), fileURLToPath(new URL(`src/lib/charts/${id}/parts.ts`, import.meta.url))]).flatMap((id) => facade(id) ?? []);
		const deps = new Set<string>();
		const walk = (file: string) => {
			if (deps.has(file)) return;
			deps.add(file);
			for (const dep of chunks.get(file)?.imports ?? []) walk(dep);
		};
		for (const c of [entry, ...charts]) walk(c.fileName);
		const from = (file: string) => `./${relative('_app/islands', file)}`;
		// Six links a task (a browser fetches six files at a time from an HTTP/1.1 host): each link starts
		// its request on the main thread, and 40-odd in one task made it 150–340 ms at 4× CPU.
		const source = `${COMPILE_HINT}
const files = ${JSON.stringify([...deps].map(from))};
const preload = () => {
	for (const f of files.splice(0, 6)) document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href: new URL(f, import.meta.url).href }));
	if (files.length) setTimeout(preload);
};
const start = () => {
	preload();
	import(${JSON.stringify(from(entry.fileName))});
};
${AFTER_FIRST_PAINT}
`;
		this.emitFile({ type: 'asset', fileName: '_app/islands/notebook.js', source });
		// As written: Vite drops its /*$vite$:N*/ markers from a stylesheet's text as it writes the file.
		const written = (source: string | Uint8Array) => String(source).replace(/\/\*\$vite\$:\d+\*\//g, '');
		const css = Object.fromEntries(Object.values(bundle).flatMap((a) => (a.type === 'asset' && a.fileName.endsWith('.css') ? [[a.fileName, written(a.source)]] : [])));
		writeFileSync(ISLANDS_HEAD, JSON.stringify({ ...islandsHead(chunks, facade), css }));
	}
};

/**
 * SvelteKit's client (loaded only by the pages that keep it, such as /code) reads Svelte as
 * `import * as svelte`, and its `svelte.untrack ?? …` made the bundler build Svelte's namespace object in
 * the chunk every island loads (page-core): every export of 'svelte' kept (mount, createEventDispatcher …)
 * and the bundler's runtime helper for it loaded as a file of its own. Here that client gets a module with
 * just the names it reads, so the object is built in its own chunk and page-core keeps what the islands
 * import: 1.2 KB of gzip less on each embed. The names are read from the client's own source at build
 * time (every `svelte.name` that Svelte exports, and its named imports resolve here too: a name missing
 * from the module fails the build), so a SvelteKit update cannot leave one undefined.
 */
const KIT_SVELTE = '\0kit-svelte';
const KIT_CLIENT = '/@sveltejs/kit/src/runtime/client/';
/** The names of 'svelte' SvelteKit's client reads: `svelte.name` (of Svelte's exports) and `import { name } from 'svelte'`, in every file of it. */
async function kitClientSvelteNames(): Promise<string[]> {
	const exported = new Set(Object.keys(await import('svelte')));
	const dir = fileURLToPath(new URL('node_modules/@sveltejs/kit/src/runtime/client/', import.meta.url));
	const names = new Set<string>();
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))) {
		const text = readFileSync(`${dir}/${file}`, 'utf8');
		for (const [, name] of text.matchAll(/\bsvelte\.([A-Za-z_$][\w$]*)/g)) if (exported.has(name)) names.add(name);
		for (const [, list] of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'svelte'/g))
			for (const part of list.split(',')) if (part.trim()) names.add(part.trim().split(/\s+as\s+/)[0]);
	}
	return [...names].sort();
}
const kitSvelte: Plugin = {
	name: 'kit-svelte',
	apply: 'build',
	enforce: 'pre',
	resolveId: (source, importer) => (!ssrBuild && source === 'svelte' && importer?.includes(KIT_CLIENT) ? KIT_SVELTE : null),
	load: async (id) => (id === KIT_SVELTE ? `export { ${(await kitClientSvelteNames()).join(', ')} } from 'svelte';` : null)
};

/**
 * Where the client build leaves what the prerendered pages' heads are changed with (src/hooks.server.ts
 * reads it; the client build runs before the prerendering).
 */
const ISLANDS_HEAD = fileURLToPath(new URL('.svelte-kit/islands-head.json', import.meta.url));
type Chunks = Map<string, { imports: string[]; viteMetadata?: { importedCss: Set<string> } }>;
/**
 * An embed page's unused stylesheets: SvelteKit links every chart's, as the page's load can import any
 * chart's view through the registry; the page needs its island's (its entry's and its own view's) and the
 * layout's.
 */
function islandsHead(chunks: Chunks, facade: (id: string) => { fileName: string } | undefined): Omit<IslandsHead, 'css'> {
	const css = (file: string, seen = new Set<string>(), out = new Set<string>()) => {
		if (seen.has(file)) return out;
		seen.add(file);
		const chunk = chunks.get(file);
		for (const f of chunk?.viteMetadata?.importedCss ?? []) out.add(f);
		for (const dep of chunk?.imports ?? []) css(dep, seen, out);
		return out;
	};
	const viewCss = new Map(CHART_IDS.map((id) => [id, css(facade(chartView(id))?.fileName ?? '')]));
	const embedUnused = Object.fromEntries(
		CHART_IDS.map((id) => {
			const own = new Set([...css(`_app/islands/embed-${id}.js`), ...viewCss.get(id)!]);
			const others = CHART_IDS.filter((o) => o !== id).flatMap((o) => [...viewCss.get(o)!]);
			return [id, [...new Set(others)].filter((f) => !own.has(f))];
		})
	);
	return { embedUnused };
}

export default defineConfig({
	plugins: [sveltekit(), compileHints, islandEntries, kitSvelte],
	build: {
		/**
		 * An embed's entry preloads none of its view's scripts: the bundler's preload helper appended a
		 * modulepreload link per file (13 on the timeline) inside the entry's evaluation task, about half of
		 * that task's main-thread time at 4× CPU; the browser's module loader fetches the same files as it
		 * meets their imports. The view's stylesheets stay in the list (the helper finds them in the page).
		 */
		modulePreload: {
			resolveDependencies: (_, deps, { hostId }) => (hostId.startsWith('_app/islands/embed-') ? deps.filter((d) => d.endsWith('.css')) : deps)
		},
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{ name: 'page-core', test: (id) => PAGE_CORE.has(id) },
						{ name: 'embed-core', test: (id) => EMBED_CORE.has(id) }
					]
				}
			}
		}
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'component',
					include: ['tests/component/**/*.test.ts'],
					environment: 'jsdom'
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.e2e.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/setup.ts'],
					testTimeout: 180_000,
					hookTimeout: 60_000,
					fileParallelism: false
				}
			}
		]
	}
});
