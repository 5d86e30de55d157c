import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from '$lib/data/describe';

const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

describe('formatDate', () => {
	it('writes a calendar day as "6 November 2021"', () => {
		expect(formatDate('2021-11-06')).toBe('6 November 2021');
		expect(formatDate('2021-11-29')).toBe('29 November 2021');
	});

	it('agrees with Intl en-GB for every day from 1900 to 2100', () => {
		const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true });
		fc.assert(
			fc.property(day, (date) => {
				const iso = date.toISOString().slice(0, 10);
				expect(formatDate(iso)).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
			}),
			{ numRuns: 500 }
		);
	});

	it('returns anything that is not a real day unchanged', () => {
		for (const text of ['', 'soon', '2021-02-30', '2021-13-01', '2021-00-10', '21-11-06']) expect(formatDate(text)).toBe(text);
	});
});
