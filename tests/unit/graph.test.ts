import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '$lib/data/generate';
import { PLOVER_EVENTS } from '$lib/data/plover';
import { countsByActor, filterStatements, NO_FILTERS, statementPairs } from '$lib/data/queries';
import { validateDataset } from '$lib/data/schema';
import { seedDataset } from '$lib/data/seed/dataset';
import type { Actor, Statement } from '$lib/data/types';
import { actorsInView, buildGraph, neighbours } from '$lib/graph/build';
import { pairShapes } from '$lib/graph/geometry';
import { buildHitIndex } from '$lib/graph/hit';
import { frameAround, overlaps, placeLabels } from '$lib/graph/labels';
import { layoutGraph, NETWORK_SEED, prepareLayout, preparedPositions } from '$lib/graph/layout';
import { buildScene, movedNode, positionsFor, sceneFrame } from '$lib/graph/scene';
import { geometryMoves, sceneGeometry } from '$lib/graph/transition';
import { indexDataset } from '$lib/data/queries';

const totalWeight = (g: ReturnType<typeof buildGraph>) => g.edges.reduce((s, e) => s + e.count, 0);
const pairCount = (statements: Statement[]) => statements.reduce((s, x) => s + statementPairs(x).length, 0);

const ids = ['A', 'B', 'C', 'D', 'E', 'G'];
const actorsArb: fc.Arbitrary<Actor[]> = fc.constant(
	ids.map((id) => (id === 'G' ? { id, name: 'Group G', kind: 'group' as const, members: ['A', 'B', 'C'] } : { id, name: `Actor ${id}`, kind: 'state' as const }))
);
const statementArb: fc.Arbitrary<Statement> = fc.record({
	actors: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 2 }),
	recipients: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 }),
	event: fc.constantFrom(...PLOVER_EVENTS),
	attribution: fc.constantFrom('quote' as const, 'paraphrase' as const, 'outlet' as const),
	topic: fc.constantFrom('t1', 't2')
}).map((r) => ({ id: '', date: '2021-11-06', source: 'x', span: { start: 0, end: 1 }, quote: 'q', actors: r.actors, recipients: r.recipients, event: r.event, topics: [r.topic], attribution: r.attribution, summary: '' }));
const statementsArb = fc.array(statementArb, { maxLength: 25 }).map((list) => list.map((s, i) => ({ ...s, id: `s${i}` })));

describe('countsByActor', () => {
	// Lists with repeats too: a coder may list a party twice.
	const listArb = fc.array(fc.constantFrom(...ids), { maxLength: 4 });
	const rawArb = fc.array(fc.record({ actors: listArb, recipients: listArb }), { maxLength: 30 });
	it('counts made per listing, received and total once per statement (property)', () => {
		fc.assert(fc.property(rawArb, (raw) => {
			const statements = raw.map((r, i) => ({ ...r, id: `s${i}` }) as unknown as Statement);
			const counts = countsByActor(statements);
			for (const id of ids) {
				const made = raw.reduce((n, r) => n + r.actors.filter((a) => a === id).length, 0);
				const received = raw.filter((r) => r.recipients.includes(id)).length;
				const total = raw.filter((r) => r.actors.includes(id) || r.recipients.includes(id)).length;
				const unaddressed = raw.reduce((n, r) => n + (r.recipients.length ? 0 : r.actors.filter((a) => a === id).length), 0);
				const c = counts.get(id);
				if (!total && !made) expect(c).toBeUndefined();
				else expect(c).toEqual({ made, received, total, unaddressed });
			}
		}));
	});
});

describe('buildGraph', () => {
	it('on the seed: Iran → United States carries the statements addressed to the US by Iran', () => {
		const g = buildGraph(seedDataset.actors, seedDataset.statements);
		const pair = g.pairs.find((p) => p.id === 'IRN→USA');
		expect(pair?.count).toBe(4);
		expect(g.nodes.map((n) => n.id)).toContain('3+3');
		// The parties, and the members of the 3+3 group Iran addresses (its outline's context); not the P4+1,
		// which no statement names.
		const parties = new Set(seedDataset.statements.flatMap((s) => [...s.actors, ...s.recipients]));
		const members = seedDataset.actors.find((a) => a.id === '3+3')!.members!;
		expect(g.nodes.map((n) => n.id).sort()).toEqual([...new Set([...parties, ...members])].sort());
		expect(g.nodes.some((n) => n.id === 'P4+1')).toBe(false);
		expect(g.memberships.filter((m) => m.group === '3+3').map((m) => m.member).sort()).toEqual([...members].sort());
		expect(totalWeight(g)).toBe(pairCount(seedDataset.statements));
	});

	it('total weight equals the number of statement × actor × recipient pairs (property)', () => {
		fc.assert(fc.property(actorsArb, statementsArb, (actors, statements) => {
			const g = buildGraph(actors, statements);
			expect(totalWeight(g)).toBe(pairCount(statements));
			expect(g.pairs.reduce((s, p) => s + p.count, 0)).toBe(pairCount(statements));
		}));
	});

	it('makes no link to a missing node, and filters never leave an orphan edge (property)', () => {
		fc.assert(fc.property(actorsArb, statementsArb, fc.constantFrom('t1', 't2'), (actors, statements, topic) => {
			for (const shown of [statements, filterStatements(statements, { ...NO_FILTERS, topics: [topic] })]) {
				const g = buildGraph(actors, shown);
				const nodes = new Set(g.nodes.map((n) => n.id));
				for (const e of [...g.edges, ...g.pairs]) expect(nodes.has(e.source) && nodes.has(e.target)).toBe(true);
				for (const m of g.memberships) expect(nodes.has(m.group) && nodes.has(m.member)).toBe(true);
				// and every edge's statements are among the shown ones
				const shownIds = new Set(shown.map((s) => s.id));
				for (const e of g.edges) for (const id of e.statementIds) expect(shownIds.has(id)).toBe(true);
			}
		}));
	});

	it('drops a pair whose actor is unknown instead of linking to a missing node', () => {
		const s = { ...seedDataset.statements[1], recipients: ['NOPE'] };
		const g = buildGraph(seedDataset.actors, [s]);
		expect(g.edges).toEqual([]);
		expect(actorsInView(seedDataset.actors, [s]).has('NOPE')).toBe(false);
	});

	it('lists a node’s neighbours through statements and membership', () => {
		const g = buildGraph(seedDataset.actors, seedDataset.statements);
		expect(neighbours(g, 'IAEA')).toEqual(new Set(['IAEA', 'IRN']));
		expect(neighbours(g, 'TUR')).toEqual(new Set(['TUR', '3+3']));
	});
});

describe('layoutGraph', () => {
	it('gives identical positions for the same seed, and different ones for another seed', () => {
		const g = buildGraph(seedDataset.actors, seedDataset.statements);
		const a = layoutGraph(g, { seed: 3 });
		const b = layoutGraph(g, { seed: 3 });
		expect([...a]).toEqual([...b]);
		expect([...layoutGraph(g, { seed: 4 })]).not.toEqual([...a]);
		for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
	});

	it('is deterministic for any graph and seed (property)', () => {
		fc.assert(fc.property(actorsArb, statementsArb, fc.integer({ min: 0, max: 1e6 }), (actors, statements, seed) => {
			const g = buildGraph(actors, statements);
			expect([...layoutGraph(g, { seed, ticks: 40 })]).toEqual([...layoutGraph(g, { seed, ticks: 40 })]);
		}), { numRuns: 30 });
	});

	it('keeps nodes apart: no two seed nodes overlap', () => {
		const g = buildGraph(seedDataset.actors, seedDataset.statements);
		const p = layoutGraph(g);
		const list = [...p.values()];
		for (let i = 0; i < list.length; i++)
			for (let j = i + 1; j < list.length; j++) expect(Math.hypot(list[i].x - list[j].x, list[i].y - list[j].y)).toBeGreaterThan(10);
	});
});

describe('prepared layouts (build time, worker)', () => {
	const g = buildGraph(seedDataset.actors, seedDataset.statements);

	it('survive JSON and give back exactly the layout of the same graph and seed', () => {
		const prepared = JSON.parse(JSON.stringify(prepareLayout(g, 1)));
		expect([...preparedPositions(prepared, g, 1)!]).toEqual([...layoutGraph(g, { seed: 1 })]);
	});

	it('are refused for another seed, another graph or missing data', () => {
		const prepared = prepareLayout(g, 1);
		expect(preparedPositions(prepared, g, 2)).toBeNull();
		const other = buildGraph(seedDataset.actors, seedDataset.statements.slice(1));
		expect(preparedPositions(prepared, other, 1)).toBeNull();
		expect(preparedPositions(undefined, g, 1)).toBeNull();
	});
});

describe('movedNode (a canvas drag)', () => {
	const graph = buildGraph(seedDataset.actors, seedDataset.statements);
	const scene = buildScene(graph, layoutGraph(graph), indexDataset(seedDataset));
	const labels = placeLabels(scene.nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, r: n.r, text: n.name, priority: n.total })), 12);

	it('left where it is, draws exactly what the scene draws', () => {
		const iran = scene.nodes.find((n) => n.id === 'IRN')!;
		const m = movedNode(scene, 'IRN', iran.x, iran.y, labels)!;
		expect(m.nodes[0].d).toBe(iran.d);
		const incident = scene.pairs.filter((p) => p.source === 'IRN' || p.target === 'IRN');
		expect(m.pairs.map((p) => p.shapes.map((s) => s.d))).toEqual(incident.map((p) => p.shapes.map((s) => s.d)));
		expect(m.labels).toEqual(labels.filter((l) => l.id === 'IRN'));
	});

	it('moved, carries its pairs, membership lines and label with it', () => {
		const p41 = scene.nodes.find((n) => n.id === '3+3')!;
		const m = movedNode(scene, '3+3', p41.x + 50, p41.y - 20, labels)!;
		expect(m.nodes[0]).toMatchObject({ id: '3+3', x: p41.x + 50, y: p41.y - 20 });
		expect(m.memberships.length).toBeGreaterThan(0);
		for (const line of m.memberships) expect([line.x1, line.y1]).toEqual([p41.x + 50, p41.y - 20]);
		for (const p of m.pairs) expect(p.source === '3+3' || p.target === '3+3').toBe(true);
		const before = labels.find((l) => l.id === '3+3');
		if (before) expect(m.labels[0]).toMatchObject({ x: before.x + 50, y: before.y - 20 });
		expect(movedNode(scene, 'nobody', 0, 0, labels)).toBeNull();
	});
});

describe('placeLabels', () => {
	it('places no two labels over each other, nor over a node (property)', () => {
		const node = fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 300 }), r: fc.integer({ min: 3, max: 12 }), text: fc.string({ minLength: 1, maxLength: 12 }) });
		fc.assert(fc.property(fc.array(node, { maxLength: 30 }), (nodes) => {
			const inputs = nodes.map((n, i) => ({ ...n, id: `n${i}`, priority: n.r }));
			const placed = placeLabels(inputs, 12);
			for (let i = 0; i < placed.length; i++) {
				for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i].box, placed[j].box)).toBe(false);
				for (const n of inputs) if (n.id !== placed[i].id) expect(overlaps(placed[i].box, { x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r })).toBe(false);
			}
		}));
	});

	it('puts a lone label to the right of its node', () => {
		expect(placeLabels([{ id: 'a', x: 0, y: 0, r: 5, text: 'Iran', priority: 1 }], 10)).toMatchObject([{ x: 8, y: 0, anchor: 'start' }]);
	});
});

describe('geometry and hit-testing', () => {
	const pair = (twoWay: boolean) => ({ id: 'A→B', source: 'A', target: 'B', count: 2, twoWay, edges: [{ id: 'e1', source: 'A', target: 'B', quad: 'verbal-conflict' as const, voice: 'reported' as const, count: 2, statementIds: ['s1', 's2'] }] });
	it('draws a one-way edge straight and a two-way edge curved to its right', () => {
		const [straight] = pairShapes(pair(false), { x: 0, y: 0 }, 5, { x: 100, y: 0 }, 5);
		expect(straight.c).toEqual({ x: 50, y: 0 });
		expect(straight.s.x).toBeCloseTo(6);
		const [curved] = pairShapes(pair(true), { x: 0, y: 0 }, 5, { x: 100, y: 0 }, 5);
		expect(curved.c.y).toBeLessThan(0);
	});
	it('finds the node under the point, then the edge, then nothing', () => {
		const shapes = pairShapes(pair(false), { x: 0, y: 0 }, 5, { x: 100, y: 0 }, 5);
		const index = buildHitIndex([{ id: 'A', x: 0, y: 0, r: 5 }, { id: 'B', x: 100, y: 0, r: 20 }], shapes);
		expect(index.find(2, 2)).toEqual({ kind: 'node', id: 'A' });
		expect(index.find(85, 10)).toEqual({ kind: 'node', id: 'B' });
		expect(index.find(50, 1)).toEqual({ kind: 'pair', id: 'A→B' });
		expect(index.find(50, 40)).toBeNull();
	});
	it('indexed in slices (one curve a slice), finds what an index built at once finds', () => {
		const d = generateDataset({ actors: 40, statements: 200, seed: 3 });
		const g = buildGraph(d.actors, d.statements);
		const scene = buildScene(g, layoutGraph(g, { seed: NETWORK_SEED }), indexDataset(d));
		const shapes = scene.pairs.flatMap((p) => p.shapes);
		const whole = buildHitIndex(scene.nodes, shapes);
		const sliced = buildHitIndex(scene.nodes, shapes);
		let slices = 1;
		while (!sliced.build(() => false)) slices++;
		expect(slices).toBe(shapes.length);
		const { x, y, width, height } = scene.extent;
		const kinds = new Set<string>();
		for (let px = x; px < x + width; px += width / 53)
			for (let py = y; py < y + height; py += height / 47) {
				const hit = whole.find(px, py, 4);
				expect(sliced.find(px, py, 4)).toEqual(hit);
				kinds.add(hit?.kind ?? 'none');
			}
		expect([...kinds].sort()).toEqual(['node', 'none', 'pair']);
	});
});

describe('generateDataset', () => {
	it('is valid, deterministic, and has the requested size', () => {
		const a = generateDataset({ actors: 60, statements: 200, seed: 5 });
		const result = validateDataset(a);
		expect(result.errors).toEqual([]);
		expect(a.actors).toHaveLength(60);
		expect(a.statements).toHaveLength(200);
		expect(generateDataset({ actors: 60, statements: 200, seed: 5 })).toEqual(a);
		expect(generateDataset({ actors: 60, statements: 200, seed: 6 })).not.toEqual(a);
	});
	it('is valid for any small size and seed (property)', () => {
		fc.assert(fc.property(fc.integer({ min: 2, max: 40 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 2 ** 31 }), (actors, statements, seed) => {
			const d = generateDataset({ actors, statements, seed });
			expect(validateDataset(d).errors).toEqual([]);
			for (const s of d.statements) expect(d.sources.find((x) => x.id === s.source)!.text.slice(s.span.start, s.span.end)).toBe(s.quote);
		}), { numRuns: 40 });
	});
});

describe('what moves when the view changes (graph/transition.ts) and the frame the chart keeps', () => {
	const SEED = seedDataset;
	const full = buildGraph(SEED.actors, SEED.statements);
	const positions = layoutGraph(full, { seed: NETWORK_SEED });
	const index = indexDataset(SEED);
	const sceneOf = (statements: typeof SEED.statements) => {
		const g = buildGraph(SEED.actors, statements);
		return buildScene(g, positionsFor(g, positions), index);
	};
	const labelsOf = (scene: ReturnType<typeof sceneOf>) => placeLabels(scene.nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, r: n.r, text: n.name, priority: n.total })), 12);

	it('the same scene moves nothing', () => {
		const a = sceneOf(SEED.statements);
		const g = sceneGeometry(a, labelsOf(a));
		expect(geometryMoves(g, g)).toEqual({ paths: [], widths: [], labels: [] });
	});

	it('a filter moves only what is drawn before and after and changed: sizes, curves, widths, label sides', () => {
		const all = sceneOf(SEED.statements);
		const russia = sceneOf(SEED.statements.filter((s) => s.actors.includes('RUS')));
		const from = sceneGeometry(all, labelsOf(all)), to = sceneGeometry(russia, labelsOf(russia));
		const moves = geometryMoves(from, to);
		const kept = new Set(russia.nodes.map((n) => n.id));
		for (const m of moves.paths) {
			expect(from.paths.has(m.key) && to.paths.has(m.key)).toBe(true);
			expect(m.from).not.toBe(m.to);
		}
		// Russia's node is smaller with only its own statements in view: its shape moves, at the same centre.
		const rus = moves.paths.find((m) => m.key === 'node:RUS');
		expect(rus).toBeDefined();
		expect(all.nodes.find((n) => n.id === 'RUS')!.x).toBe(russia.nodes.find((n) => n.id === 'RUS')!.x);
		// Nodes that left are not moves (they fade out).
		expect(moves.paths.every((m) => !m.key.startsWith('node:') || kept.has(m.key.slice(5)))).toBe(true);
		expect(moves.labels.every((l) => kept.has(l.id))).toBe(true);
	});

	it('the frame is the whole graph’s, whatever the filter', () => {
		const frame = sceneFrame(full, positions);
		expect(frame.nodes.map((n) => n.id).sort()).toEqual(full.nodes.map((n) => n.id).sort());
		const all = sceneOf(SEED.statements);
		expect(frame.extent).toEqual(all.extent);
		const russia = sceneOf(SEED.statements.filter((s) => s.actors.includes('RUS')));
		for (const n of russia.nodes) {
			expect(n.x - n.r).toBeGreaterThanOrEqual(frame.extent.x);
			expect(n.y + n.r).toBeLessThanOrEqual(frame.extent.y + frame.extent.height);
		}
	});
});

describe('frameAround', () => {
	const label = (x0: number, y0: number, x1: number, y1: number) => ({ id: 'l', text: 'l', x: x0, y: y0, anchor: 'start' as const, box: { x0, y0, x1, y1 } });
	it('grows the frame to hold every label, with the padding, and leaves a frame that holds them as it is', () => {
		const frame = { x: 0, y: 0, width: 100, height: 50 };
		expect(frameAround(frame, [label(-20, 10, 30, 20), label(90, 45, 130, 60)])).toEqual({ x: -24, y: 0, width: 158, height: 64 });
		expect(frameAround(frame, [label(10, 10, 20, 20)])).toEqual(frame);
	});
});
