/**
 * The one switch for every speed trick (index.ts lists them). Read once, here: `?speed=off` in the page's
 * address turns them all off, `?speed=-kept,-recent` only those named; a page that sets
 * `globalThis.__SPEED__` before its scripts run (the bench does: `npm run bench -- --speed off`) gives
 * the same value. With a trick off, the page does the plain thing: it draws what the view needs, when it
 * needs it, and keeps nothing.
 */

export const TRICKS = ['load-ahead', 'warm-draw', 'recent', 'kept-prepared', 'kept', 'held-drag', 'warm-up', 'idle-index'] as const;
export type Trick = (typeof TRICKS)[number];

/** The tricks a switch value leaves on: '' or 'on' all, 'off' none, '-a,-b' all but a and b. Pure. */
export function tricksOn(value: string | null | undefined): ReadonlySet<Trick> {
	const v = (value ?? '').trim();
	if (v === 'off') return new Set();
	const off = new Set(v.split(',').map((s) => s.trim().replace(/^-/, '')));
	return new Set(TRICKS.filter((t) => !off.has(t)));
}

function read(): ReadonlySet<Trick> {
	const set = (globalThis as { __SPEED__?: unknown }).__SPEED__;
	if (typeof set === 'string') return tricksOn(set);
	if (typeof location === 'undefined') return tricksOn('');
	return tricksOn(new URLSearchParams(location.search).get('speed'));
}

const on = read();

/** Whether a speed trick is on in this page. */
export const speedTrick = (trick: Trick): boolean => on.has(trick);
