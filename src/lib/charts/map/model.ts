/**
 * Over 300 lines, one concern: the frame of the dataset (mapFrame) and the model of a view read the same
 * placements, and the build and the browser both call them.
 * The map's model: the base map plus the dataset and the filtered statements, turned into the shapes the
 * component draws, each with its accessible name. Pure; the same function runs at build time and in the
 * browser, so the prerendered SVG and the hydrated one are the same.
 */
import { byCodeUnit, byName } from '$lib/data/compare';
import { greatCircle, arcGeometry, arcWidth, bends, crossesSeam, type ArcGeometry, type LonLat } from '$lib/geo/arcs';
import { fanEnds } from '$lib/geo/fan';
import { placeActors, type PlacedActor, type Point } from '$lib/geo/anchors';
import type { BaseMap } from '$lib/geo/basemap';
import type { CountryShape } from '$lib/geo/features';
import { EU_MEMBERS } from '$lib/geo/eu';
import type { Rect } from '$lib/geo/placement';
import { pointProjection } from '$lib/geo/projection';
import { contains, DEFAULT_VIEW, edgePoint, fitView } from '$lib/geo/view';
import { wideShape, type ViewShape } from './layout';
import { QUAD_LABELS, type QuadClass } from '$lib/data/plover';
import { aggregateEdges, countsByActor, edgeLabel, type DatasetIndex, type Edge, type Voice } from '$lib/data/queries';
import type { Actor, Dataset, Statement } from '$lib/data/types';

export type Role = 'speaks' | 'addressed' | 'both' | 'member' | 'none';

export const ROLE_LABELS: Record<Exclude<Role, 'none'>, string> = {
	speaks: 'Speaks only',
	addressed: 'Spoken to only',
	both: 'Speaks and is spoken to',
	member: 'Member of a group, no statement of its own'
};

export interface MapCountry {
	key: string;
	actorId: string;
	name: string;
	d: string;
	role: Role;
	/** Where its name goes (the centre of its visible shape), for a party of the dataset's statements. */
	label: { x: number; y: number } | null;
	/** Its capital, where its arcs end: its name goes there when the view leaves out the shape's centre. */
	anchor: Point | null;
	/** Visible area in square viewBox units: a name bigger than the country goes beside it. */
	area: number;
	ariaLabel: string;
	total: number;
}

export interface MapSymbol {
	actorId: string;
	name: string;
	shortName: string;
	kind: Actor['kind'];
	x: number;
	y: number;
	ariaLabel: string;
	total: number;
	/**
	 * The direction (degrees, clockwise from east) of a party beyond the frame, drawn on the view's edge
	 * pointing towards where it is; null for a symbol at its own place.
	 */
	beyond: number | null;
}

export interface MapArc {
	id: string;
	source: string;
	target: string;
	quad: QuadClass;
	voice: Voice;
	count: number;
	width: number;
	d: string;
	head: string;
	headBox: [number, number, number, number];
	mid: Point;
	/** The box around the whole arc (geo/arcs.ts): the view holds it. */
	box: [number, number, number, number];
	statementIds: string[];
	ariaLabel: string;
}

export interface GroupOutline {
	groupId: string;
	name: string;
	/** Always drawn (a seatless group such as the 3+3), or only while the group is in focus. */
	always: boolean;
	paths: { key: string; d: string }[];
}

export interface MapModel {
	width: number;
	height: number;
	/** What is drawn (the frame and the bleed above and below it), and the part of it this view shows. */
	extent: Rect;
	view: Rect;
	sphere: string;
	graticule: string;
	/** Countries that are not parties: the backdrop, EU members tinted when the EU is a party. */
	land: { key: string; d: string; eu: boolean }[];
	/** The same backdrop as two paths (EU-tinted members, the rest): two elements to draw, not two hundred. */
	backdrop: { plain: string; eu: string };
	countries: MapCountry[];
	symbols: MapSymbol[];
	arcs: MapArc[];
	/** Links left out by maxArcs (0 when every link is drawn). */
	omittedArcs: number;
	groups: GroupOutline[];
	/** Whether the EU is a party (its members are tinted and the legend says so). */
	euTint: boolean;
}


const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function roleOf(made: number, received: number, member: boolean): Role {
	if (made && received) return 'both';
	if (made) return 'speaks';
	if (received) return 'addressed';
	return member ? 'member' : 'none';
}

/** "Iran: 12 statements, 9 made (3 with no recipient), 3 received" */
export function countryLabel(name: string, c: { made: number; received: number; total: number; unaddressed?: number }, groups: string[]): string {
	const none = c.unaddressed ? ` (${c.unaddressed} with no recipient)` : '';
	const base = `${name}: ${plural(c.total, 'statement')}, ${c.made} made${none}, ${c.received} received`;
	return groups.length ? `${base}; member of ${groups.join(', ')}` : base;
}

/** "Iran → United States: 3 statements, verbal conflict" (", the outlet's own voice" when dashed) */
export function arcLabel(index: DatasetIndex, e: { source: string; target: string; count: number; quad: QuadClass; voice: Voice }): string {
	const voice = e.voice === 'outlet' ? ', in the outlet’s own voice' : '';
	return `${edgeLabel(index, e.source, e.target, e.count)}, ${QUAD_LABELS[e.quad].toLowerCase()}${voice}`;
}

const SHORT: Record<string, string> = { media: 'Outlet' };

/**
 * What the map draws the same way whatever the filters: the projection, where each actor is placed, the
 * symbols, the parties beyond the frame, the group outlines, and each arc's drawn geometry once computed. Kept per
 * base map and dataset, so a filter change recomputes only what depends on the statements in view.
 */
interface MapFrame {
	project: (p: [number, number]) => Point | null;
	placed: ReturnType<typeof placeActors>;
	everInvolved: ReturnType<typeof countsByActor>;
	groupsOf: Map<string, string[]>;
	actorOf: (c: CountryShape) => Actor | undefined;
	symbols: Omit<MapSymbol, 'ariaLabel' | 'total'>[];
	/** Parties whose place lies beyond what is drawn: shown on the view's edge. */
	beyond: Set<string>;
	groups: GroupOutline[];
	lonLat: Map<string, LonLat | null>;
	/** The longitude at the map's centre: a great circle across the meridian opposite it is drawn straight. */
	centre: number;
	/** Arc geometry by arcKey, as it is computed (seeded with the base map's, computed at build time). */
	arcs: Map<string, ArcGeometry | null>;
}
const frames = new WeakMap<BaseMap, WeakMap<Dataset, MapFrame>>();

function mapFrame(base: BaseMap, dataset: Dataset, index: DatasetIndex): MapFrame {
	let byDataset = frames.get(base);
	if (!byDataset) frames.set(base, (byDataset = new WeakMap()));
	const known = byDataset.get(dataset);
	if (known) return known;

	const everInvolved = countsByActor(dataset.statements);
	const groupsOf = new Map<string, string[]>();
	for (const g of dataset.actors) for (const m of g.members ?? []) groupsOf.set(m, [...(groupsOf.get(m) ?? []), g.name]);
	const stateByM49 = new Map(dataset.actors.filter((a) => a.kind === 'state' && a.m49).map((a) => [a.m49 as string, a]));
	const actorOf = (c: CountryShape) => (c.m49 ? stateByM49.get(c.m49) : undefined);
	const project: (p: [number, number]) => Point | null = pointProjection(base.spec);
	const placed = placeActors(dataset.actors, project, 16);

	const beyond = new Set([...placed.values()].filter((p) => !contains(base.extent, p.point)).map((p) => p.id));
	const symbols = dataset.actors
		.filter((a) => placed.has(a.id) && (a.kind === 'state' ? beyond.has(a.id) && everInvolved.has(a.id) : a.anchor || everInvolved.has(a.id)))
		.map((a) => {
			const [x, y] = placed.get(a.id)!.point;
			const shortName = SHORT[a.kind] ?? a.name.replace(/^European Union$/, 'EU').replace(/ format$/, '');
			return { actorId: a.id, name: a.name, shortName, kind: a.kind, x, y, beyond: beyond.has(a.id) ? 0 : null, total: everInvolved.get(a.id)?.total ?? 0 };
		})
		.sort((a, b) => b.total - a.total || byName(a.name, b.name));

	const shapeByM49 = new Map(base.countries.filter((c) => c.m49).map((c) => [c.m49 as string, c]));
	const groups: GroupOutline[] = dataset.actors
		.filter((g) => g.kind === 'group' && g.members?.length)
		.map((g) => ({
			groupId: g.id,
			name: g.name,
			always: !g.anchor,
			paths: (g.members ?? [])
				.map((m) => index.actors.get(m)?.m49)
				.map((m49) => (m49 ? shapeByM49.get(m49) : undefined))
				.filter((c): c is CountryShape => !!c)
				.map((c) => ({ key: c.key, d: c.d }))
		}))
		.filter((g) => g.paths.length);

	const frame: MapFrame = {
		project,
		placed,
		everInvolved,
		groupsOf,
		actorOf,
		symbols: symbols.map(({ total: _, ...rest }) => rest),
		beyond,
		groups,
		lonLat: new Map(dataset.actors.map((a) => [a.id, a.anchor ? ([a.anchor.lon, a.anchor.lat] as LonLat) : null])),
		centre: -base.spec.rotate[0],
		arcs: new Map(Object.entries(base.arcs ?? {}))
	};
	byDataset.set(dataset, frame);
	return frame;
}

/** Above this many links the map draws the heaviest ones (and says so); the network and table have all. */
export const MAP_MAX_ARCS = 400;

/**
 * maxArcs: draw only the heaviest links (a big dataset has thousands); the model says how many it left out.
 * shape: the view's aspect and padding (layout.ts). frameOn: the statements whose parties the view frames
 * (those drawn, unless a pin narrows them); a party beyond the view is drawn on its edge.
 */
export function mapModel(
	base: BaseMap,
	dataset: Dataset,
	index: DatasetIndex,
	statements: readonly Statement[],
	maxArcs = Infinity,
	shape: ViewShape = wideShape(),
	frameOn: readonly Statement[] = statements
): MapModel {
	const frame = mapFrame(base, dataset, index);
	const { everInvolved, groupsOf, actorOf } = frame;
	const counts = countsByActor(statements);
	const zero = { made: 0, received: 0, total: 0 };
	const euTint = dataset.actors.some((a) => a.id === 'EU') && counts.has('EU');
	// A member of a group that is a party is named on the map too (the 3+3's states), though it says nothing itself.
	const partyMembers = new Set(dataset.actors.filter((g) => g.members && everInvolved.has(g.id)).flatMap((g) => g.members ?? []));

	const countries: MapCountry[] = [];
	const land: MapModel['land'] = [];
	for (const c of base.countries) {
		const actor = actorOf(c);
		if (!actor) {
			land.push({ key: c.key, d: c.d, eu: euTint && !!c.iso3 && EU_MEMBERS.includes(c.iso3) });
			continue;
		}
		const n = counts.get(actor.id) ?? zero;
		const groups = groupsOf.get(actor.id) ?? [];
		countries.push({
			key: c.key,
			actorId: actor.id,
			name: actor.name,
			d: c.d,
			role: roleOf(n.made, n.received, groups.length > 0),
			label: everInvolved.has(actor.id) || partyMembers.has(actor.id) ? { x: c.centroid[0], y: c.centroid[1] } : null,
			anchor: frame.placed.get(actor.id)?.point ?? null,
			area: c.area,
			ariaLabel: countryLabel(actor.name, n, groups),
			total: n.total
		});
	}
	// Tab order: the most involved first, then by name.
	countries.sort((a, b) => b.total - a.total || byName(a.name, b.name));

	const { view, placed, drawn, omitted } = framed(frame, base, frameOn === statements ? counts : countsByActor(frameOn), shape, statements, maxArcs);
	const symbols: MapSymbol[] = frame.symbols
		.map((s) => {
			const n = counts.get(s.actorId) ?? zero;
			const at = placed.get(s.actorId)!.point;
			const beyond = s.beyond === null ? null : directionOf(view, frame.placed.get(s.actorId)!.point);
			return { ...s, x: at[0], y: at[1], beyond, ariaLabel: countryLabel(s.name, n, groupsOf.get(s.actorId) ?? []), total: n.total };
		})
		.sort((a, b) => b.total - a.total || byName(a.name, b.name));

	const arcs: MapArc[] = [];
	for (const { edge: e, width, key } of drawn) {
		const geom = frame.arcs.get(key);
		if (geom) arcs.push({ ...e, width, ...geom, ariaLabel: arcLabel(index, e) });
	}
	// Longer arcs first, shorter ones drawn over them: a short arc (Tehran to Tbilisi) would otherwise lie
	// wholly under the long ones that pass it, out of the pointer's reach; a long one shows along its length.
	const chord = (a: MapArc) => Math.hypot(placed.get(a.source)!.point[0] - placed.get(a.target)!.point[0], placed.get(a.source)!.point[1] - placed.get(a.target)!.point[1]);
	const arcOrder = [...arcs].sort((x, y) => chord(y) - chord(x) || y.count - x.count || byCodeUnit(x.id, y.id));

	return {
		width: base.spec.width,
		height: base.spec.height,
		extent: base.extent,
		view,
		sphere: base.sphere,
		graticule: base.graticule,
		land,
		backdrop: {
			plain: land.filter((c) => !c.eu).map((c) => c.d).join(''),
			eu: land.filter((c) => c.eu).map((c) => c.d).join('')
		},
		countries,
		symbols,
		arcs: arcOrder,
		omittedArcs: omitted,
		groups: frame.groups,
		euTint
	};
}

/** The view that frames the parties of `statements` and their arcs: what the map shows with nothing narrowing it. */
export function mapView(base: BaseMap, dataset: Dataset, index: DatasetIndex, statements: readonly Statement[], shape: ViewShape = wideShape(), maxArcs = MAP_MAX_ARCS): Rect {
	const counts = countsByActor(statements);
	return framed(mapFrame(base, dataset, index), base, counts, shape, statements, maxArcs).view;
}

/** Room kept between a party beyond the view and the view's edge. */
const BEYOND_INSET = 16;

/** The view: framing the placed parties (all but those beyond) that the statements in view involve, and `more` points. */
function viewOf(frame: MapFrame, base: BaseMap, counts: ReturnType<typeof countsByActor>, shape: ViewShape, more: readonly Point[] = []): Rect {
	const points = [...counts.keys()]
		.filter((id) => frame.placed.has(id) && !frame.beyond.has(id))
		.map((id) => frame.placed.get(id)!.point);
	return fitView([...points, ...more], base.extent, shape.aspect, { ...DEFAULT_VIEW, padding: shape.padding });
}

/**
 * The view of the framed parties (`counts`), where each actor is drawn in it, and the arcs it draws. An arc
 * between two framed parties that bows out of the view (a great circle runs poleward of both ends) widens it
 * to hold the arc; arcs to a party beyond the view run to its edge, inside it.
 */
function framed(frame: MapFrame, base: BaseMap, counts: ReturnType<typeof countsByActor>, shape: ViewShape, statements: readonly Statement[], maxArcs: number) {
	const view = viewOf(frame, base, counts, shape);
	const placed = placedIn(frame, view);
	const edges = drawnEdges(frame, placed, statements, maxArcs);
	const inFrame = (id: string) => counts.has(id) && !frame.beyond.has(id);
	const reach = edges.drawn
		.filter(({ edge }) => inFrame(edge.source) && inFrame(edge.target))
		.map(({ key }) => frame.arcs.get(key)?.box)
		.filter((box) => !!box)
		.flatMap(([x0, y0, x1, y1]): Point[] => [[x0, y0], [x1, y1]]);
	if (reach.every((p) => contains(view, p))) return { view, placed, ...edges };
	const wider = viewOf(frame, base, counts, shape, reach);
	const placedWider = placedIn(frame, wider);
	return { view: wider, placed: placedWider, ...drawnEdges(frame, placedWider, statements, maxArcs) };
}

/** Where each actor is drawn in this view: a party beyond it on its edge, towards where it is. */
function placedIn(frame: MapFrame, view: Rect): Map<string, PlacedActor> {
	if (!frame.beyond.size) return frame.placed;
	const placed = new Map(frame.placed);
	for (const id of frame.beyond) placed.set(id, { id, point: edgePoint(view, frame.placed.get(id)!.point, BEYOND_INSET), symbol: true });
	return placed;
}

/** Degrees clockwise from east, from the view's centre towards a point. */
function directionOf(view: Rect, [x, y]: Point): number {
	const deg = (Math.atan2(y - (view.y + view.height / 2), x - (view.x + view.width / 2)) * 180) / Math.PI;
	return Math.round(deg);
}

const heavierFirst = (x: Edge, y: Edge) => y.count - x.count || byCodeUnit(x.id, y.id);

/**
 * The n heaviest edges (ties by id), heaviest first; all of them, in their order, when there are no more
 * than n. Only the edges at the cut-off count are sorted by id: a big dataset has thousands of light ones.
 */
export function heaviest(edges: readonly Edge[], n: number): readonly Edge[] {
	if (edges.length <= n) return edges;
	if (n <= 0) return [];
	const cut = edges.map((e) => e.count).sort((a, b) => b - a)[n - 1];
	const above = edges.filter((e) => e.count > cut);
	const at = edges.filter((e) => e.count === cut).sort(heavierFirst).slice(0, n - above.length);
	return [...above, ...at].sort(heavierFirst);
}

type Placed = Map<string, PlacedActor>;
const symbolRadius = (placed: Placed, id: string) => (placed.get(id)!.symbol ? 9 : 3);

/**
 * Everything an arc's geometry depends on: where both ends are drawn and anchored, their symbols' sizes,
 * the bend and the width. The same key means the same geometry whatever the dataset, so geometry computed
 * at build time for one dataset is never used for an arc it does not fit.
 */
function arcKey(frame: MapFrame, placed: Placed, ends: [Point, Point], source: string, target: string, bend: number, width: number): string {
	const end = (id: string, at: Point) => `${at}@${frame.beyond.has(id) ? 'edge' : (frame.lonLat.get(id) ?? '-')}r${symbolRadius(placed, id)}`;
	return `${end(source, ends[0])}>${end(target, ends[1])}b${bend}w${width}`;
}

/**
 * The edges a view draws (the heaviest maxArcs of those whose ends are placed), each with its width and
 * its geometry's key; the geometry is computed into the frame's cache where it is not there yet.
 */
function drawnEdges(frame: MapFrame, placed: Placed, statements: readonly Statement[], maxArcs: number) {
	const allEdges = aggregateEdges(statements).filter((e) => placed.has(e.source) && placed.has(e.target));
	const edges = heaviest(allEdges, maxArcs);
	const pointOf = (id: string) => placed.get(id)!.point;
	const chord = (s: string, t: string) => Math.hypot(pointOf(s)[0] - pointOf(t)[0], pointOf(s)[1] - pointOf(t)[1]);
	const bend = bends(edges, chord);
	const fanned = fanEnds(edges, (id) => placed.get(id)!.point, (id) => symbolRadius(placed, id));
	const drawn = edges.map((edge) => {
		const width = arcWidth(edge.count);
		const b = bend.get(edge.id) ?? 0;
		const ends: [Point, Point] = [fanned.get(`${edge.id}>${edge.source}`)!, fanned.get(`${edge.id}>${edge.target}`)!];
		const key = arcKey(frame, placed, ends, edge.source, edge.target, b, width);
		if (!frame.arcs.has(key)) frame.arcs.set(key, arcBetween(frame, placed, ends, edge.source, edge.target, b, width));
		return { edge, width, key };
	});
	return { drawn, omitted: allEdges.length - edges.length };
}

/**
 * The arc geometry a view draws, by arcKey: for the build to hand to the browser with the base map
 * (BaseMap.arcs), so that the first drawing of that view computes none of it.
 */
export function arcGeometryOf(
	base: BaseMap,
	dataset: Dataset,
	index: DatasetIndex,
	statements: readonly Statement[],
	maxArcs = MAP_MAX_ARCS,
	shape: ViewShape = wideShape()
): Record<string, ArcGeometry | null> {
	const frame = mapFrame(base, dataset, index);
	const { drawn } = framed(frame, base, countsByActor(statements), shape, statements, maxArcs);
	return Object.fromEntries(drawn.map(({ key }) => [key, frame.arcs.get(key) ?? null]));
}

/**
 * The drawn arc between two placed actors: along the great circle between their geographic anchors, or
 * straight (then bowed) to a party drawn on the view's edge, or where the great circle would cross the map's
 * seam (Siberia to North America, over the pole on the globe, would leave one edge of a map of the world).
 */
function arcBetween(frame: MapFrame, placed: Placed, [pa, pb]: [Point, Point], source: string, target: string, bend: number, width: number) {
	const gap = (id: string, at: Point) => (at === placed.get(id)!.point ? symbolRadius(placed, id) : 0);
	const onEdge = frame.beyond.has(source) || frame.beyond.has(target);
	const a = onEdge ? null : frame.lonLat.get(source);
	const b = onEdge ? null : frame.lonLat.get(target);
	// Great circle between geographic anchors; its ends moved onto the drawn (possibly spread) points.
	let line: Point[];
	const circle = a && b ? greatCircle(a, b) : null;
	if (circle && !crossesSeam(circle, frame.centre)) {
		const gc = circle.map((p) => frame.project(p)).filter((p): p is Point => !!p);
		line = gc.length > 1 ? gc : [pa, pb];
		const s0 = line[0];
		const s1 = line[line.length - 1];
		const n = line.length - 1;
		line = line.map(([x, y], i) => {
			const t = i / n;
			return [x + (pa[0] - s0[0]) * (1 - t) + (pb[0] - s1[0]) * t, y + (pa[1] - s0[1]) * (1 - t) + (pb[1] - s1[1]) * t];
		});
	} else line = Array.from({ length: 17 }, (_, i) => [pa[0] + ((pb[0] - pa[0]) * i) / 16, pa[1] + ((pb[1] - pa[1]) * i) / 16]);
	return arcGeometry(line, { bend, startGap: gap(source, pa) + 2, endGap: gap(target, pb) + 1, width });
}
