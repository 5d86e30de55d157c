/**
 * Download a dataset named in the address (`?dataset=`) into a File, so that it is read exactly as a
 * file chosen from disk is (in the background reader above 1 MB). The body is streamed: its size is
 * counted as it arrives and refused past a limit, a server that stops sending is given up on after an
 * idle time, a redirect to another site is refused, and the caller can abort at any moment (Cancel, or
 * a newer file). Every way of ending says why in one sentence; nothing throws.
 */

/** The largest dataset the address opens (documented in docs/dataset.md). */
export const DATASET_MAX_BYTES = 100 * 1024 * 1024;
/** How long the server may send nothing (no headers, no bytes) before the download is given up. */
export const DATASET_IDLE_MS = 20_000;

export type DownloadProgress = { bytes: number; total: number | null };

export interface DownloadOptions {
	/** Aborted by Cancel or by a newer load: the download stops, and the answer says `cancelled`. */
	signal?: AbortSignal;
	onProgress?: (progress: DownloadProgress) => void;
	maxBytes?: number;
	idleMs?: number;
	fetch?: typeof fetch;
}

export type Downloaded = { ok: true; file: File } | { ok: false; cancelled: boolean; message: string };

const MB = 1024 * 1024;
export const formatMegabytes = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

/** Why a download stopped early (the reason given to the controller that aborted it). */
class Stopped extends Error {}

export async function downloadDatasetFile(url: URL, name: string, options: DownloadOptions = {}): Promise<Downloaded> {
	const { signal, onProgress = () => {}, maxBytes = DATASET_MAX_BYTES, idleMs = DATASET_IDLE_MS } = options;
	const get = options.fetch ?? fetch;
	const controller = new AbortController();
	const stop = (why: string) => controller.abort(new Stopped(why));
	const onAbort = () => stop('cancelled');
	if (signal?.aborted) return { ok: false, cancelled: true, message: `${name} could not be loaded: cancelled` };
	signal?.addEventListener('abort', onAbort);
	let idle: ReturnType<typeof setTimeout> | undefined;
	const waiting = () => {
		clearTimeout(idle);
		idle = setTimeout(() => stop(`the server sent nothing for ${idleMs / 1000} s`), idleMs);
	};
	const failed = (why: string): Downloaded => ({ ok: false, cancelled: why === 'cancelled', message: `${name} could not be loaded: ${why}` });
	const reason = (error: unknown) =>
		controller.signal.reason instanceof Stopped ? controller.signal.reason.message : error instanceof Error ? error.message : String(error);
	try {
		waiting();
		let response: Response;
		try {
			response = await get(url, { signal: controller.signal, credentials: 'same-origin' });
		} catch (error) {
			if (controller.signal.aborted) return failed(reason(error));
			// A redirect to another site is stopped by the browser (the page's CSP) with no detail: ask again
			// without following redirects, to say so in our words.
			const probe = await get(url, { signal: controller.signal, credentials: 'same-origin', redirect: 'manual' }).catch(() => null);
			if (probe?.type === 'opaqueredirect') return failed('its address redirects elsewhere, and only a dataset on this site can be opened');
			return failed(reason(error));
		}
		if (new URL(response.url || url.href).origin !== url.origin) {
			await response.body?.cancel().catch(() => {});
			return failed(`its address redirects to ${new URL(response.url).origin}, and only a dataset on this site can be opened`);
		}
		if (!response.ok) return failed(`HTTP ${response.status}`);
		const declared = Number(response.headers.get('content-length'));
		const total = Number.isFinite(declared) && declared > 0 ? declared : null;
		const tooLarge = `it is larger than ${formatMegabytes(maxBytes)}, the most the address opens (download it and open the file instead)`;
		if (total !== null && total > maxBytes) {
			await response.body?.cancel().catch(() => {});
			return failed(tooLarge);
		}
		const chunks: Uint8Array<ArrayBuffer>[] = [];
		let bytes = 0;
		if (response.body) {
			const reader = response.body.getReader();
			// Stopped (Cancel, idle, a newer load) while a read waits: the read ends at once.
			controller.signal.addEventListener('abort', () => void reader.cancel().catch(() => {}));
			for (;;) {
				waiting();
				const { done, value } = await reader.read();
				if (controller.signal.aborted) return failed(reason(null));
				if (done) break;
				bytes += value.byteLength;
				if (bytes > maxBytes) {
					await reader.cancel().catch(() => {});
					return failed(tooLarge);
				}
				chunks.push(value);
				onProgress({ bytes, total });
			}
		}
		return { ok: true, file: new File(chunks, name, { type: response.headers.get('content-type') ?? '' }) };
	} catch (error) {
		return failed(reason(error));
	} finally {
		clearTimeout(idle);
		signal?.removeEventListener('abort', onAbort);
	}
}
