// Shared by both baseline pages: read the dashboard's dataset JSON (the same file the dashboard opens
// with ?dataset=) and turn it into the { nodes, links } a force-directed graph takes. One link per
// actor → recipient pair, PLOVER quad class and voice, as the dashboard's network aggregates them, so
// every page draws the same number of nodes and links.
const QUAD = {
	AGREE: 'verbal-cooperation', CONSULT: 'verbal-cooperation', SUPPORT: 'verbal-cooperation', CONCEDE: 'verbal-cooperation',
	COOPERATE: 'material-cooperation', AID: 'material-cooperation', RETREAT: 'material-cooperation',
	REQUEST: 'verbal-conflict', ACCUSE: 'verbal-conflict', REJECT: 'verbal-conflict', THREATEN: 'verbal-conflict',
	PROTEST: 'material-conflict', SANCTION: 'material-conflict', MOBILIZE: 'material-conflict', COERCE: 'material-conflict', ASSAULT: 'material-conflict'
};

export async function loadGraph() {
	const url = new URLSearchParams(location.search).get('dataset') ?? '../data/dataset.json';
	const dataset = await (await fetch(url)).json();
	const links = new Map();
	const inView = new Set();
	for (const s of dataset.statements) {
		const quad = QUAD[s.event];
		const voice = s.attribution === 'outlet' ? 'outlet' : 'reported';
		for (const a of s.actors)
			for (const r of s.recipients) {
				if (a === r) continue;
				inView.add(a).add(r);
				const id = `${a}|${r}|${quad}|${voice}`;
				const link = links.get(id);
				if (link) link.value += 1;
				else links.set(id, { source: a, target: r, quad, voice, value: 1 });
			}
	}
	const nodes = dataset.actors.filter((a) => inView.has(a.id)).map((a) => ({ id: a.id, name: a.name, group: a.kind }));
	return { nodes, links: [...links.values()] };
}
