/** The plain-text report of a parsed file: what the CLI prints (the notebook shows the same issues). */
import { FORMAT_LABELS, type FileIssue, type ParseResult } from './issues';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function detail(issue: FileIssue): string {
	const parts: string[] = [];
	if (issue.expected !== undefined && !issue.message.includes(`expected ${issue.expected}`)) parts.push(`expected ${issue.expected}`);
	if (issue.received !== undefined && !issue.message.includes(`found ${issue.received}`)) parts.push(`found ${issue.received}`);
	return parts.length ? ` (${parts.join('; ')})` : '';
}

export function reportLines(result: ParseResult): string[] {
	const head = result.ok
		? `${result.file}: valid ${FORMAT_LABELS[result.format]}, ${plural(result.dataset.statements.length, 'statement')}, ${plural(result.dataset.actors.length, 'actor')}, ${plural(result.warnings.length, 'warning')}`
		: `${result.file}: not valid as ${FORMAT_LABELS[result.format]}: ${plural(result.errors.length, 'error')}, ${plural(result.warnings.length, 'warning')}`;
	return [
		head,
		...result.errors.map((e) => `  error    ${e.file} ${e.message}${detail(e)}`),
		...result.warnings.map((w) => `  warning  ${w.file} ${w.message}`)
	];
}
