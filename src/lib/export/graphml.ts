/**
 * `/data/network.graphml`: actors as nodes, aggregated statements as directed edges, one per actor →
 * recipient pair, PLOVER quad class and voice (so a pair may have parallel edges; see docs/dataset.md,
 * "GraphML"). Each edge lists its statements' ids, dates, event types and voices, in the same order.
 * A statement with no recipient makes no edge (no self-pair is ever written).
 */
import { aggregateEdges } from '$lib/data/queries';
import type { Actor, Dataset, Statement } from '$lib/data/types';
import { escapeXml } from './xml';

const NODE_KEYS = [
	['name', 'string'],
	['kind', 'string'],
	['iso3', 'string'],
	['m49', 'string'],
	['members', 'string']
] as const;
const EDGE_KEYS = [
	['quad', 'string'],
	['voice', 'string'],
	['weight', 'double'],
	['statement_ids', 'string'],
	['statement_dates', 'string'],
	['event_types', 'string'],
	['voices', 'string']
] as const;

/** What the file says about its parallel edges, for whoever opens it (Gephi, networkx, igraph). */
export const PARALLEL_EDGES_NOTE =
	'One edge per actor-recipient pair, PLOVER quad class and voice: a pair may have parallel edges. statement_ids, statement_dates, event_types and voices list each edge\'s statements in the same order (voices: quote, paraphrase, outlet).';

function data(key: string, value: string | number | undefined): string {
	return value === undefined || value === '' ? '' : `\n      <data key="${key}">${escapeXml(String(value))}</data>`;
}

/** Every actor of the dataset is a node; every aggregated edge of `statements` is an edge. */
export function networkGraphml(dataset: Dataset, statements: readonly Statement[] = dataset.statements): string {
	const keys = [
		...NODE_KEYS.map(([k, t]) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
		...EDGE_KEYS.map(([k, t]) => `  <key id="${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`)
	];
	const nodes = dataset.actors.map(
		(a: Actor) =>
			`    <node id="${escapeXml(a.id)}">${data('name', a.name)}${data('kind', a.kind)}${data('iso3', a.iso3)}${data('m49', a.m49)}${data('members', a.members?.join(' '))}\n    </node>`
	);
	const byId = new Map(statements.map((s) => [s.id, s]));
	const each = (ids: readonly string[], field: (s: Statement) => string) => ids.map((id) => field(byId.get(id)!)).join(' ');
	const edges = aggregateEdges(statements).map(
		(e, i) =>
			`    <edge id="e${i}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${data('quad', e.quad)}${data('voice', e.voice)}${data('weight', e.count)}` +
			`${data('statement_ids', e.statementIds.join(' '))}${data('statement_dates', each(e.statementIds, (s) => s.date))}` +
			`${data('event_types', each(e.statementIds, (s) => s.event))}${data('voices', each(e.statementIds, (s) => s.attribution))}\n    </edge>`
	);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
		...keys,
		'  <graph id="statements" edgedefault="directed">',
		`    <desc>${escapeXml(PARALLEL_EDGES_NOTE)}</desc>`,
		...nodes,
		...edges,
		'  </graph>',
		'</graphml>',
		''
	].join('\n');
}
