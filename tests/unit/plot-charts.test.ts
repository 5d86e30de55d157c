import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { LIGHT_PALETTE } from '$lib/charts/plot/palette';
import { cellLabel, cellText, fitLabel, matrixCells, matrixCorner, matrixLayout, matrixOrder, type MatrixCell } from '$lib/charts/matrix/model';
import { matrixSpec } from '$lib/charts/matrix/spec';
import { blockOffsets, dotsPerRow, LABEL_BAND, laneHeight, onAxis, timeTicks, timelineDomain, timelineDots, timelineEvents, timelineHeight } from '$lib/charts/timeline/model';
import { DAY, DOT_STEP } from '$lib/charts/timeline/events';
import { timelineSpec } from '$lib/charts/timeline/spec';
import { indexDataset, statementPairs } from '$lib/data/queries';
import { seedDataset as d } from '$lib/data/seed/dataset';
import { matchesSnapshot } from './svg-snapshot';

const index = indexDataset(d);
const { document } = new JSDOM('').window;

function render(options: Plot.PlotOptions): Element {
	return Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as Element;
}

describe('timeline spec', () => {
	const dots = timelineDots(index, d.statements);
	const events = timelineEvents(d.events);

	it('groups the events of one day under one key, and marks the talks as scheduled', () => {
		expect(events.map((e) => [e.key, e.date.toISOString().slice(0, 10), e.titles.length, e.scheduled])).toEqual([
			['A', '2021-11-03', 2, false],
			['B', '2021-11-06', 1, false],
			['C', '2021-11-29', 1, true]
		]);
		expect(events[2].titles[0]).toMatch(/\(scheduled\)$/);
	});

	it('puts each statement in the lane of its speaking parties, sized for the fullest day', () => {
		expect(dots).toHaveLength(d.statements.length);
		expect(new Set(dots.map((x) => x.lane))).toEqual(new Set(d.statements.map((s) => s.actors.map((a) => index.actors.get(a)!.name).join(', '))));
		const perDay = new Map<string, number>();
		for (const x of dots) perDay.set(`${x.lane} ${x.statement.date}`, (perDay.get(`${x.lane} ${x.statement.date}`) ?? 0) + 1);
		const fullest = Math.max(...perDay.values());
		expect(laneHeight(dots, 1)).toBe(LABEL_BAND + fullest * DOT_STEP + 14);
		expect(laneHeight(dots, 5)).toBe(LABEL_BAND + Math.ceil(fullest / 5) * DOT_STEP + 14);
	});

	it('spans the statements’ days with half a day either side, and is no taller than its lanes need', () => {
		const days = dots.map((x) => +x.date);
		const [from, to] = timelineDomain(dots).map(Number);
		expect(from).toBe(Math.min(...days) - DAY / 2);
		expect(to).toBe(Math.max(...days) + DAY / 2);
		const lanes = new Set(dots.map((x) => x.lane)).size;
		expect(timelineHeight(dots, 640)).toBe(28 + 30 + lanes * laneHeight(dots, dotsPerRow(dots, 640)));
		expect(timelineHeight(dots, 640)).toBeLessThan(timelineHeight(dots, 200));
	});

	it('labels each day once, at its midnight, on a short axis; leaves a long one to the tick count', () => {
		const oneDay = timelineDomain(dots.filter((d) => +d.date === +dots[0].date));
		const ticks = timeTicks(oneDay, 640) as Date[];
		expect(ticks.map((t) => t.toISOString())).toEqual([dots[0].date.toISOString()]);
		const week: [Date, Date] = [new Date(Date.UTC(2021, 10, 1, 12)), new Date(Date.UTC(2021, 10, 8, 12))];
		const daily = timeTicks(week, 1120) as Date[];
		expect(daily.every((t) => +t % DAY === 0)).toBe(true);
		expect(new Set(daily.map((t) => t.toISOString().slice(0, 10))).size).toBe(daily.length);
		expect(daily.length).toBeLessThanOrEqual(Math.floor(1120 / 110));
		const narrow = timeTicks(week, 440) as Date[];
		expect(narrow.length).toBeLessThanOrEqual(4);
		expect(+narrow[1] - +narrow[0]).toBe(2 * DAY);
		const years: [Date, Date] = [new Date(Date.UTC(2019, 0, 1)), new Date(Date.UTC(2023, 0, 1))];
		expect(timeTicks(years, 640)).toBe(5);
	});

	it.each([
		{ name: 'a lone dot sits on its day, below the lane’s name', n: 1, perRow: 4, expected: [{ dx: 0, dy: 10 }] },
		{ name: 'three in a row are centred on the day', n: 3, perRow: 4, expected: [{ dx: -13, dy: 10 }, { dx: 0, dy: 10 }, { dx: 13, dy: 10 }] },
		{ name: 'five at four a row wrap to a second row', n: 5, perRow: 4, expected: [{ dx: -19.5, dy: 3.5 }, { dx: -6.5, dy: 3.5 }, { dx: 6.5, dy: 3.5 }, { dx: 19.5, dy: 3.5 }, { dx: 0, dy: 16.5 }] }
	])('blockOffsets: $name', ({ n, perRow, expected }) => {
		const same = Array.from({ length: n }, () => dots[0]);
		expect(blockOffsets(same, perRow)).toEqual(expected);
	});

	it('draws one mark element per statement, labelled for wiring, and matches its snapshot', () => {
		const svg = render(timelineSpec(dots, events, 800, LIGHT_PALETTE));
		expect(svg.querySelectorAll('g.statements > *')).toHaveLength(d.statements.length);
		// Only the events on the statements' days are ruled and keyed; the scheduled talks, after them, are not.
		const ruled = events.filter((e) => onAxis(e, timelineDomain(dots)));
		expect(ruled.length).toBeLessThan(events.length);
		expect(svg.querySelectorAll('line[stroke-dasharray="5,4"], [stroke-dasharray="5,4"] line')).toHaveLength(events.filter((e) => e.scheduled && ruled.includes(e)).length);
		const keys = [...svg.querySelectorAll('text')].map((t) => t.textContent).filter((t) => t && /^[A-Z]$/.test(t));
		expect(keys).toEqual(ruled.map((e) => e.key));
		const { ok, message } = matchesSnapshot('timeline-default', svg.outerHTML);
		expect(ok, message).toBe(true);
	});
});

describe('stance matrix spec', () => {
	const cells = matrixCells(index, d.statements);

	it('has one cell per actor → recipient pair and keeps every pair', () => {
		const pairs = d.statements.flatMap((s) => statementPairs(s));
		expect(cells.reduce((n, c) => n + c.total, 0)).toBe(pairs.length);
		expect(new Set(cells.map((c) => `${c.actor}>${c.recipient}`)).size).toBe(cells.length);
	});

	it.each([
		{ pair: 'IRN>USA', text: '+1 −3', balance: -0.5 },
		{ pair: 'RUS>USA', text: '+0 −2', balance: -1 },
		{ pair: 'USA>IRN', text: '+0 −1', balance: -1 }
	])('$pair reads $text', ({ pair, text, balance }) => {
		const c = cells.find((x) => `${x.actor}>${x.recipient}` === pair)!;
		expect(cellText(c)).toBe(text);
		expect(c.balance).toBeCloseTo(balance, 6);
	});

	it('names a cell with the arrow between the two actors', () => {
		const c = cells.find((x) => x.actor === 'RUS' && x.recipient === 'USA')!;
		expect(cellLabel(c)).toBe('Russia → United States: 2 statements, 0 cooperative, 2 conflictual');
	});

	it('orders rows by what each party said', () => {
		expect(matrixOrder(cells).rows[0]).toBe('Iran');
	});

	it('lays out speakers as rows and the parties addressed as columns where they fit', () => {
		const l = matrixLayout(cells, 720);
		expect(l.transposed).toBe(false);
		// The speakers of statements that name a recipient (a joint act has none, so the EU is not a row).
		expect(l.rows).toEqual(['Iran', 'Russia', 'Outlet (unnamed)', 'United States']);
		expect(l.columns).toHaveLength(new Set(d.statements.flatMap((s) => s.recipients)).size);
		expect(l.cell).toBe(44);
		expect(l.width).toBeLessThanOrEqual(720);
	});

	it('on a phone, turns the matrix round rather than squeeze seven columns: four speakers across, legible cells', () => {
		for (const width of [328, 336]) {
			const l = matrixLayout(cells, width);
			expect(l.transposed).toBe(true);
			expect(l.columns).toEqual(['Iran', 'Russia', 'Outlet (unnamed)', 'United States']);
			expect(l.rows[0]).toBe('United States');
			expect(l.cell).toBeGreaterThanOrEqual(30);
			expect(l.width).toBeLessThanOrEqual(width);
		}
		const svg = render(matrixSpec(cells, 336, LIGHT_PALETTE));
		expect(svg.getAttribute('aria-description')).toMatch(/^Rows are the parties addressed, columns the acting parties/);
		const corner = [...svg.querySelectorAll('g.corner text tspan')].map((t) => t.textContent);
		expect(corner).toEqual(['actor →', 'addressed ↓']);
		// Each cell is drawn where its speaker's column and its addressee's row cross.
		const pairs = [...svg.querySelectorAll('g.pairs > *')] as Element[];
		const rusUsa = cells.findIndex((c) => c.actor === 'RUS' && c.recipient === 'USA');
		const irnUsa = cells.findIndex((c) => c.actor === 'IRN' && c.recipient === 'USA');
		const irnAfg = cells.findIndex((c) => c.actor === 'IRN' && c.recipient === 'AFG');
		expect(pairs[rusUsa].getAttribute('y')).toBe(pairs[irnUsa].getAttribute('y'));
		expect(pairs[irnAfg].getAttribute('x')).toBe(pairs[irnUsa].getAttribute('x'));
		expect(Number(pairs[rusUsa].getAttribute('x'))).toBeGreaterThan(Number(pairs[irnUsa].getAttribute('x')));
	});

	it('says in the corner which are the rows and which the columns, in the figure itself (it goes into exports)', () => {
		expect(matrixCorner(false)).toBe('addressed →\nactor ↓');
		const svg = render(matrixSpec(cells, 720, LIGHT_PALETTE));
		expect([...svg.querySelectorAll('g.corner text tspan')].map((t) => t.textContent)).toEqual(['addressed →', 'actor ↓']);
	});

	it('leaves room on the right for every column’s turned label, not only the last one’s, at every width', () => {
		const cos = Math.cos((40 * Math.PI) / 180);
		// The phone's column (358 px) has a long name ("European Union") just before a short one.
		for (const width of [358, 390, 640, 720]) {
			const l = matrixLayout(cells, width);
			l.columns.forEach((c, i) => {
				const centre = l.marginLeft + (i + 0.5) * l.cell;
				expect(centre + fitLabel(c, l.columnChars).length * 6.8 * cos, `${c} at ${width}`).toBeLessThanOrEqual(l.width + 0.01);
			});
			expect(l.width).toBeLessThanOrEqual(width + 0.01);
		}
	});

	it('where neither way fits, keeps the way with fewer columns', () => {
		const cell = (actor: string, recipient: string): MatrixCell => ({ actor, recipient, actorName: actor, recipientName: recipient, cooperative: 1, conflictual: 0, total: 1, balance: 1, statements: [] });
		const wide = Array.from({ length: 14 }, (_, i) => cell(`S${i % 9}`, `R${i}`));
		expect(matrixLayout(wide, 300).transposed).toBe(true);
		expect(matrixLayout(wide, 300).columns).toHaveLength(9);
		const tall = Array.from({ length: 14 }, (_, i) => cell(`S${i}`, `R${i % 9}`));
		expect(matrixLayout(tall, 300).transposed).toBe(false);
	});

	it('scrolls rather than shrink past reading: a 30 × 30 matrix keeps 30 px cells on a phone, and fits a desktop', () => {
		const cell = (actor: string, recipient: string): MatrixCell => ({ actor, recipient, actorName: `Party ${actor}`, recipientName: `Party ${recipient}`, cooperative: 1, conflictual: 1, total: 2, balance: 0, statements: [] });
		const big = Array.from({ length: 30 }, (_, i) => Array.from({ length: 30 }, (_, j) => cell(`A${i}`, `B${j}`))).flat();
		const phone = matrixLayout(big, 328);
		expect(phone.cell).toBe(30);
		expect(phone.width).toBeGreaterThan(328);
		const svg = render(matrixSpec(big, 328, LIGHT_PALETTE));
		expect(Number(svg.getAttribute('width'))).toBe(phone.width);
		const desktop = matrixLayout(big, 1280);
		expect(desktop.cell).toBeGreaterThanOrEqual(22);
		expect(desktop.width).toBeLessThanOrEqual(1280);
	});

	it('cuts labels too long for their margin, with an ellipsis, and draws the seed’s whole', () => {
		expect(fitLabel('The Daily Wire Service', 16)).toBe('The Daily Wire…');
		expect(fitLabel('Iran', 4)).toBe('Iran');
		const ticks = (svg: Element) => [...svg.querySelectorAll('g[aria-label$="tick label"] text')].map((t) => t.textContent);
		expect(ticks(render(matrixSpec(cells, 720, LIGHT_PALETTE)))).not.toContainEqual(expect.stringContaining('…'));
		expect(ticks(render(matrixSpec(cells, 336, LIGHT_PALETTE)))).not.toContainEqual(expect.stringContaining('…'));
		const long = [{ ...cells[0], actorName: 'A party whose name runs on and on', recipientName: 'Another party with a very long name indeed' }];
		const l = matrixLayout(long, 328);
		const cut = ticks(render(matrixSpec(long, 328, LIGHT_PALETTE)));
		expect(cut).toContain(fitLabel('A party whose name runs on and on', l.rowChars));
		expect(cut).toContain(fitLabel('Another party with a very long name indeed', l.columnChars));
		expect(cut.every((t) => t!.endsWith('…'))).toBe(true);
	});

	it('puts the counts one above the other where the columns are too narrow for one line', () => {
		const lines = (svg: Element) => [...svg.querySelectorAll('text')].filter((t) => /^[+]/.test(t.textContent ?? '') || t.querySelector('tspan')).map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent));
		const wide = render(matrixSpec(cells, 720, LIGHT_PALETTE));
		expect([...wide.querySelectorAll('g[aria-hidden="true"] text')].map((t) => t.textContent)).toContain('+1 −3');
		const narrow = render(matrixSpec(cells, 300, LIGHT_PALETTE));
		const stacked = lines(narrow).filter((l) => l.length === 2 && /^[+]/.test(l[0] ?? ''));
		expect(stacked).toHaveLength(cells.length);
		expect(stacked).toContainEqual(['+1', '−3']);
	});

	it('draws one cell per pair and matches its snapshot', () => {
		const svg = render(matrixSpec(cells, 720, LIGHT_PALETTE));
		expect(svg.querySelectorAll('g.pairs > *')).toHaveLength(cells.length);
		const { ok, message } = matchesSnapshot('matrix-default', svg.outerHTML);
		expect(ok, message).toBe(true);
	});
});

describe('big matrices and timelines are capped to their busiest parties', async () => {
	const { generateDataset } = await import('$lib/data/generate');
	const { indexDataset } = await import('$lib/data/queries');
	const { capMatrix, matrixCells } = await import('$lib/charts/matrix/model');
	const { capLanes, timelineDots } = await import('$lib/charts/timeline/model');
	const big = generateDataset({ actors: 120, statements: 1500, seed: 2 });
	const bigIndex = indexDataset(big);

	it('keeps at most N rows and columns, and counts what it leaves out', () => {
		const cells = matrixCells(bigIndex, big.statements);
		const c = capMatrix(cells, 30, 30);
		expect(new Set(c.cells.map((x) => x.actor)).size).toBeLessThanOrEqual(30);
		expect(new Set(c.cells.map((x) => x.recipient)).size).toBeLessThanOrEqual(30);
		expect(c.cells.length + c.omittedCells).toBe(cells.length);
		expect(c.omittedRows).toBeGreaterThan(0);
		expect(capMatrix(cells.slice(0, 3), 30, 30).cells).toHaveLength(3);
	});

	it('keeps the lanes of the parties that spoke most', () => {
		const dots = timelineDots(bigIndex, big.statements);
		const t = capLanes(dots, 30);
		expect(new Set(t.dots.map((d) => d.lane)).size).toBe(30);
		expect(t.dots.length + t.omittedDots).toBe(dots.length);
		expect(capLanes(dots.slice(0, 5), 30).omittedLanes).toBe(0);
	});

	it('keeps fewer lanes when their dots would pass the limit, never none', () => {
		const dots = timelineDots(bigIndex, big.statements);
		const t = capLanes(dots, 30, 400);
		expect(t.dots.length).toBeLessThanOrEqual(400);
		expect(t.lanes).toBe(new Set(t.dots.map((d) => d.lane)).size);
		expect(t.lanes).toBeLessThan(30);
		expect(t.dots.length + t.omittedDots).toBe(dots.length);
		// the lanes kept are the busiest: none left out has more dots than one kept
		const per = (list: typeof dots) => { const m = new Map<string, number>(); for (const d of list) m.set(d.lane, (m.get(d.lane) ?? 0) + 1); return m; };
		const all = per(dots), kept = per(t.dots);
		const leastKept = Math.min(...kept.values());
		for (const [lane, n] of all) if (!kept.has(lane)) expect(n).toBeLessThanOrEqual(leastKept);
		const one = capLanes(dots, 30, 1);
		expect(one.lanes).toBe(1);
		expect(one.dots.length).toBe(Math.max(...all.values()));
	});
});
