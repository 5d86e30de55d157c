/** In development (vite dev), an embed page's entry: the chart named in this module's own address. */
import { chartById } from '$lib/charts/registry';
import { startIsland } from './island';

const chart = chartById(new URL(import.meta.url).searchParams.get('chart') ?? '');
chart?.load().then((component) => startIsland({ default: component }));
