/**
 * A drag's tick under a held frame (speed/held-frame.ts): the moved geometry written straight to the
 * elements the template drew at the drag's start, found by id once per drag.
 */
import type { PlacedLabel } from '$lib/graph/labels';
import type { Scene } from '$lib/graph/scene';

type Elements = Record<'nodes' | 'pairs' | 'lines' | 'texts', Map<string, Element>>;

export function geometryWriter(root: SVGSVGElement): (now: Scene, labels: readonly PlacedLabel[]) => void {
	let els: Elements | null = null;
	const byId = (selector: string) => new Map([...root.querySelectorAll(selector)].map((e) => [e.getAttribute('data-id')!, e]));
	return (now, labels) => {
		els ??= { nodes: byId('g.node'), pairs: byId('g.pair'), lines: byId('.memberships line'), texts: byId('.labels text') };
		for (const n of now.nodes) els.nodes.get(n.id)?.firstElementChild?.setAttribute('d', n.d);
		for (const p of now.pairs) {
			const parts = els.pairs.get(p.id)?.children;
			if (!parts) continue;
			p.shapes.forEach((shape, k) => {
				parts[3 * k]?.setAttribute('d', shape.d);
				parts[3 * k + 1]?.setAttribute('d', shape.d);
				parts[3 * k + 2]?.setAttribute('d', shape.arrow);
			});
		}
		for (const m of now.memberships) {
			const line = els.lines.get(m.id);
			line?.setAttribute('x1', String(m.x1));
			line?.setAttribute('y1', String(m.y1));
			line?.setAttribute('x2', String(m.x2));
			line?.setAttribute('y2', String(m.y2));
		}
		for (const l of labels) {
			const text = els.texts.get(l.id);
			text?.setAttribute('x', String(l.x));
			text?.setAttribute('y', String(l.y));
		}
	};
}
