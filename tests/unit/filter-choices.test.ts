import { describe, expect, it } from 'vitest';
import { filterChoices } from '$lib/data/queries';
import { seedDataset } from '$lib/data/seed/dataset';

describe('filterChoices', () => {
	const statements = seedDataset.statements;
	const choices = filterChoices(statements);

	it('offers exactly the actors who spoke and those addressed, by the statements', () => {
		for (const s of statements) for (const a of s.actors) expect(choices.spoke.has(a)).toBe(true);
		for (const id of choices.spoke) expect(statements.some((s) => s.actors.includes(id))).toBe(true);
		for (const id of choices.heard) expect(statements.some((s) => s.recipients.includes(id))).toBe(true);
		expect(choices.heard.size).toBe(new Set(statements.flatMap((s) => s.recipients)).size);
	});

	it('offers the event types that occur and the range of the dates', () => {
		expect([...choices.events].sort()).toEqual([...new Set(statements.map((s) => s.event))].sort());
		const dates = statements.map((s) => s.date).sort();
		expect([choices.first, choices.last]).toEqual([dates[0], dates.at(-1)]);
	});

	it('offers nothing for no statements, and is made once per list', () => {
		expect(filterChoices([])).toMatchObject({ first: '', last: '' });
		expect(filterChoices([]).spoke.size).toBe(0);
		expect(filterChoices(statements)).toBe(choices);
	});
});
