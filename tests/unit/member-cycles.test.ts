import { describe, expect, it } from 'vitest';
import { memberCycles } from '$lib/data/member-cycles';
import { validateDataset } from '$lib/data/schema';
import { seedDataset } from '$lib/data/seed/dataset';

const g = (id: string, ...members: string[]) => ({ id, members });

describe('group membership cycles', () => {
	it.each([
		{ name: 'no groups', actors: [g('IRN'), g('RUS')], expected: [] },
		{ name: 'a group of states', actors: [g('P4+1', 'FRA', 'DEU'), g('FRA'), g('DEU')], expected: [] },
		{ name: 'nested, no cycle', actors: [g('A', 'B'), g('B', 'C'), g('C')], expected: [] },
		{ name: 'a group that lists itself', actors: [g('A', 'A')], expected: [{ index: 0, path: ['A', 'A'] }] },
		{ name: 'two groups in each other', actors: [g('A', 'B'), g('B', 'A')], expected: [{ index: 0, path: ['A', 'B', 'A'] }] },
		{ name: 'a cycle of three, listed out of order', actors: [g('X'), g('C', 'A'), g('A', 'B'), g('B', 'C')], expected: [{ index: 1, path: ['C', 'A', 'B', 'C'] }] },
		{ name: 'a member outside the list', actors: [g('A', 'ZZZ')], expected: [] }
	])('$name', ({ actors, expected }) => {
		expect(memberCycles(actors)).toEqual(expected);
	});

	it('the validator warns about a cycle, naming the actor and the path, and still opens the dataset', () => {
		const data = structuredClone(seedDataset);
		const group = data.actors.findIndex((a) => a.kind === 'group' && a.members?.length);
		const member = data.actors.findIndex((a) => a.id === data.actors[group].members![0]);
		data.actors[member] = { ...data.actors[member], kind: 'group', members: [data.actors[group].id] };
		const r = validateDataset(data);
		const { id: gid } = data.actors[group];
		const mid = data.actors[member].id;
		const first = Math.min(group, member);
		const path = first === group ? [gid, mid, gid] : [mid, gid, mid];
		expect(r.ok).toBe(true);
		expect(r.warnings.map((w) => w.message)).toContainEqual(
			`actors[${first}].members: group ${path.map((p) => JSON.stringify(p)).join(' → ')}: a group cannot contain itself; its members are read as given`
		);
	});
});
