// A world map as the d3 gallery draws one (https://observablehq.com/@d3/world-map), with the dataset on it:
// countries filled by role, a great-circle arc per actor → recipient pair coloured by PLOVER quad class
// (dashed for the outlet's own voice), a <title> per country and arc. It draws what /embed/map draws,
// the plain way: the world topology fetched and projected in the browser, no prerendering, no framework.
import { loadGraph } from './graph-data.js';

const d3 = window.d3;
const topojson = window.topojson;
const [data, world, dataset] = await Promise.all([
	loadGraph(),
	fetch('countries-110m.json').then((r) => r.json()),
	fetch(new URLSearchParams(location.search).get('dataset') ?? '../data/dataset.json').then((r) => r.json())
]);
const actors = new Map(dataset.actors.map((a) => [a.id, a]));
const countries = topojson.feature(world, world.objects.countries);
const borders = topojson.mesh(world, world.objects.countries, (a, b) => a !== b);

const speaks = new Set(data.links.map((l) => l.source));
const addressed = new Set(data.links.map((l) => l.target));
const role = new Map();
for (const a of dataset.actors) {
	if (!a.m49) continue;
	const r = speaks.has(a.id) && addressed.has(a.id) ? 'both' : speaks.has(a.id) ? 'speaks' : addressed.has(a.id) ? 'addressed' : null;
	if (r) role.set(a.m49, { role: r, name: a.name });
}
const anchored = data.links
	.map((l) => ({ ...l, a: actors.get(l.source)?.anchor, b: actors.get(l.target)?.anchor }))
	.filter((l) => l.a && l.b);

const width = Math.min(document.body.clientWidth, 1280);
const height = Math.round(width * 0.55);
const points = { type: 'MultiPoint', coordinates: anchored.flatMap((l) => [[l.a.lon, l.a.lat], [l.b.lon, l.b.lat]]) };
const projection = d3.geoNaturalEarth1().fitExtent([[40, 40], [width - 40, height - 40]], points);
const path = d3.geoPath(projection);
const fill = { both: '#4e79a7', speaks: '#a0cbe8', addressed: '#f28e2b' };
const quad = { 'verbal-cooperation': '#2f6f9f', 'material-cooperation': '#1b9e77', 'verbal-conflict': '#d95f02', 'material-conflict': '#b2182b' };

const svg = d3.create('svg').attr('width', width).attr('height', height).attr('viewBox', [0, 0, width, height]).attr('style', 'max-width: 100%; height: auto;');
svg.append('path').datum({ type: 'Sphere' }).attr('fill', '#eef3f7').attr('d', path);
svg.append('path').datum(d3.geoGraticule10()).attr('fill', 'none').attr('stroke', '#d8dee4').attr('d', path);
svg
	.append('g')
	.selectAll('path')
	.data(countries.features)
	.join('path')
	.attr('fill', (d) => fill[role.get(d.id)?.role] ?? '#dcd9d2')
	.attr('d', path)
	.append('title')
	.text((d) => role.get(d.id)?.name ?? d.properties.name);
svg.append('path').datum(borders).attr('fill', 'none').attr('stroke', 'white').attr('stroke-width', 0.5).attr('d', path);
svg
	.append('g')
	.attr('fill', 'none')
	.selectAll('path')
	.data(anchored)
	.join('path')
	.attr('stroke', (d) => quad[d.quad] ?? '#777')
	.attr('stroke-width', (d) => 1 + Math.sqrt(d.value))
	.attr('stroke-dasharray', (d) => (d.voice === 'outlet' ? '4 3' : null))
	.attr('d', (d) => path({ type: 'LineString', coordinates: [[d.a.lon, d.a.lat], [d.b.lon, d.b.lat]] }))
	.append('title')
	.text((d) => `${actors.get(d.source).name} → ${actors.get(d.target).name}: ${d.value}`);

document.getElementById('chart').append(svg.node());
