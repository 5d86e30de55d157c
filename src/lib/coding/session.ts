/**
 * The coding session: the dataset being coded (its first source is the article) and its history, changed
 * only through `apply` (one action, one step that undo takes back). Pure: the page stores the result.
 */
import type { Actor, Dataset, Person, Source, Statement, Topic } from '$lib/data/types';

export const ARTICLE_ID = 'article';

export interface History {
	past: Dataset[];
	present: Dataset;
	future: Dataset[];
}

export type ArticleFields = Partial<Omit<Source, 'id'>>;

export type Action =
	/** Change the article's fields; its text only while no statement is coded (their spans index into it). */
	| { type: 'article'; fields: ArticleFields }
	/** Add a statement, with the actors, people and topics it is the first to use. */
	| { type: 'add-statement'; statement: Statement; actors?: Actor[]; people?: Person[]; topics?: Topic[] }
	| { type: 'remove-statement'; id: string }
	/** Define (or redefine, by id) an organisation or group, with its members' country actors. */
	| { type: 'define-actor'; actor: Actor; members?: Actor[] }
	/** Continue coding a dataset opened from a file. */
	| { type: 'load'; dataset: Dataset }
	| { type: 'clear' };

/** How many steps undo can take back. */
export const HISTORY_LIMIT = 200;

export function emptyArticle(): Source {
	return { id: ARTICLE_ID, title: '', outlet: null, dateline: '', published: '', language: 'en', url: null, text: '' };
}

export function emptyDataset(): Dataset {
	return { schemaVersion: 1, sources: [emptyArticle()], actors: [], people: [], topics: [], events: [], statements: [] };
}

export function newHistory(present: Dataset = emptyDataset()): History {
	return { past: [], present, future: [] };
}

/** The article being coded: the dataset's first source. */
export function articleOf(dataset: Dataset): Source {
	return dataset.sources[0] ?? emptyArticle();
}

/** Add items whose id is new; keep the ones already there. */
function merge<T extends { id: string }>(list: readonly T[], more: readonly T[] = []): T[] {
	const ids = new Set(list.map((x) => x.id));
	const added = more.filter((x) => !ids.has(x.id) && (ids.add(x.id), true));
	return added.length ? [...list, ...added] : (list as T[]);
}

/** The dataset after an action; the same object when the action changes nothing. */
export function reduce(d: Dataset, action: Action): Dataset {
	switch (action.type) {
		case 'article': {
			const article = articleOf(d);
			const fields = { ...action.fields };
			if (fields.text !== undefined && fields.text !== article.text && d.statements.some((s) => s.source === article.id)) delete fields.text;
			const changed = (Object.keys(fields) as (keyof ArticleFields)[]).some((k) => fields[k] !== article[k]);
			if (!changed) return d;
			return { ...d, sources: [{ ...article, ...fields }, ...d.sources.slice(1)] };
		}
		case 'add-statement':
			return {
				...d,
				actors: merge(d.actors, action.actors),
				people: merge(d.people, action.people),
				topics: merge(d.topics, action.topics),
				statements: [...d.statements, action.statement]
			};
		case 'remove-statement': {
			const statements = d.statements.filter((s) => s.id !== action.id);
			return statements.length === d.statements.length ? d : { ...d, statements };
		}
		case 'define-actor': {
			const actors = merge(d.actors, action.members);
			const i = actors.findIndex((a) => a.id === action.actor.id);
			return { ...d, actors: i < 0 ? [...actors, action.actor] : actors.map((a, j) => (j === i ? action.actor : a)) };
		}
		case 'load':
			return action.dataset;
		case 'clear':
			return emptyDataset();
	}
}

export function apply(h: History, action: Action): History {
	const next = reduce(h.present, action);
	if (next === h.present) return h;
	return { past: [...h.past, h.present].slice(-HISTORY_LIMIT), present: next, future: [] };
}

export function undo(h: History): History {
	if (!h.past.length) return h;
	return { past: h.past.slice(0, -1), present: h.past[h.past.length - 1], future: [h.present, ...h.future] };
}

export function redo(h: History): History {
	if (!h.future.length) return h;
	return { past: [...h.past, h.present], present: h.future[0], future: h.future.slice(1) };
}

/** The next free statement id: s1, s2, … */
export function nextStatementId(d: Dataset): string {
	const ids = new Set(d.statements.map((s) => s.id));
	let n = d.statements.length + 1;
	while (ids.has(`s${n}`)) n++;
	return `s${n}`;
}

/** An id made of a name: "Sergei Lavrov" → "sergei-lavrov"; unique among `taken`. */
export function idFrom(name: string, taken: ReadonlySet<string>, prefix = ''): string {
	const base = prefix + (name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'x');
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	return id;
}
