import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arcGeometryOf, arcLabel, countryLabel, heaviest, mapModel, roleOf } from '$lib/charts/map/model';
import { filterStatements, indexDataset, NO_FILTERS, type Edge } from '$lib/data/queries';
import { builtInDataset } from '$lib/server/dataset';
import { contains } from '$lib/geo/view';
import { baseMapFor } from '$lib/server/basemap';
import { emptyDataset } from '$lib/coding/session';
import { countryPoint } from '$lib/data/country-points';
import { projectionOf } from '$lib/geo/projection';
import { geoPath } from 'd3';

const dataset = builtInDataset();
const index = indexDataset(dataset);
const base = baseMapFor(dataset);
const model = mapModel(base, dataset, index, dataset.statements);

describe('labels and roles', () => {
	it.each([
		{ made: 3, received: 2, member: false, expected: 'both' },
		{ made: 3, received: 0, member: false, expected: 'speaks' },
		{ made: 0, received: 1, member: true, expected: 'addressed' },
		{ made: 0, received: 0, member: true, expected: 'member' },
		{ made: 0, received: 0, member: false, expected: 'none' }
	])('made $made, received $received → $expected', ({ made, received, member, expected }) => {
		expect(roleOf(made, received, member)).toBe(expected);
	});
	it('names a country with its counts', () => {
		expect(countryLabel('Iran', { made: 9, received: 3, total: 12 }, [])).toBe('Iran: 12 statements, 9 made, 3 received');
		expect(countryLabel('France', { made: 0, received: 0, total: 0 }, ['P4+1'])).toBe('France: 0 statements, 0 made, 0 received; member of P4+1');
	});
	it('names an arc with an arrow between the dataset names', () => {
		expect(arcLabel(index, { source: 'RUS', target: 'USA', count: 2, quad: 'verbal-conflict', voice: 'reported' })).toBe(
			'Russia → United States: 2 statements, verbal conflict'
		);
	});
});

describe('the default map model', () => {
	it('draws every state of the dataset in the frame as a focusable country, the most involved first', () => {
		const beyond = new Set(model.symbols.filter((s) => s.beyond !== null).map((s) => s.actorId));
		const states = dataset.actors.filter((a) => a.kind === 'state' && !beyond.has(a.id)).map((a) => a.id).sort();
		expect(model.countries.map((c) => c.actorId).sort()).toEqual(states);
		expect(model.countries[0].actorId).toBe('IRN');
		const counts = new Map(model.countries.map((c) => [c.actorId, c.ariaLabel]));
		const iran = dataset.statements.filter((s) => s.actors.includes('IRN'));
		const toIran = dataset.statements.filter((s) => s.recipients.includes('IRN'));
		const unaddressed = iran.filter((s) => !s.recipients.length).length;
		expect(counts.get('IRN')).toMatch(new RegExp(`^Iran: ${iran.length + toIran.length} statements, ${iran.length} made \\(${unaddressed} with no recipient\\), ${toIran.length} received`));
	});
	it('keys every shape uniquely, including world-atlas features with no id', () => {
		const keys = [...model.land, ...model.countries].map((c) => c.key);
		expect(new Set(keys).size).toBe(keys.length);
	});
	it('has one arc per aggregated edge, each with statements the card can show', () => {
		const rusUsa = model.arcs.filter((a) => a.source === 'RUS' && a.target === 'USA');
		expect(rusUsa).toHaveLength(1);
		expect(rusUsa[0].ariaLabel).toMatch(/^Russia → United States: 2 statements/);
		expect(rusUsa[0].statementIds).toEqual(['s15', 's16']);
		const outlet = model.arcs.filter((a) => a.voice === 'outlet').map((a) => `${a.source}→${a.target}`).sort();
		expect(outlet).toEqual(['OUTLET→USA', 'USA→IRN']);
	});
	it('draws symbols for the 3+3, the EU, the IAEA, the P4+1, the outlet and the United States beyond the frame, none on top of another', () => {
		expect(model.symbols.map((s) => s.actorId).sort()).toEqual(['3+3', 'EU', 'IAEA', 'OUTLET', 'P4+1', 'USA']);
		for (const a of model.symbols)
			for (const b of model.symbols) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(15.9);
	});
	it('marks the 3+3 states as a group and tints the EU members', () => {
		const g = model.groups.find((x) => x.groupId === '3+3')!;
		expect(g.always).toBe(true);
		expect(g.paths).toHaveLength(6);
		expect(model.euTint).toBe(true);
		expect(model.land.filter((c) => c.eu).length).toBeGreaterThan(15);
		// The backdrop draws every non-party country once, in two paths.
		const subpaths = (d: string) => d.match(/M/g)?.length ?? 0;
		expect(subpaths(model.backdrop.eu)).toBe(model.land.filter((c) => c.eu).reduce((n, c) => n + subpaths(c.d), 0));
		expect(subpaths(model.backdrop.plain)).toBe(model.land.filter((c) => !c.eu).reduce((n, c) => n + subpaths(c.d), 0));
	});
	it('follows the filters: only the outlet’s voice leaves only dashed arcs', () => {
		const only = filterStatements(dataset.statements, { ...NO_FILTERS, attributions: ['outlet'] });
		const m = mapModel(base, dataset, index, only);
		expect(m.arcs.length).toBe(new Set(only.flatMap((s) => s.recipients.map((r) => `${s.actors}→${r}`))).size);
		expect(m.arcs.every((a) => a.voice === 'outlet')).toBe(true);
		expect(m.countries.find((c) => c.actorId === 'AFG')?.role).toBe('none');
	});
});

describe('a filter change recomputes only what depends on the statements in view', () => {
	it('a model made after filtered ones (reusing their arcs and placements) equals a fresh one', () => {
		const fresh = structuredClone(dataset); // a new object: no memo shared with the models above
		const freshIndex = indexDataset(fresh);
		const expected = JSON.stringify(mapModel(base, structuredClone(dataset), indexDataset(dataset), dataset.statements));
		for (const actor of ['RUS', 'IRN', 'EU'])
			mapModel(base, fresh, freshIndex, filterStatements(fresh.statements, { ...NO_FILTERS, actors: [actor] }));
		expect(JSON.stringify(mapModel(base, fresh, freshIndex, fresh.statements))).toBe(expected);
	});

	it('the view frames the parties the filter leaves, and keeps the United States on its edge', () => {
		const toAfghanistan = filterStatements(dataset.statements, { ...NO_FILTERS, recipients: ['AFG'] });
		const m = mapModel(base, dataset, index, toAfghanistan);
		const parties = [...new Set(toAfghanistan.flatMap((s) => [...s.actors, ...s.recipients]))];
		const capitals = parties.map((id) => m.countries.find((c) => c.actorId === id)!.anchor!);
		for (const p of capitals) expect(contains(m.view, p)).toBe(true);
		const span = Math.max(...capitals.map((c) => c[0])) - Math.min(...capitals.map((c) => c[0]));
		expect(m.view.width).toBeLessThan(model.view.width);
		expect(span / m.view.width).toBeGreaterThan(0.5);
		const usa = model.symbols.find((s) => s.actorId === 'USA')!;
		expect(usa.beyond).not.toBeNull();
		// On the left edge, as Washington is west of the frame.
		expect(usa.x - model.view.x).toBeLessThan(20);
	});
});

describe('arc geometry computed at build time', () => {
	const shipped = (arcs: ReturnType<typeof arcGeometryOf>) => ({ ...structuredClone(base), arcs: structuredClone(arcs) });

	it('covers every arc of the view, and the model drawn with it equals one computed without it', () => {
		const arcs = arcGeometryOf(base, dataset, index, dataset.statements);
		expect(Object.keys(arcs)).toHaveLength(model.arcs.length);
		const fresh = structuredClone(dataset);
		expect(JSON.stringify(mapModel(shipped(arcs), fresh, indexDataset(fresh), fresh.statements))).toBe(JSON.stringify(model));
	});

	it('is what the browser draws: none of it is computed again', () => {
		const arcs = Object.fromEntries(Object.entries(arcGeometryOf(base, dataset, index, dataset.statements)).map(([k, real]) => [k, { d: 'M0,0L1,1', head: 'M1,1Z', headBox: [1, 1, 1, 1] as [number, number, number, number], mid: [0, 0] as [number, number], box: real!.box }]));
		const fresh = structuredClone(dataset);
		const drawn = mapModel(shipped(arcs), fresh, indexDataset(fresh), fresh.statements).arcs;
		expect(drawn).toHaveLength(model.arcs.length);
		expect(drawn.every((a) => a.d === 'M0,0L1,1')).toBe(true);
	});

	it('is not used for another dataset whose ends are elsewhere', () => {
		const arcs = arcGeometryOf(base, dataset, index, dataset.statements);
		const moved = structuredClone(dataset);
		const russia = moved.actors.find((a) => a.id === 'RUS')!;
		russia.anchor = { ...russia.anchor!, lon: russia.anchor!.lon + 10 };
		const expected = mapModel(structuredClone(base), structuredClone(moved), indexDataset(moved), moved.statements);
		const got = mapModel(shipped(arcs), moved, indexDataset(moved), moved.statements);
		expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
		const fromRussia = (m: typeof model) => m.arcs.find((a) => a.source === 'RUS')!.d;
		expect(fromRussia(got)).not.toBe(fromRussia(model));
	});
});

describe('heaviest', () => {
	it('is the first n of all edges sorted by count, then id (property)', () => {
		const edgesArb = fc
			.array(fc.record({ n: fc.integer({ min: 1, max: 5 }), id: fc.string({ maxLength: 3 }) }), { maxLength: 60 })
			.map((list) => list.map(({ n, id }, i) => ({ id: `${id}#${i}`, count: n }) as Edge));
		fc.assert(
			fc.property(edgesArb, fc.integer({ min: 0, max: 70 }), (edges, n) => {
				const byHand = [...edges].sort((x, y) => y.count - x.count || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)).slice(0, n);
				const got = heaviest(edges, n);
				if (edges.length <= n) expect(got).toBe(edges);
				else expect(got).toEqual(byHand);
			})
		);
	});
});


describe('on a map of the whole world (the workbench preview)', () => {
	const world = baseMapFor(emptyDataset());
	/** Russia speaking to the United States, the two placed at `points` (the workbench uses the countries' points). */
	function russiaToUsa(points: Record<'RUS' | 'USA', { lon: number; lat: number }>) {
		const d = structuredClone(dataset);
		for (const a of d.actors) if (a.id === 'RUS' || a.id === 'USA') a.anchor = { ...a.anchor!, ...points[a.id] };
		const statement = d.statements.find((s) => s.actors.includes('RUS'))!;
		d.statements = [{ ...statement, actors: ['RUS'], recipients: ['USA'] }];
		return mapModel(world, d, indexDataset(d), d.statements);
	}
	it.each([
		{ at: "the countries' points (over the pole on the globe, across the map's seam)", points: { RUS: countryPoint('RUS')!, USA: countryPoint('USA')! } },
		{ at: 'the capitals (a great circle poleward of both)', points: { RUS: { lon: 37.618, lat: 55.756 }, USA: { lon: -77.037, lat: 38.907 } } }
	])('frames the arc whole, at $at', ({ points }) => {
		const m = russiaToUsa(points);
		expect(m.arcs).toHaveLength(1);
		const [x0, y0, x1, y1] = m.arcs[0].box;
		expect(contains(m.view, [x0, y0]) && contains(m.view, [x1, y1]), JSON.stringify({ box: m.arcs[0].box, view: m.view })).toBe(true);
		// Not across the whole map: the arc runs between its ends, not off one edge and in from the other.
		expect(x1 - x0).toBeLessThan(m.width / 2);
		// No empty strip beyond the poles: the view's top and bottom edges lie on the globe.
		const [[, top], [, bottom]] = geoPath(projectionOf(world.spec, 1)).bounds({ type: 'Sphere' });
		expect(m.view.y, JSON.stringify(m.view)).toBeGreaterThanOrEqual(top);
		expect(m.view.y + m.view.height, JSON.stringify(m.view)).toBeLessThanOrEqual(bottom);
	});
	it("keeps a regional map's bleed above and below its frame, where the globe goes on", () => {
		const extra = Math.round(base.spec.height * 0.15);
		expect(base.extent).toEqual({ x: 0, y: -extra, width: base.spec.width, height: base.spec.height + 2 * extra });
	});
});
