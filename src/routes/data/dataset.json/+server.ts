import { builtInDataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(builtInDataset(), null, '\t') + '\n', {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
