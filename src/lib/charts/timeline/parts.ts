/** The timeline's takeaway, its key and event notes in an exported figure, and its warm-up step. */
import { formatDate } from '$lib/data/describe';
import { whenSaid } from '$lib/data/narrative';
import { unlessEmpty, type ChartParts } from '../chart';
import { quadSwatches } from '../legend-item';
import type { PreparedFigure } from '../plot/prepared';
import { timelineSpec } from '../plot/specs';
import { timelineEvents } from './events';
import { capLanes, MAX_DOTS, MAX_LANES, timelineDots, timelineKey, timelineTargets } from './model';

export const parts: ChartParts<null, PreparedFigure> = {
	takeaway: unlessEmpty(({ dataset, statements }) => whenSaid(dataset, statements)),
	figure: {
		legend: (palette) => [
			...quadSwatches(palette),
			{ label: 'Direct quote', kind: 'circle', color: palette.muted },
			{ label: 'Reported speech', kind: 'square', color: palette.muted },
			{ label: 'Outlet’s own voice', kind: 'diamond', color: palette.muted }
		],
		notes: (dataset) => timelineEvents(dataset.events).map((e) => `${e.key} · ${formatDate(e.date.toISOString().slice(0, 10))} — ${e.titles.join('; ')}`)
	},
	warmUp: async (d, index) => {
		const dots = capLanes(timelineDots(index, d.statements), MAX_LANES, MAX_DOTS).dots;
		const events = timelineEvents(d.events);
		timelineTargets(index, dots);
		timelineKey(dots, events);
		(await timelineSpec.load()).timelineFigure(dots, events, 800);
	}
};
