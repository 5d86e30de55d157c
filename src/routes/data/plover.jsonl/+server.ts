import { ploverJsonl } from '$lib/export/plover';
import { builtInDataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
	return new Response(ploverJsonl(builtInDataset()), {
		headers: { 'content-type': 'application/jsonl; charset=utf-8' }
	});
}
