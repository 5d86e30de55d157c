import { describe, expect, it } from 'vitest';
import { placeActors, spread, type Point } from '$lib/geo/anchors';
import { distanceKm, farParties, framingBoxes } from '$lib/geo/framing';

describe('spread', () => {
	it.each([
		{ name: 'a free point stays', points: [[100, 100]] as Point[], fixed: [[0, 0]] as Point[] },
		{ name: 'a point on a state moves off it', points: [[0, 0]] as Point[], fixed: [[0, 0]] as Point[] },
		{ name: 'two symbols in one city part', points: [[50, 50], [50.5, 50.2]] as Point[], fixed: [] as Point[] }
	])('$name, keeping the gap', ({ points, fixed }) => {
		const out = spread(points, fixed, 16);
		const all = [...fixed, ...out];
		for (let i = 0; i < all.length; i++)
			for (let j = i + 1; j < all.length; j++) expect(Math.hypot(all[i][0] - all[j][0], all[i][1] - all[j][1])).toBeGreaterThanOrEqual(16 - 1e-9);
		if (points.length === 1 && fixed[0][0] !== points[0][0]) expect(out[0]).toEqual(points[0]);
	});
});

describe('placeActors', () => {
	const project = ([lon, lat]: [number, number]): Point => [lon * 10, -lat * 10];
	const actors = [
		{ id: 'IRN', kind: 'state', anchor: { lon: 51.389, lat: 35.689 } },
		{ id: 'ARM', kind: 'state', anchor: { lon: 44.514, lat: 40.183 } },
		{ id: 'OUTLET', kind: 'media', anchor: { lon: 51.389, lat: 35.689 } },
		{ id: '3+3', kind: 'group', members: ['IRN', 'ARM'] },
		{ id: 'NOWHERE', kind: 'organization' }
	];
	const placed = placeActors(actors, project, 16);
	it.each([
		{ id: 'IRN', point: [513.9, -356.9], symbol: false },
		{ id: 'ARM', point: [445.1, -401.8], symbol: false },
		{ id: '3+3', point: [479.5, -379.35], symbol: true }
	])('$id at $point', ({ id, point, symbol }) => {
		// Points are rounded to 0.1 unit.
		expect(Math.abs(placed.get(id)!.point[0] - point[0])).toBeLessThanOrEqual(0.051);
		expect(Math.abs(placed.get(id)!.point[1] - point[1])).toBeLessThanOrEqual(0.051);
		expect(placed.get(id)?.symbol).toBe(symbol);
	});
	it('moves the outlet off Tehran, and leaves out an actor with no place', () => {
		const o = placed.get('OUTLET')!.point;
		expect(Math.hypot(o[0] - 513.9, o[1] + 356.9)).toBeGreaterThanOrEqual(16 - 0.1);
		expect(placed.has('NOWHERE')).toBe(false);
	});
});

describe('framingBoxes', () => {
	const box = (m49: string) => (m49 === '840' ? { west: -171, east: -66, south: 18, north: 72 } : null);
	it.each([
		{ name: 'a state keeps its territory near its anchor', actor: { id: 'USA', kind: 'state', m49: '840', anchor: { lon: -77, lat: 39 } }, expected: { west: -107, east: -66, south: 25, north: 53 } },
		{ name: 'an organization gets a small box', actor: { id: 'EU', kind: 'organization', anchor: { lon: 4, lat: 50 } }, expected: { west: -1, east: 9, south: 46, north: 54 } }
	])('$name', ({ actor, expected }) => {
		expect(framingBoxes([actor], new Set([actor.id]), box)).toEqual([expected]);
	});
	it('skips actors not involved', () => {
		expect(framingBoxes([{ id: 'X', kind: 'state', anchor: { lon: 0, lat: 0 } }], new Set(), box)).toEqual([]);
	});
});

describe('farParties', () => {
	const city = (id: string, lon: number, lat: number) => ({ id, lon, lat });
	const tehran = city('IRN', 51.4, 35.7);
	const moscow = city('RUS', 37.6, 55.8);
	const ankara = city('TUR', 32.9, 39.9);
	const kabul = city('AFG', 69.2, 34.6);
	const brussels = city('EU', 4.4, 50.8);
	const washington = city('USA', -77, 38.9);
	it.each([
		{ name: 'Washington among Tehran, Moscow, Ankara, Kabul and Brussels', anchors: [tehran, moscow, ankara, kabul, brussels, washington], expected: ['USA'] },
		{ name: 'none when all are in one region', anchors: [tehran, moscow, ankara, kabul, brussels], expected: [] },
		{ name: 'South America keeps its own frame', anchors: [city('BRA', -47.9, -15.8), city('ARG', -58.4, -34.6), city('CHL', -70.7, -33.4), city('COL', -74.1, 4.7)], expected: [] },
		{ name: 'none of two, however far apart', anchors: [tehran, washington], expected: [] },
		{ name: 'never half of them', anchors: [tehran, moscow, washington, city('CAN', -75.7, 45.4)], expected: [] }
	])('$name', ({ anchors, expected }) => {
		expect([...farParties(anchors)].sort()).toEqual(expected);
	});
	it('measures great-circle distance in km', () => {
		expect(distanceKm([51.4, 35.7], [37.6, 55.8])).toBeCloseTo(2460, -2);
		expect(distanceKm([0, 0], [0, 0])).toBe(0);
	});
});
