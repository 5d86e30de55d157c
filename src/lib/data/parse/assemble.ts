/**
 * Statements read from a flat file (CSV rows, PLOVER records) → a whole dataset. The flat formats carry
 * statements, actor codes (and, in CSV, names), speakers, topic ids, occasions and source ids, but no
 * source text: each source's text is rebuilt from its quotes, one paragraph each in their original order
 * (identical quotes share one paragraph), and every span is recomputed against that text.
 * The result is unvalidated: the caller runs validateDataset on it.
 */
import countries from 'i18n-iso-countries';
import { countryPoint } from '../country-points';

export interface DraftStatement {
	id: string;
	date: string;
	source: string;
	quote: string;
	actors: string[];
	recipients: string[];
	speaker?: string;
	event: string;
	mode?: string;
	topics: string[];
	attribution: string;
	summary: string;
	occasion?: string;
	/** Where the quote stood in the original text (span start), for ordering; NaN when unknown. */
	order: number;
}

export interface SourceMeta {
	title?: string;
	outlet?: string | null;
	dateline?: string;
	published?: string;
	language?: string;
	url?: string | null;
}

export interface AssembleInput {
	statements: DraftStatement[];
	actorNames?: Map<string, string>;
	speakerNames?: Map<string, string>;
	sources?: Map<string, SourceMeta>;
	today?: Date;
}

/** Paragraphs of a rebuilt source text are separated by a blank line. */
export const QUOTE_SEPARATOR = '\n\n';

let regionNames: Intl.DisplayNames | null | undefined;
function countryName(alpha3: string): string | undefined {
	try {
		regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
		const alpha2 = countries.alpha3ToAlpha2(alpha3);
		return alpha2 ? regionNames.of(alpha2) : undefined;
	} catch {
		regionNames = null;
		return undefined;
	}
}

/** An ISO 3166-1 alpha-3 country code. */
export function isCountryCode(code: string): boolean {
	return /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}

/** A real calendar date written YYYY-MM-DD (derived dates use only these, so one bad cell is one error). */
function isIsoDate(d: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
	const [y, m, day] = d.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, day));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === day;
}

function firstSeen<T>(items: Iterable<T>): T[] {
	return [...new Set(items)];
}

export function assembleDataset(input: AssembleInput): Record<string, unknown> {
	const { statements } = input;
	const today = (input.today ?? new Date()).toISOString().slice(0, 10);

	const codes = firstSeen(statements.flatMap((s) => [...s.actors, ...s.recipients]));
	const speaksOnlyAsOutlet = (code: string) =>
		statements.every((s) => !s.recipients.includes(code) && (!s.actors.includes(code) || s.attribution === 'outlet'));
	const actors = codes.map((id) => {
		const name = input.actorNames?.get(id);
		if (isCountryCode(id)) {
			const m49 = countries.alpha3ToNumeric(id);
			const stateName = name || countryName(id) || id;
			// A flat file has no coordinates: a state is placed at its largest polygon's centroid (country-points.ts).
			const point = countryPoint(id);
			const anchor = point ? { anchor: { ...point, place: `${stateName} (centre of its territory)` } } : {};
			return { id, name: stateName, kind: 'state', iso3: id, ...(m49 ? { m49 } : {}), ...anchor };
		}
		return { id, name: name || id, kind: speaksOnlyAsOutlet(id) ? 'media' : 'organization' };
	});

	const people = firstSeen(statements.flatMap((s) => (s.speaker ? [s.speaker] : []))).map((id) => {
		const theirs = statements.filter((s) => s.speaker === id);
		const common = theirs[0].actors.filter((a) => theirs.every((s) => s.actors.includes(a)));
		return { id, name: input.speakerNames?.get(id) || id, role: '', actor: common[0] ?? theirs[0].actors[0] ?? '' };
	});

	const topics = firstSeen(statements.flatMap((s) => s.topics)).map((id) => ({ id, label: id }));

	const events = firstSeen(statements.flatMap((s) => (s.occasion ? [s.occasion] : []))).map((id) => {
		const theirs = statements.filter((s) => s.occasion === id);
		const dates = theirs.map((s) => s.date).filter(isIsoDate).sort();
		return {
			id,
			date: dates[0] ?? today,
			title: id,
			kind: 'occasion',
			actors: firstSeen(theirs.flatMap((s) => s.actors)),
			source: theirs[0].source
		};
	});

	// Source texts from the quotes, in the order they had in the original text.
	const bySource = new Map<string, { draft: DraftStatement; index: number }[]>();
	statements.forEach((draft, index) => {
		const list = bySource.get(draft.source) ?? [];
		list.push({ draft, index });
		bySource.set(draft.source, list);
	});
	const spans: { start: number; end: number }[] = new Array(statements.length);
	const sources = [...bySource].map(([id, list]) => {
		const ordered = [...list].sort((a, b) => {
			const x = Number.isFinite(a.draft.order) ? a.draft.order : Infinity;
			const y = Number.isFinite(b.draft.order) ? b.draft.order : Infinity;
			return x === y ? a.index - b.index : x - y;
		});
		const placed = new Map<string, number>();
		let text = '';
		for (const { draft, index } of ordered) {
			let start = placed.get(draft.quote);
			if (start === undefined) {
				if (text) text += QUOTE_SEPARATOR;
				start = text.length;
				text += draft.quote;
				placed.set(draft.quote, start);
			}
			spans[index] = { start, end: start + draft.quote.length };
		}
		const meta = input.sources?.get(id) ?? {};
		const dates = list.map((x) => x.draft.date).filter(isIsoDate).sort();
		return {
			id,
			title: meta.title ?? id,
			outlet: meta.outlet ?? null,
			dateline: meta.dateline ?? '',
			published: meta.published || (dates[dates.length - 1] ?? today),
			language: meta.language || 'und',
			url: meta.url ?? null,
			text
		};
	});

	return {
		schemaVersion: 1,
		sources,
		actors,
		people,
		topics,
		events,
		statements: statements.map((s, i) => {
			const out: Record<string, unknown> = {
				id: s.id,
				date: s.date,
				source: s.source,
				span: spans[i],
				quote: s.quote,
				actors: s.actors,
				recipients: s.recipients,
				event: s.event,
				topics: s.topics,
				attribution: s.attribution,
				summary: s.summary
			};
			if (s.speaker) out.speaker = s.speaker;
			if (s.mode) out.mode = s.mode;
			if (s.occasion) out.occasion = s.occasion;
			return out;
		})
	};
}

/**
 * An older export coded a joint act as [A, B] → [B, A]: a flat file's recipient that is also one of the
 * statement's actors is dropped, so the act reads as joint (both sides actors, no recipient) and no
 * self-pair is drawn. Returns what was dropped, for the caller to warn at its row or line.
 */
export function dropSelfPairs(drafts: DraftStatement[]): { draft: number; code: string }[] {
	const dropped: { draft: number; code: string }[] = [];
	drafts.forEach((d, i) => {
		const kept = d.recipients.filter((r) => !d.actors.includes(r));
		for (const r of d.recipients) if (d.actors.includes(r)) dropped.push({ draft: i, code: r });
		d.recipients = kept;
	});
	return dropped;
}
