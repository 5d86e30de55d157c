import { baseMapFor } from '$lib/server/basemap';
import { builtInDataset } from '$lib/server/dataset';

export const prerender = true;

/** Every country's shape, for a dataset whose states are not the built-in one's (the map loads it then). */
export function GET() {
	const { sphere, graticule, countries } = baseMapFor(builtInDataset());
	return new Response(JSON.stringify({ sphere, graticule, countries }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
