import { describe, expect, it } from 'vitest';
import { seedDataset } from '$lib/data/seed/dataset';
import { Dashboard } from '$lib/state/dashboard.svelte';

const dash = new Dashboard(seedDataset, { sourceHref: (id) => `#${id}` });
const about = (id: string) => dash.statements.filter((s) => s.actors.includes(id) || s.recipients.includes(id)).map((s) => s.id);

describe('every party on a chart explains itself (Dashboard.actorStatements)', () => {
	it('an actor with statements of its own shows those, and names no group', () => {
		expect(dash.actorStatements('IRN')).toEqual({ statements: dash.statementsOf({ kind: 'actor', id: 'IRN' }), via: [] });
	});

	it.each(seedDataset.actors.filter((a) => a.kind === 'group').flatMap((g) => (g.members ?? []).map((m) => ({ member: m, group: g.id }))).filter(({ member }) => !about(member).length))(
		'$member, with none of its own, shows the statements of $group, which it belongs to',
		({ member, group }) => {
			const { statements, via } = dash.actorStatements(member);
			expect(via).toContain(group);
			expect(statements.map((s) => s.id)).toEqual(expect.arrayContaining(about(group)));
			// The card names the group either way, and says so when the group has nothing in view either.
			const note = dash.memberNote(member)!;
			expect(note).toContain(dash.index.actors.get(group)!.name);
			expect(note.endsWith('none in view either.')).toBe(statements.length === 0);
		}
	);
});
