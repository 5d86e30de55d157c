/**
 * Small wording shared by the page's sentences (narrative.ts) and the line that names the filters. Kept
 * apart so a page that only names its filters (an embed) does not load the sentences.
 */
import { formatDate } from './describe';
import { QUAD_LABELS } from './plover';
import { actorName, type DatasetIndex, type Filters } from './queries';

export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
	return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** "A", "A and B", "A, B and C". */
export function joinAnd(items: string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * "2 statements of 20 · filters: said by Iran; addressed to Afghanistan", or "All 20 statements": what an
 * export's subtitle, the printed page and a filtered embed say about the filters.
 */
export function describeFilters(index: DatasetIndex, f: Filters, shown: number, total: number): string {
	const names = (ids: string[]) => ids.map((id) => actorName(index, id)).join(' or ');
	const parts: string[] = [];
	if (f.actors.length) parts.push(`said by ${names(f.actors)}`);
	if (f.recipients.length) parts.push(`addressed to ${names(f.recipients)}`);
	if (f.topics.length) parts.push(`topic ${f.topics.map((t) => index.topics.get(t)?.label ?? t).join(' or ')}`);
	if (f.events.length) parts.push(`event ${f.events.map((e) => (e in QUAD_LABELS ? QUAD_LABELS[e as keyof typeof QUAD_LABELS].toLowerCase() : e)).join(' or ')}`);
	if (f.attributions.length) parts.push(`attribution ${f.attributions.join(' or ')}`);
	if (f.from || f.to) parts.push(`dates ${f.from ? formatDate(f.from) : '…'} to ${f.to ? formatDate(f.to) : '…'}`);
	return parts.length
		? `${plural(shown, 'statement')} of ${total} · filters: ${parts.join('; ')}`
		: `All ${plural(total, 'statement')}`;
}
