// The `force-graph` package (canvas) with its defaults, a label tooltip, colour by kind and arrows.
import { loadGraph } from './graph-data.js';

const data = await loadGraph();
const el = document.getElementById('chart');
const graph = new window.ForceGraph(el)
	.width(Math.min(document.body.clientWidth, 1280))
	.height(760)
	.nodeLabel('name')
	.nodeAutoColorBy('group')
	.linkWidth((l) => Math.sqrt(l.value))
	.linkDirectionalArrowLength(3)
	.onEngineStop(() => (window.__settled = true))
	.graphData(data);
window.__fg = graph;
