import { render, cleanup } from '@testing-library/svelte';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { describeStatement } from '$lib/data/describe';
import { indexDataset } from '$lib/data/queries';
import { seedDataset } from '$lib/data/seed/dataset';
import type { Dataset } from '$lib/data/types';
import CardHarness from './CardHarness.svelte';

afterEach(() => cleanup());

describe('StatementCard in the card host', () => {
	it('shows reported speech as the outlet’s report, never in quotation marks, with speaker, date, event type and a link to the sentence', () => {
		const { container } = render(CardHarness, { props: { dataset: seedDataset, statementIds: ['s16'] } });
		const card = container.querySelector('[role="tooltip"]')!;
		expect(card.querySelector('blockquote')).toBeNull();
		expect(card.querySelector('.words')?.textContent).toBe(`Reported by the outlet: ${seedDataset.statements.find((s) => s.id === 's16')!.quote}`);
		expect(card.textContent).not.toMatch(/[“”]/);
		expect(card.textContent).toContain('Sergei Lavrov');
		expect(card.textContent).toContain('6 November 2021');
		expect(card.textContent).toContain('ACCUSE');
		expect(card.querySelector('a')?.getAttribute('href')).toBe('#source-s16');
	});

	it('typesets a direct quote as a quotation, with an ellipsis where its words start or end inside a sentence', () => {
		const { container } = render(CardHarness, { props: { dataset: seedDataset, statementIds: ['s07', 's23'] } });
		const quotes = [...container.querySelectorAll('[role="tooltip"] blockquote')].map((q) => q.textContent);
		const tweet = seedDataset.statements.find((s) => s.id === 's07')!.quote;
		expect(quotes).toEqual([`“${tweet}”`, '“… unlawful & inhumane sanctions …”']);
	});

	it('hovered: a tooltip that takes no focus and has no Close button; pinned: a dialog named by its heading, with Close and links to Tab to', () => {
		const hover = render(CardHarness, { props: { dataset: seedDataset, statementIds: ['s16', 's10'] } }).container;
		expect([...hover.querySelectorAll('[role="tooltip"] a')].map((a) => (a as HTMLElement).tabIndex)).toEqual([-1, -1]);
		expect(hover.querySelector('[data-statement-card] button')).toBeNull();
		cleanup();
		const pin = render(CardHarness, { props: { dataset: seedDataset, statementIds: ['s16', 's10'], pinned: true } }).container;
		const dialog = pin.querySelector('[role="dialog"]')!;
		expect(dialog.getAttribute('aria-labelledby') && pin.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)?.textContent).toBe('Card heading');
		expect(dialog.querySelector('button[aria-label="Close"]')).not.toBeNull();
		expect([...dialog.querySelectorAll('a')].map((a) => (a as HTMLElement).tabIndex)).toEqual([0, 0]);
	});

	it('shows any text from data as the same text, with no element injected (fast-check)', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '&amp; <b>bold</b> "q"')),
				fc.string(),
				(summary, name) => {
					const d: Dataset = structuredClone(seedDataset);
					d.people.find((p) => p.id === 'lavrov')!.name = name;
					const s = d.statements.find((x) => x.id === 's16')!;
					s.summary = summary;
					(s as { quote: string }).quote = summary;
					const { container } = render(CardHarness, { props: { dataset: d, statementIds: ['s16'] } });
					const card = container.querySelector('[role="tooltip"]')!;
					const words = describeStatement(indexDataset(d), s).voice;
					expect(card.querySelector('.words')?.textContent).toBe(`${words.lead} ${words.words}`);
					expect(card.querySelectorAll('img, script, b').length).toBe(0);
					if (name) expect(card.querySelector('strong')?.textContent).toBe(name);
					cleanup();
				}
			),
			{ numRuns: 60 }
		);
	}, 30_000);
});
