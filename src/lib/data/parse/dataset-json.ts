/** A dataset in our JSON schema (`/data/dataset.json`): parsed, validated, every issue with its line. */
import { validateDataset, type ValidationIssue } from '../schema';
import { failed, missingOrWhat, makeIssue, type FileIssue, type ParseResult } from './issues';
import { findJsonSyntaxError, jsonValueLines, lineOfPath } from './json-locate';
import { repairSpans } from './repair-spans';

export function parseDatasetJson(text: string, file: string, today = new Date()): ParseResult {
	try {
		const body = text.replace(/^\uFEFF/, '');
		let input: unknown;
		try {
			input = JSON.parse(body);
		} catch (error) {
			const found = findJsonSyntaxError(body);
			const offset = found?.offset ?? 0;
			const at = found ?? { line: 1, column: 1 };
			const near = body.slice(offset, offset + 24);
			return failed(file, 'json', [
				makeIssue(
					file,
					{ line: at.line, path: '' },
					`not valid JSON at column ${at.column}: expected ${found?.expected ?? 'JSON'}, found ${near ? JSON.stringify(near) : 'the end of the file'}`,
					found?.expected ?? 'JSON',
					near ? JSON.stringify(near) : 'the end of the file'
				)
			]);
		}
		const repaired = repairSpans(input);
		const result = validateDataset(repaired.output, today);
		const warnings = [...repaired.warnings, ...result.warnings];
		// Lines are only needed when there is something to say, and only the lines of what is said.
		let locate: ((path: string) => number) | undefined;
		const lineOf = (path: string) => {
			if (!locate) {
				const paths = [...(result.ok ? [] : result.errors), ...warnings].map((issue) => issue.path);
				const lines = jsonValueLines(body, paths);
				locate = (p) => lineOfPath(lines, p);
			}
			return locate(path);
		};
		const located = (issue: ValidationIssue): FileIssue => {
			let line = 1;
			try {
				line = lineOf(issue.path);
			} catch {
				/* unlocatable: the first line */
			}
			return makeIssue(file, { line, path: issue.path }, missingOrWhat(issue), issue.expected, issue.received);
		};
		if (!result.ok) return failed(file, 'json', result.errors.map(located), warnings.map(located));
		return { ok: true, file, format: 'json', dataset: result.dataset, errors: [], warnings: warnings.map(located) };
	} catch (error) {
		return failed(file, 'json', [makeIssue(file, { line: 1, path: '' }, `the file could not be read: ${String(error)}`)]);
	}
}
