// The `force-graph` package (canvas) with its defaults (but for the stopping point, below), a label tooltip, colour by kind and arrows.
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
	// The simulation stops when it has cooled as d3-force's does by default (alpha below 0.001, about 300
	// ticks), like the d3 baseline and ours, instead of running on for force-graph's 15 s cooldown time.
	.d3AlphaMin(0.001)
	.onEngineStop(() => (window.__settled = true))
	.graphData(data);
window.__fg = graph;
