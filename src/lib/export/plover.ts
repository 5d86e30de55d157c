/**
 * `/data/plover.jsonl`: one record per statement, as the PLOVER manual's "PLOVER JSON" table writes it
 * (openeventdata/PLOVER): `actor` and `recipient` are lists of entity objects (`code`, `entity_text`),
 * `event`, `mode` and `context` are lists, and a field with no value is absent or null, never "". Our own
 * fields (attribution, speaker, summary, occasion, the source's outlet and dateline) stay inside
 * `text_info` and `cite_info`.
 */
import { actorName, indexDataset } from '$lib/data/queries';
import type { Dataset, Statement } from '$lib/data/types';

/** The manual's "information object for entities" (the fields we can fill). */
export interface PloverEntity {
	code: string;
	entity_text: string;
}

export interface PloverRecord {
	id: string;
	date: string;
	actor: PloverEntity[];
	/** Absent for a statement with no recipient (a joint act, or no one named). */
	recipient?: PloverEntity[];
	event: string[];
	mode?: string[];
	context?: string[];
	text: string;
	text_info: {
		source: string;
		start: number;
		end: number;
		attribution: Statement['attribution'];
		speaker: string | null;
		speaker_name: string | null;
		summary: string | null;
		occasion: string | null;
		language: string | null;
	};
	cite_info: {
		source: string;
		title: string | null;
		outlet: string | null;
		dateline: string | null;
		published: string | null;
		url: string | null;
	};
}

const orNull = (value: string | null | undefined) => (value ? value : null);

export function ploverRecords(dataset: Dataset, statements: readonly Statement[] = dataset.statements): PloverRecord[] {
	const index = indexDataset(dataset);
	const entities = (ids: readonly string[]) => ids.map((code) => ({ code, entity_text: actorName(index, code) }));
	return statements.map((s) => {
		const source = index.sources.get(s.source);
		return {
			id: s.id,
			date: s.date,
			actor: entities(s.actors),
			...(s.recipients.length ? { recipient: entities(s.recipients) } : {}),
			event: [s.event],
			...(s.mode ? { mode: [s.mode] } : {}),
			...(s.topics.length ? { context: [...s.topics] } : {}),
			text: s.quote,
			text_info: {
				source: s.source,
				start: s.span.start,
				end: s.span.end,
				attribution: s.attribution,
				speaker: s.speaker ?? null,
				speaker_name: (s.speaker && index.people.get(s.speaker)?.name) || null,
				summary: orNull(s.summary),
				occasion: s.occasion ?? null,
				language: orNull(source?.language)
			},
			cite_info: {
				source: s.source,
				title: orNull(source?.title),
				outlet: orNull(source?.outlet),
				dateline: orNull(source?.dateline),
				published: orNull(source?.published),
				url: orNull(source?.url)
			}
		};
	});
}

export function ploverJsonl(dataset: Dataset, statements?: readonly Statement[]): string {
	return ploverRecords(dataset, statements).map((r) => JSON.stringify(r)).join('\n') + '\n';
}
