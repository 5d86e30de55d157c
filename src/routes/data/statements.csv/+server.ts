import { statementsCsv } from '$lib/export/csv';
import { builtInDataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
	return new Response(statementsCsv(builtInDataset()), {
		headers: { 'content-type': 'text/csv; charset=utf-8; header=present' }
	});
}
