/**
 * Groups that contain themselves through their members (`P5` has `EU` as a member, `EU` has `P5`).
 * Each cycle is reported once, at the actor of the cycle listed first, with the path that closes it.
 */
import type { Actor } from './types';

export interface MemberCycle {
	/** The index in `actors` of the actor the cycle is reported at. */
	index: number;
	/** The ids around the cycle, starting and ending with that actor. */
	path: string[];
}

export function memberCycles(actors: readonly Pick<Actor, 'id' | 'members'>[]): MemberCycle[] {
	const members = new Map(actors.map((a) => [a.id, a.members ?? []]));
	const order = new Map(actors.map((a, i) => [a.id, i]));
	const reported = new Set<string>();
	const cycles: MemberCycle[] = [];
	actors.forEach((actor, index) => {
		if (!actor.members?.length || reported.has(actor.id)) return;
		// Breadth-first from the actor: the shortest way back to it, if any.
		const cameFrom = new Map<string, string>();
		const queue = [...actor.members];
		for (const m of actor.members) if (!cameFrom.has(m)) cameFrom.set(m, actor.id);
		for (let head = 0; head < queue.length; head++) {
			const id = queue[head];
			if (id === actor.id) {
				const path = [id];
				for (let at = cameFrom.get(id)!; at !== actor.id; at = cameFrom.get(at)!) path.unshift(at);
				path.unshift(actor.id);
				// Reported at the first-listed actor on the cycle only.
				if (path.every((p) => (order.get(p) ?? Infinity) >= index)) cycles.push({ index, path });
				for (const p of path) reported.add(p);
				break;
			}
			for (const next of members.get(id) ?? [])
				if (!cameFrom.has(next)) {
					cameFrom.set(next, id);
					queue.push(next);
				}
		}
	});
	return cycles;
}
