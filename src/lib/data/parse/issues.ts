/**
 * What the file parsers return: a dataset, or the problems found, each with the file, the line (JSON,
 * JSONL) or spreadsheet row (CSV, header = row 1), the field, what was expected and what was found.
 */
import type { ValidationIssue } from '../schema';
import type { Dataset } from '../types';

export type DatasetFormat = 'json' | 'csv' | 'jsonl';

export const FORMAT_LABELS: Record<DatasetFormat, string> = {
	json: 'dataset JSON',
	csv: 'statements CSV',
	jsonl: 'PLOVER JSONL'
};

export interface FileIssue extends ValidationIssue {
	/** The file name as given by the user. */
	file: string;
	/** The CSV column or the JSONL field the problem is in. */
	column?: string;
}

export type ParseResult =
	| { ok: true; file: string; format: DatasetFormat; dataset: Dataset; errors: []; warnings: FileIssue[] }
	| { ok: false; file: string; format: DatasetFormat; errors: FileIssue[]; warnings: FileIssue[] };

export interface IssueLocation {
	line?: number;
	row?: number;
	column?: string;
	path?: string;
}

/** "row 14, column recipient", "line 7, field event", "line 12, statements[3].quote". */
export function locationText(at: IssueLocation, columnWord: 'column' | 'field' = 'column'): string {
	const parts: string[] = [];
	if (at.row) parts.push(`row ${at.row}`);
	else if (at.line) parts.push(`line ${at.line}`);
	if (at.column) parts.push(`${columnWord} ${at.column}`);
	else if (at.path) parts.push(at.path);
	return parts.join(', ') || 'the file';
}

export function makeIssue(
	file: string,
	at: IssueLocation,
	what: string,
	expected?: string,
	received?: string,
	columnWord: 'column' | 'field' = 'column'
): FileIssue {
	const issue: FileIssue = { file, path: at.path ?? at.column ?? '', message: `${locationText(at, columnWord)}: ${what}` };
	if (at.line) issue.line = at.line;
	if (at.row) issue.row = at.row;
	if (at.column) issue.column = at.column;
	if (expected !== undefined) issue.expected = expected;
	if (received !== undefined) issue.received = received;
	return issue;
}

/** The validator's message without its leading "path: " (the parsers put their own location first). */
export function issueWhat(issue: ValidationIssue): string {
	for (const prefix of [`${issue.path}: `, 'the file: '])
		if (issue.path !== undefined && issue.message.startsWith(prefix)) return issue.message.slice(prefix.length);
	return issue.message;
}

/** A field that is absent reads "missing" rather than "found undefined". */
export function missingOrWhat(issue: ValidationIssue): string {
	if (issue.received !== 'undefined') return issueWhat(issue);
	const field = /(?:^|\.)([^.[\]]+)$/.exec(issue.path)?.[1] ?? issue.path;
	return `the field ${JSON.stringify(field)} is missing`;
}

/** Show a value found in a file: quoted and cut short. */
export function shown(value: unknown): string {
	let text: string;
	try {
		text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
	} catch {
		text = String(value);
	}
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

export function failed(file: string, format: DatasetFormat, errors: FileIssue[], warnings: FileIssue[] = []): ParseResult {
	return { ok: false, file, format, errors, warnings };
}

