/** PLOVER 2.0 event types and their quad classes: the coding vocabulary of every statement. */

export const QUAD_CLASSES = [
	'verbal-cooperation',
	'material-cooperation',
	'verbal-conflict',
	'material-conflict'
] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

export const QUAD_OF_EVENT = {
	AGREE: 'verbal-cooperation',
	CONSULT: 'verbal-cooperation',
	SUPPORT: 'verbal-cooperation',
	CONCEDE: 'verbal-cooperation',
	COOPERATE: 'material-cooperation',
	AID: 'material-cooperation',
	RETREAT: 'material-cooperation',
	REQUEST: 'verbal-conflict',
	ACCUSE: 'verbal-conflict',
	REJECT: 'verbal-conflict',
	THREATEN: 'verbal-conflict',
	PROTEST: 'material-conflict',
	SANCTION: 'material-conflict',
	MOBILIZE: 'material-conflict',
	COERCE: 'material-conflict',
	ASSAULT: 'material-conflict'
} as const satisfies Record<string, QuadClass>;

export type PloverEvent = keyof typeof QUAD_OF_EVENT;
export const PLOVER_EVENTS = Object.keys(QUAD_OF_EVENT) as PloverEvent[];

export const QUAD_LABELS: Record<QuadClass, string> = {
	'verbal-cooperation': 'Verbal cooperation',
	'material-cooperation': 'Material cooperation',
	'verbal-conflict': 'Verbal conflict',
	'material-conflict': 'Material conflict'
};

export function quadOf(event: PloverEvent): QuadClass {
	return QUAD_OF_EVENT[event];
}

export function isPloverEvent(value: string): value is PloverEvent {
	return Object.hasOwn(QUAD_OF_EVENT, value);
}

/** +1 for cooperation, -1 for conflict: the sign used by stance balances. */
export function quadSign(quad: QuadClass): 1 | -1 {
	return quad.endsWith('cooperation') ? 1 : -1;
}
