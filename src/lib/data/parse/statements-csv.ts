/**
 * A CSV with the columns of `/data/statements.csv` (one row per statement, actor and recipient; older files, one per recipient, read too) → a dataset.
 * Rows are grouped on statement_id; the other columns of a statement must agree across its rows.
 * Actors, people, topics, occasions and sources are derived from the columns (see assemble.ts).
 * An actor code is known when it is an ISO 3166-1 alpha-3 country code or the file gives it a name
 * (actor_names, recipient_name); any other code is an error naming its row and column.
 */
import { CSV_COLUMNS, restoreCell, splitListCell } from '$lib/data/csv-format';
import { quadOf, isPloverEvent } from '../plover';
import { validateDataset, type ValidationIssue } from '../schema';
import { assembleDataset, dropSelfPairs, isCountryCode, type DraftStatement } from './assemble';
import { parseCsvRecords } from './csv-records';
import { failed, issueWhat, makeIssue, shown, type FileIssue, type ParseResult } from './issues';
import { mergeIssues, summariseAnchorWarnings } from './locate-issues';

export const REQUIRED_CSV_COLUMNS = ['statement_id', 'date', 'actors', 'event', 'attribution', 'quote'] as const;
/** Columns that may differ between the rows of one statement. */
const PER_ROW = new Set(['actor', 'actor_name', 'recipient', 'recipient_name', 'pair_kind']);

const list = (cell: string) => splitListCell(cell).filter(Boolean);

/** Which column of a row a dataset path `statements[i].<field>` is read from. */
const COLUMN_OF_FIELD: Record<string, string> = {
	id: 'statement_id',
	date: 'date',
	source: 'source',
	span: 'quote',
	quote: 'quote',
	actors: 'actors',
	recipients: 'recipient',
	speaker: 'speaker',
	event: 'event',
	mode: 'mode',
	topics: 'topics',
	attribution: 'attribution',
	summary: 'summary',
	occasion: 'occasion'
};

export function parseStatementsCsv(text: string, file: string, today = new Date()): ParseResult {
	try {
		return parse(text, file, today);
	} catch (error) {
		return failed(file, 'csv', [makeIssue(file, { row: 1 }, `the file could not be read: ${String(error)}`)]);
	}
}

function parse(text: string, file: string, today: Date): ParseResult {
	const errors: FileIssue[] = [];
	const warnings: FileIssue[] = [];
	const { records, problems } = parseCsvRecords(text);
	for (const p of problems) errors.push(makeIssue(file, { row: p.row }, `${p.message} (line ${p.line})`));
	const header = records[0];
	if (!header) return failed(file, 'csv', [makeIssue(file, { row: 1 }, 'the file is empty', `a header row: ${CSV_COLUMNS.join(',')}`, 'nothing')]);

	const names = header.cells.map((c) => c.trim().toLowerCase());
	const col = new Map<string, number>();
	names.forEach((name, i) => {
		if (col.has(name)) errors.push(makeIssue(file, { row: 1, column: name }, 'this column appears twice', 'each column once', `columns ${col.get(name)! + 1} and ${i + 1}`));
		else col.set(name, i);
		if (name && !(CSV_COLUMNS as readonly string[]).includes(name))
			warnings.push(makeIssue(file, { row: 1, column: name }, 'not a column of statements.csv; it is not read'));
	});
	const missing = REQUIRED_CSV_COLUMNS.filter((c) => !col.has(c));
	if (missing.length)
		errors.push(makeIssue(file, { row: 1 }, `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, `the columns of statements.csv: ${CSV_COLUMNS.join(',')}`, header.cells.join(',')));
	if (errors.length && missing.length) return failed(file, 'csv', errors, warnings);

	// A cell that statements.csv wrote with a leading ' against formula injection is read without it.
	const cell = (cells: string[], name: string) => {
		const i = col.get(name);
		return i === undefined ? '' : restoreCell(cells[i] ?? '');
	};
	// Group the rows of each statement, in order of first appearance.
	const groups = new Map<string, typeof records>();
	for (const rec of records.slice(1)) {
		if (rec.cells.length !== header.cells.length)
			errors.push(makeIssue(file, { row: rec.row }, `${rec.cells.length} cells, but the header has ${header.cells.length} columns (line ${rec.line})`, `${header.cells.length} cells`, `${rec.cells.length}`));
		const id = cell(rec.cells, 'statement_id').trim();
		if (!id) {
			errors.push(makeIssue(file, { row: rec.row, column: 'statement_id' }, 'empty: every row needs the id of its statement', 'an id', '""'));
			continue;
		}
		const group = groups.get(id) ?? [];
		group.push(rec);
		groups.set(id, group);
	}
	if (groups.size === 0 && !errors.length) errors.push(makeIssue(file, { row: 2 }, 'no statements: the file has a header but no rows'));

	const actorNames = new Map<string, { name: string; row: number; column: string }>();
	const speakerNames = new Map<string, string>();
	const nameActor = (code: string, name: string, row: number, column: string) => {
		if (!name || !code) return;
		const known = actorNames.get(code);
		if (!known) actorNames.set(code, { name, row, column });
		else if (known.name !== name)
			warnings.push(makeIssue(file, { row, column }, `${shown(code)} is named ${shown(known.name)} in row ${known.row} and ${shown(name)} here; the first name is used`));
	};
	const drafts: DraftStatement[] = [];
	/** Each statement's rows, as much of them as later messages need: the records' cells are let go after this loop. */
	const rowsOf: { row: number; recipient: string }[][] = [];
	for (const [id, rows] of groups) {
		const first = rows[0].cells;
		for (const rec of rows.slice(1))
			for (const name of col.keys())
				if (!PER_ROW.has(name) && cell(rec.cells, name) !== cell(first, name))
					errors.push(makeIssue(file, { row: rec.row, column: name }, `statement ${shown(id)} has ${shown(cell(first, name))} in row ${rows[0].row} but ${shown(cell(rec.cells, name))} here; the rows of one statement must agree`, shown(cell(first, name)), shown(cell(rec.cells, name))));
		const row = rows[0].row;
		const actors = list(cell(first, 'actors'));
		const actorNameList = col.has('actor_names') ? splitListCell(cell(first, 'actor_names')) : [];
		if (col.has('actor_names') && cell(first, 'actor_names').trim() && actorNameList.length !== actors.length)
			warnings.push(makeIssue(file, { row, column: 'actor_names' }, `${actorNameList.length} names for ${actors.length} actor codes; the names are not used (a name may not contain ";")`));
		else actors.forEach((a, k) => nameActor(a, actorNameList[k] ?? '', row, 'actor_names'));
		const recipients: string[] = [];
		for (const rec of rows) {
			const r = cell(rec.cells, 'recipient').trim();
			// One row per actor and recipient: a recipient repeats across the rows of its statement's actors.
			if (r && !recipients.includes(r)) {
				recipients.push(r);
				nameActor(r, cell(rec.cells, 'recipient_name').trim(), rec.row, 'recipient_name');
			}
		}
		const speaker = cell(first, 'speaker').trim();
		const speakerName = cell(first, 'speaker_name').trim();
		if (speaker && speakerName && !speakerNames.has(speaker)) speakerNames.set(speaker, speakerName);
		const event = cell(first, 'event').trim();
		const quad = cell(first, 'quad_class').trim();
		if (quad && isPloverEvent(event) && quad !== quadOf(event))
			warnings.push(makeIssue(file, { row, column: 'quad_class' }, `${shown(quad)} is not the quad class of ${event} (${quadOf(event)}); the event type decides`));
		const quote = cell(first, 'quote');
		if (!quote) errors.push(makeIssue(file, { row, column: 'quote' }, 'empty: a statement needs its quote, the exact words of the source', 'the quoted text', '""'));
		const order = Number(cell(first, 'span_start').trim() || NaN);
		drafts.push({
			id,
			date: cell(first, 'date').trim(),
			source: cell(first, 'source').trim() || file,
			quote,
			actors,
			recipients,
			speaker: speaker || undefined,
			event,
			mode: cell(first, 'mode').trim() || undefined,
			topics: list(cell(first, 'topics')),
			attribution: cell(first, 'attribution').trim(),
			summary: cell(first, 'summary'),
			occasion: cell(first, 'occasion').trim() || undefined,
			order
		});
		rowsOf.push(rows.map((rec) => ({ row: rec.row, recipient: cell(rec.cells, 'recipient').trim() })));
	}
	// The cells of every row (most of the memory a large file takes here) are not needed past this point.
	groups.clear();
	records.length = 0;

	// Every actor code must be a country code or be named in the file.
	drafts.forEach((d, i) => {
		const rows = rowsOf[i];
		const unknown = (code: string) => !isCountryCode(code) && !actorNames.has(code);
		for (const a of d.actors)
			if (unknown(a))
				errors.push(makeIssue(file, { row: rows[0].row, column: 'actors' }, `${shown(a)} is not a known actor code`, 'an ISO 3166-1 alpha-3 country code, or a code named in actor_names or recipient_name', shown(a)));
		for (const { row, recipient: r } of rows) {
			if (r && unknown(r))
				errors.push(makeIssue(file, { row, column: 'recipient' }, `${shown(r)} is not a known actor code`, 'an ISO 3166-1 alpha-3 country code, or a code named in actor_names or recipient_name', shown(r)));
		}
	});

	for (const { draft, code } of dropSelfPairs(drafts)) {
		const row = rowsOf[draft].find((r) => r.recipient === code) ?? rowsOf[draft][0];
		warnings.push(makeIssue(file, { row: row.row, column: 'recipient' }, `${shown(code)} is also an actor of statement ${shown(drafts[draft].id)}: read as a joint act, with no recipient ${shown(code)} (no self-pair)`));
	}

	const raw = assembleDataset({
		statements: drafts,
		actorNames: new Map([...actorNames].map(([k, v]) => [k, v.name])),
		speakerNames,
		today
	});
	const result = validateDataset(raw, today);
	const firstRowOf = (pick: (d: DraftStatement) => boolean) => {
		const i = drafts.findIndex(pick);
		return i >= 0 ? rowsOf[i][0].row : 1;
	};
	const locate = (issue: ValidationIssue): FileIssue => {
		const m = /^(\w+)\[(\d+)\](?:\.(\w+))?(?:\[(\d+)\])?/.exec(issue.path);
		let at: { row: number; column?: string } = { row: 1 };
		if (m) {
			const [, list, index, field, sub] = m;
			const k = Number(index);
			const entity = (raw[list] as { id: string }[] | undefined)?.[k];
			if (list === 'statements' && rowsOf[k]) {
				const rows = rowsOf[k];
				if (field === 'recipients' && sub !== undefined) {
					const code = drafts[k]?.recipients[Number(sub)];
					at = { row: (rows.find((r) => r.recipient === code) ?? rows[0]).row, column: 'recipient' };
				} else at = { row: rows[0].row, column: COLUMN_OF_FIELD[field ?? ''] };
			} else if (list === 'people' && entity) at = { row: firstRowOf((d) => d.speaker === entity.id), column: 'speaker' };
			else if (list === 'actors' && entity) at = { row: firstRowOf((d) => d.actors.includes(entity.id) || d.recipients.includes(entity.id)), column: 'actors' };
			else if (list === 'topics' && entity) at = { row: firstRowOf((d) => d.topics.includes(entity.id)), column: 'topics' };
			else if (list === 'events' && entity) at = { row: firstRowOf((d) => d.occasion === entity.id), column: 'occasion' };
			else if (list === 'sources' && entity) at = { row: firstRowOf((d) => d.source === entity.id), column: 'source' };
		}
		return makeIssue(file, { ...at, path: issue.path }, issueWhat(issue), issue.expected, issue.received);
	};
	const sourceNote = makeIssue(file, { row: 1, column: 'quote' }, 'a CSV carries no source text: each source is shown as its quotes, one paragraph each in span_start order, and the spans are recomputed against that text');
	return mergeIssues(file, 'csv', result, locate, errors, [sourceNote, ...warnings], summariseAnchorWarnings);
}
