/** `/data/plover.jsonl`: one PLOVER 2.0 record per statement. */
import { indexDataset } from '$lib/data/queries';
import type { Dataset, Statement } from '$lib/data/types';
import { LIST_SEPARATOR } from './csv';

export interface PloverRecord {
	id: string;
	date: string;
	/** Actor codes; several are joined with ";" (a reciprocal event such as a call). */
	actor: string;
	recipient: string;
	event: string;
	mode: string;
	/** Topic ids of the statement. */
	context: string[];
	text: string;
	text_info: {
		source: string;
		start: number;
		end: number;
		attribution: Statement['attribution'];
		speaker: string | null;
		speaker_name: string | null;
		summary: string;
		occasion: string | null;
		language: string;
	};
	cite_info: {
		source: string;
		title: string;
		outlet: string | null;
		dateline: string;
		published: string;
		url: string | null;
	};
}

export function ploverRecords(dataset: Dataset, statements: readonly Statement[] = dataset.statements): PloverRecord[] {
	const index = indexDataset(dataset);
	return statements.map((s) => {
		const source = index.sources.get(s.source);
		return {
			id: s.id,
			date: s.date,
			actor: s.actors.join(LIST_SEPARATOR),
			recipient: s.recipients.join(LIST_SEPARATOR),
			event: s.event,
			mode: s.mode ?? '',
			context: [...s.topics],
			text: s.quote,
			text_info: {
				source: s.source,
				start: s.span.start,
				end: s.span.end,
				attribution: s.attribution,
				speaker: s.speaker ?? null,
				speaker_name: (s.speaker && index.people.get(s.speaker)?.name) || null,
				summary: s.summary,
				occasion: s.occasion ?? null,
				language: source?.language ?? ''
			},
			cite_info: {
				source: s.source,
				title: source?.title ?? '',
				outlet: source?.outlet ?? null,
				dateline: source?.dateline ?? '',
				published: source?.published ?? '',
				url: source?.url ?? null
			}
		};
	});
}

export function ploverJsonl(dataset: Dataset, statements?: readonly Statement[]): string {
	return ploverRecords(dataset, statements).map((r) => JSON.stringify(r)).join('\n') + '\n';
}
