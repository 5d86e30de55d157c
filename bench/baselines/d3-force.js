// The d3 gallery's "Force-directed graph" (https://observablehq.com/@d3/force-directed-graph/2),
// transcribed to a plain page: same forces, same drag, a <title> tooltip per node.
import { loadGraph } from './graph-data.js';

const d3 = window.d3;
const data = await loadGraph();
const width = Math.min(document.body.clientWidth, 1280);
const height = 760;
const color = d3.scaleOrdinal(d3.schemeCategory10);

const links = data.links.map((d) => ({ ...d }));
const nodes = data.nodes.map((d) => ({ ...d }));

const simulation = d3
	.forceSimulation(nodes)
	.force('link', d3.forceLink(links).id((d) => d.id))
	.force('charge', d3.forceManyBody())
	.force('x', d3.forceX())
	.force('y', d3.forceY())
	.on('tick', ticked)
	.on('end', () => (window.__settled = true));

const svg = d3
	.create('svg')
	.attr('width', width)
	.attr('height', height)
	.attr('viewBox', [-width / 2, -height / 2, width, height])
	.attr('style', 'max-width: 100%; height: auto;');

const link = svg
	.append('g')
	.attr('stroke', '#999')
	.attr('stroke-opacity', 0.6)
	.selectAll()
	.data(links)
	.join('line')
	.attr('stroke-width', (d) => Math.sqrt(d.value));

const node = svg
	.append('g')
	.attr('stroke', '#fff')
	.attr('stroke-width', 1.5)
	.selectAll()
	.data(nodes)
	.join('circle')
	.attr('r', 5)
	.attr('fill', (d) => color(d.group));

node.append('title').text((d) => d.name);

node.call(d3.drag().on('start', dragstarted).on('drag', dragged).on('end', dragended));

function ticked() {
	link
		.attr('x1', (d) => d.source.x)
		.attr('y1', (d) => d.source.y)
		.attr('x2', (d) => d.target.x)
		.attr('y2', (d) => d.target.y);
	node.attr('cx', (d) => d.x).attr('cy', (d) => d.y);
}

function dragstarted(event) {
	if (!event.active) simulation.alphaTarget(0.3).restart();
	event.subject.fx = event.subject.x;
	event.subject.fy = event.subject.y;
}
function dragged(event) {
	event.subject.fx = event.x;
	event.subject.fy = event.y;
}
function dragended(event) {
	if (!event.active) simulation.alphaTarget(0);
	event.subject.fx = null;
	event.subject.fy = null;
}

document.getElementById('chart').append(svg.node());
window.__sim = simulation;
