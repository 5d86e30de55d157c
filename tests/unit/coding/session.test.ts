import { describe, expect, it } from 'vitest';
import { datasetOf } from '../../../src/lib/coding/build';
import { emptyDraft, statementFromDraft, type StatementDraft } from '../../../src/lib/coding/draft';
import { apply, articleOf, newHistory, redo, undo, type History } from '../../../src/lib/coding/session';
import { validateDataset } from '../../../src/lib/data/schema';
import { BY_ISO3 } from './countries';
import { builtInDataset } from '../../../src/lib/server/dataset';

const TEXT = 'Iran and Russia spoke on Saturday. Lavrov said: “Washington must return to the deal.” The talks resume.';
const TODAY = new Date('2026-01-01T00:00:00Z');

function withArticle(): History {
	return apply(newHistory(), { type: 'article', fields: { text: TEXT, title: 'Iran and Russia talk', published: '2021-11-06', dateline: 'Tehran' } });
}
const lavrovSays = (h: History): StatementDraft => {
	const start = TEXT.indexOf('Washington');
	return {
		...emptyDraft('2021-11-06'),
		span: { start, end: TEXT.indexOf('deal.') + 5 },
		speaker: { name: 'Sergei Lavrov', role: 'Foreign Minister', actor: 'RUS' },
		actors: ['RUS'],
		recipients: ['USA'],
		event: 'REQUEST',
		mode: 'change',
		topics: ['JCPOA'],
		attribution: 'quote',
		summary: 'Russia asks the United States to return to the deal.'
	};
};

describe('coding session', () => {
	it('codes a statement that the validator accepts, with no warning, its quote equal to its span', () => {
		const h = withArticle();
		const r = statementFromDraft(h.present, BY_ISO3, lavrovSays(h), TODAY);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const next = apply(h, r.action);
		const out = datasetOf(next.present);
		const check = validateDataset(JSON.parse(JSON.stringify(out)), TODAY);
		expect(check.errors).toEqual([]);
		expect(check.warnings).toEqual([]);
		expect(out.actors.map((a) => a.id).sort()).toEqual(['RUS', 'USA']);
		expect(out.people).toEqual([{ id: 'sergei-lavrov', name: 'Sergei Lavrov', role: 'Foreign Minister', actor: 'RUS' }]);
		const s = out.statements[0];
		expect(s.quote).toBe('Washington must return to the deal.');
		expect(TEXT.slice(s.span.start, s.span.end)).toBe(s.quote);
	});

	it("codes a party of the dataset open in the notebook: a grouping comes with its members, and the file validates", () => {
		const h = withArticle();
		const open = builtInDataset().actors;
		const group = open.find((a) => a.id === 'P4+1')!;
		const r = statementFromDraft(h.present, BY_ISO3, { ...lavrovSays(h), speaker: null, actors: ['IRN'], recipients: ['P4+1', 'IAEA'] }, TODAY, new Map(open.map((a) => [a.id, a])));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const out = datasetOf(apply(h, r.action).present);
		const check = validateDataset(JSON.parse(JSON.stringify(out)), TODAY);
		expect(check.errors).toEqual([]);
		expect(out.actors.map((a) => a.id).sort()).toEqual(['IAEA', 'IRN', 'P4+1', ...group.members!].sort());
		expect(out.actors.find((a) => a.id === 'IAEA')).toEqual(open.find((a) => a.id === 'IAEA'));
	});

	it('says which field is missing or wrong, in the form’s words', () => {
		const h = withArticle();
		const draft = { ...lavrovSays(h), actors: [], event: '' as const, summary: ' ' };
		const r = statementFromDraft(h.present, BY_ISO3, draft, TODAY);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const fields = r.issues.map((i) => i.field);
		expect(fields).toContain('Actors');
		expect(fields).toContain('Event type');
		expect(fields).toContain('Summary');
		expect(r.issues.find((i) => i.field === 'Actors')!.message).toMatch(/at least one actor/);
	});

	it('refuses a speaker who speaks for none of the actors', () => {
		const h = withArticle();
		const r = statementFromDraft(h.present, BY_ISO3, { ...lavrovSays(h), actors: ['IRN'] }, TODAY);
		expect(!r.ok && r.issues.map((i) => i.field)).toEqual(['Speaker']);
	});

	it('asks whom a speaker speaks for', () => {
		const h = withArticle();
		const draft = { ...lavrovSays(h), speaker: { name: 'Sergei Lavrov', role: '', actor: '' } };
		const r = statementFromDraft(h.present, BY_ISO3, draft, TODAY);
		expect(!r.ok && r.issues).toEqual([{ field: 'Speaker', message: 'choose whom the speaker speaks for: one of the actors' }]);
	});

	it('refuses a self-pair and an article with no date', () => {
		const h = apply(newHistory(), { type: 'article', fields: { text: TEXT } });
		const r = statementFromDraft(h.present, BY_ISO3, { ...lavrovSays(h), recipients: ['RUS'] }, TODAY);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues.map((i) => i.field)).toEqual(expect.arrayContaining(['Recipients', 'Published']));
	});

	it('asks for a selection first', () => {
		const r = statementFromDraft(withArticle().present, BY_ISO3, { ...lavrovSays(withArticle()), span: null }, TODAY);
		expect(!r.ok && r.issues[0].field).toBe('Selection');
	});

	it('undoes and redoes one action at a time; a new action drops the redo steps', () => {
		const h0 = withArticle();
		const r = statementFromDraft(h0.present, BY_ISO3, lavrovSays(h0), TODAY);
		if (!r.ok) throw new Error('draft');
		const h1 = apply(h0, r.action);
		expect(h1.present.statements).toHaveLength(1);
		const back = undo(h1);
		expect(back.present.statements).toHaveLength(0);
		expect(back.present).toBe(h0.present);
		const again = redo(back);
		expect(again.present).toBe(h1.present);
		const other = apply(back, { type: 'article', fields: { title: 'Another' } });
		expect(other.future).toEqual([]);
		expect(undo(newHistory())).toEqual(newHistory());
	});

	it('keeps the text once a statement indexes into it, and records no step for no change', () => {
		const h0 = withArticle();
		const r = statementFromDraft(h0.present, BY_ISO3, lavrovSays(h0), TODAY);
		if (!r.ok) throw new Error('draft');
		const h1 = apply(h0, r.action);
		const h2 = apply(h1, { type: 'article', fields: { text: 'Other text', title: 'New title' } });
		expect(articleOf(h2.present).text).toBe(TEXT);
		expect(articleOf(h2.present).title).toBe('New title');
		expect(apply(h2, { type: 'article', fields: { title: 'New title' } })).toBe(h2);
	});

	it('reuses a speaker and a topic across statements', () => {
		let h = withArticle();
		for (const summary of ['First.', 'Second.']) {
			const r = statementFromDraft(h.present, BY_ISO3, { ...lavrovSays(h), summary }, TODAY);
			if (!r.ok) throw new Error(JSON.stringify(r.issues));
			h = apply(h, r.action);
		}
		expect(h.present.people).toHaveLength(1);
		expect(h.present.topics).toEqual([{ id: 'jcpoa', label: 'JCPOA' }]);
		expect(h.present.statements.map((s) => s.id)).toEqual(['s1', 's2']);
	});

	it('exports a defined group with its member states, and leaves out an unused organisation', () => {
		let h = withArticle();
		h = apply(h, { type: 'define-actor', actor: { id: 'P4+1', name: 'P4+1', kind: 'group', members: ['FRA', 'DEU'] }, members: [BY_ISO3.get('FRA')!, BY_ISO3.get('DEU')!].map((c) => ({ id: c.iso3, name: c.name, kind: 'state' as const, iso3: c.iso3, m49: c.m49, anchor: { ...c.point!, place: c.name } })) });
		h = apply(h, { type: 'define-actor', actor: { id: 'OPEC', name: 'OPEC', kind: 'organization' } });
		const r = statementFromDraft(h.present, BY_ISO3, { ...lavrovSays(h), recipients: ['P4+1'] }, TODAY);
		if (!r.ok) throw new Error(JSON.stringify(r.issues));
		const out = datasetOf(apply(h, r.action).present);
		expect(out.actors.map((a) => a.id).sort()).toEqual(['DEU', 'FRA', 'P4+1', 'RUS']);
		expect(validateDataset(out, TODAY).warnings).toEqual([]);
	});
});
