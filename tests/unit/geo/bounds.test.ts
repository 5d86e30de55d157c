import { extent } from 'd3';
import { describe, expect, it } from 'vitest';
import { extentOf } from '$lib/geo/bounds';

describe('extentOf gives what d3.extent gives', () => {
	const rows: { input: number[] }[] = [{ input: [] }, { input: [3] }, { input: [3, -1, 2] }, { input: [NaN, 4, 1, NaN] }, { input: [0, -0, 5.5, -7.25] }];
	for (const { input } of rows) it(`[${input.join(', ')}]`, () => expect(extentOf(input)).toEqual(extent(input)));
});
