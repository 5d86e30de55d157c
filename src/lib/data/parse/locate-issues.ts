/** Shared by the flat-file parsers: merge their own findings with the validator's, located in the file. */
import type { ValidationIssue, ValidationResult } from '../schema';
import type { DatasetFormat, FileIssue, ParseResult } from './issues';

const placeKey = (i: FileIssue) => `${i.row ?? ''}:${i.line ?? ''}:${i.column ?? i.path}`;

export function mergeIssues(
	file: string,
	format: DatasetFormat,
	result: ValidationResult,
	locate: (issue: ValidationIssue) => FileIssue,
	ownErrors: FileIssue[],
	ownWarnings: FileIssue[],
	tidyWarnings: (w: ValidationIssue[]) => ValidationIssue[] = (w) => w
): ParseResult {
	const warnings = [...ownWarnings, ...tidyWarnings(result.warnings).map(locate)];
	// The parser's own message about a cell is the clearer one: the validator's about the same cell is dropped.
	const seen = new Set(ownErrors.map(placeKey));
	const errors = [...ownErrors];
	if (!result.ok)
		for (const e of result.errors.map(locate)) {
			const key = placeKey(e);
			if (!seen.has(key)) {
				seen.add(key);
				errors.push(e);
			}
		}
	// In file order, as a reader goes through the file; the sort is stable within one place.
	const place = (i: FileIssue) => i.row ?? i.line ?? 0;
	errors.sort((a, b) => place(a) - place(b));
	if (errors.length || !result.ok) return { ok: false, file, format, errors, warnings };
	return { ok: true, file, format, dataset: result.dataset, errors: [], warnings };
}

/** A flat file carries no map positions: one warning for all actors instead of one each. */
export function summariseAnchorWarnings(warnings: ValidationIssue[]): ValidationIssue[] {
	const anchor = /^actors\[\d+\]\.anchor$/;
	const unplaced = warnings.filter((w) => anchor.test(w.path));
	const rest = warnings.filter((w) => !anchor.test(w.path));
	if (!unplaced.length) return rest;
	const ids = unplaced.map((w) => /^actors\[\d+\]\.anchor: (".*?") has no anchor/.exec(w.message)?.[1] ?? '?');
	const listed = ids.slice(0, 12).join(', ') + (ids.length > 12 ? `, and ${ids.length - 12} more` : '');
	return [
		{
			path: 'actors',
			message: `actors: ${ids.length} actor${ids.length === 1 ? ' has' : 's have'} no map position, since this format carries none (${listed}); the graph and the table show them all`
		},
		...rest
	];
}
