/**
 * The sixteen PLOVER 2.0 event types as the coder picks them: each with a one-line definition, condensed
 * from the PLOVER manual (openeventdata/PLOVER, PLOVER_MANUAL.tex, one section per type), and the modes
 * the manual lists for it. The types and quad classes themselves are data/plover.ts.
 */
import { PLOVER_EVENTS, QUAD_LABELS, quadOf, type PloverEvent } from '$lib/data/plover';

export const PLOVER_DEFINITIONS: Record<PloverEvent, string> = {
	AGREE: 'Agree to, offer or promise cooperation, or say one is willing to; cooperation promised for the future.',
	CONSULT: 'Consultations and meetings: visits, hosting, talks at a third place, calls by phone or other media.',
	SUPPORT: 'Diplomatic, non-material cooperation: express support for, commend or approve a policy, action or actor.',
	CONCEDE: 'Verbal concessions with no immediate material consequence, including promised future concessions.',
	COOPERATE: 'Start, resume or expand mutual material cooperation or exchange.',
	AID: 'Provide material aid whose benefits go mainly to the recipient.',
	RETREAT: 'Concessions with immediate material consequences: release prisoners, withdraw, disarm, allow access, resign.',
	REQUEST: 'Requests, demands and orders: less forceful than threats.',
	ACCUSE: 'Disapprove, object, complain, condemn or criticise; accuse, allege or charge.',
	REJECT: 'Rejections and refusals.',
	THREATEN: 'Threats and coercive or forceful warnings with serious potential repercussions.',
	PROTEST: 'Civilian demonstrations and other collective actions against the recipient.',
	SANCTION: 'Reduce existing, routine or cooperative relations (not only formal sanctions).',
	MOBILIZE: 'Military or police moves that fall short of the use of force.',
	COERCE: 'Repression, restrictions on rights, coercive uses of power short of violence.',
	ASSAULT: 'Deliberate actions that can cause substantial physical harm.'
};

/** The modes the manual defines for a type (empty: it defines none). */
export const PLOVER_MODES: Partial<Record<PloverEvent, string[]>> = {
	CONSULT: ['visit', 'third-party', 'multilateral', 'phone'],
	RETREAT: ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'],
	REQUEST: ['assist', 'change', 'yield', 'meet'],
	ACCUSE: ['disapprove', 'investigate', 'allege'],
	REJECT: ['assist', 'change', 'yield', 'meet'],
	THREATEN: ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'],
	PROTEST: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize'],
	SANCTION: ['convict', 'expel', 'withdraw', 'discontinue'],
	MOBILIZE: ['troops', 'weapons', 'police', 'militia'],
	COERCE: ['seize', 'restrict', 'censor', 'curfew', 'martial-law', 'arrest', 'deport', 'withhold', 'misinformation', 'cyber'],
	ASSAULT: ['abduct', 'beat', 'torture', 'sexual', 'targeted', 'destroy', 'primitive', 'firearms', 'explosives', 'suicide-attack', 'aerial', 'drone', 'heavy-weapons', 'crowd-control', 'unconventional']
};

export interface PloverChoice {
	event: PloverEvent;
	definition: string;
	quad: string;
}

/** The types in the manual's order, grouped by quad class. */
export const PLOVER_CHOICES: PloverChoice[] = PLOVER_EVENTS.map((event) => ({
	event,
	definition: PLOVER_DEFINITIONS[event],
	quad: QUAD_LABELS[quadOf(event)]
}));
