/** The table's takeaway. */
import { howAttributed } from '$lib/data/narrative';
import { unlessEmpty, type ChartParts } from '../chart';

export const parts: ChartParts = {
	takeaway: unlessEmpty(({ statements }) => howAttributed(statements))
};
