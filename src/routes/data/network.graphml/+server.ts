import { networkGraphml } from '$lib/export/graphml';
import { builtInDataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
	return new Response(networkGraphml(builtInDataset()), {
		headers: { 'content-type': 'application/graphml+xml; charset=utf-8' }
	});
}
