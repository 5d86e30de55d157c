import { describe, expect, it } from 'vitest';
import {
	cleanText,
	mergePublication,
	PUBLICATION_LIMITS,
	publicationFromParams,
	publicationToParams,
	safeLink
} from '$lib/data/publication';
import { validateDataset } from '$lib/data/schema';
import { seedDataset } from '$lib/data/seed/dataset';

describe('publication words', () => {
	it('keeps text as text, collapses whitespace and drops control characters', () => {
		expect(cleanText('  <b>Bold</b>\n\tclaim\u0000 ', 100)).toBe('<b>Bold</b> claim');
	});
	it('cuts long text with an ellipsis at the stated length, never inside a surrogate pair', () => {
		const cut = cleanText('a'.repeat(200), PUBLICATION_LIMITS.title);
		expect(cut).toHaveLength(PUBLICATION_LIMITS.title);
		expect(cut.endsWith('…')).toBe(true);
		const emoji = cleanText('x' + '😀'.repeat(10), 3);
		expect(emoji).toBe('x…');
	});
	it('links only http(s) addresses', () => {
		expect(safeLink('https://example.org/a')).toBe('https://example.org/a');
		expect(safeLink('javascript:alert(1)')).toBeUndefined();
		expect(safeLink('data:text/html,x')).toBeUndefined();
		expect(safeLink('not a url')).toBeUndefined();
	});
	it('reads title, subtitle, notes and credit from an address, and title=0 is no headline', () => {
		const params = new URLSearchParams('title=Who+spoke&subtitle=Sub&note=One&note=Two&credit=Chart%3A+Me&actor=IRN');
		expect(publicationFromParams(params)).toEqual({ title: 'Who spoke', subtitle: 'Sub', notes: ['One', 'Two'], credit: 'Chart: Me' });
		expect(publicationFromParams(new URLSearchParams('title=0'))).toEqual({});
	});
	it('writes the words back into an address, replacing what was there, with no link', () => {
		const params = publicationToParams(
			{ title: 'T', notes: ['n1', ' '], credit: 'C', creditUrl: 'https://example.org' },
			new URLSearchParams('title=old&note=old&actor=IRN')
		);
		expect(params.toString()).toBe('actor=IRN&title=T&note=n1&credit=C');
		expect(publicationFromParams(params)).toEqual({ title: 'T', notes: ['n1'], credit: 'C' });
	});
	it('takes each field from the first layer that has it, and a link only with its own credit', () => {
		const address = { title: 'From the address' };
		const options = { subtitle: 'From the options', credit: 'Options credit' };
		const dataset = { title: 'Dataset', subtitle: 'Dataset sub', credit: 'Dataset credit', creditUrl: 'https://example.org', notes: ['n'] };
		expect(mergePublication(address, options, dataset)).toEqual({
			title: 'From the address',
			subtitle: 'From the options',
			credit: 'Options credit',
			notes: ['n']
		});
		expect(mergePublication({}, dataset).creditUrl).toBe('https://example.org/');
	});
	it('is validated in a dataset: lengths and the link scheme are named by field', () => {
		const ok = validateDataset({ ...seedDataset, publication: { title: 'Headline', notes: ['A note'], creditUrl: 'https://example.org' } });
		expect(ok.ok).toBe(true);
		const bad = validateDataset({
			...seedDataset,
			publication: { title: 'x'.repeat(PUBLICATION_LIMITS.title + 1), creditUrl: 'javascript:alert(1)' }
		});
		expect(bad.ok).toBe(false);
		const paths = bad.errors.map((e) => e.path);
		expect(paths).toContain('publication.title');
		expect(paths).toContain('publication.creditUrl');
	});
});
