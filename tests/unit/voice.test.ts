/** How a statement's words are voiced: only a quote in quotation marks; ellipses where a span is cut. */
import { describe, expect, it } from 'vitest';
import { contextOf, trimmedWords, voiceOf } from '$lib/data/voice';
import { seedDataset as d } from '$lib/data/seed/dataset';

const text = d.sources[0].text;
const seed = (id: string) => d.statements.find((s) => s.id === id)!;
const voiced = (id: string) => voiceOf(seed(id).quote, seed(id).attribution, contextOf(text, seed(id).span));

describe('voiceOf', () => {
	it.each([
		{ id: 's16', line: 'Reported by the outlet: Lavrov also noted that Moscow has always stressed the need to stop U.S. destructive actions against the JCPOA.' },
		{ id: 's12', line: 'Reported by the outlet: Pointing to the constructive cooperation of Iran with the International Atomic Energy Agency, the foreign minister stressed the need for the IAEA chief to refrain from taking political positions …' },
		{ id: 's13', line: 'Reported by the outlet: … stressing that Iran will continue technical cooperation with the IAEA.' },
		{ id: 's07', line: '“In a phone call with @enriquemora_, we agreed to start the negotiations aiming at removal of unlawful & inhumane sanctions on 29 November in Vienna”' },
		{ id: 's23', line: '“… unlawful & inhumane sanctions …”' },
		{ id: 's17', line: 'In the outlet’s own voice: Six rounds of intensive negotiations have been held in order to revive the JCPOA, yet the illegal and illogical demands by the United States have hampered the negotiations bear fruit.' },
		{ id: 's21', line: 'In the outlet’s own voice: Referring to the new U.S. sanctions against Iran …' },
		{ id: 's10', line: 'Reported by the outlet: … if they fully return to their obligations and do not make further demands …' }
	])('$id', ({ id, line }) => {
		expect(voiced(id).line).toBe(line);
	});

	it('typesets only direct quotes as quotations, on the whole seed', () => {
		for (const s of d.statements) {
			const v = voiceOf(s.quote, s.attribution, contextOf(text, s.span));
			expect(v.quoted, s.id).toBe(s.attribution === 'quote');
			expect(v.line.includes('“'), s.id).toBe(s.attribution === 'quote');
			expect(v.words, s.id).not.toMatch(/[,;]$/);
		}
	});

	it.each([
		['Iran agreed.', 'Iran agreed.'],
		['stressing that Iran will continue,', '… stressing that Iran will continue …'],
		['Iran said, ', 'Iran said …'],
		[', and then', '… and then …']
	])('without context: %j reads %j', (quote, words) => {
		expect(trimmedWords(quote)).toBe(words);
	});
});
