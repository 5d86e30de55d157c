import { backdropSvg } from '$lib/server/basemap';
import { builtInDataset } from '$lib/server/dataset';

export const prerender = true;

/** The map's static layer, shared by every page and embed (see server/basemap.ts). */
export function GET() {
	return new Response(backdropSvg(builtInDataset()), { headers: { 'content-type': 'image/svg+xml' } });
}
