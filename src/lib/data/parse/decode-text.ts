/**
 * The text of a dataset file's bytes. A byte-order mark names the encoding; without one, UTF-16 is
 * recognised by its zero bytes (ASCII text in UTF-16 has one in every pair, which UTF-8 text never has),
 * so a file saved as "Unicode" by a spreadsheet reads as its text rather than as `\u0000` noise.
 */
type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** How many leading bytes decide the encoding. */
const SNIFF_BYTES = 4096;

export function sniffEncoding(bytes: Uint8Array): Encoding {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
	if (n < 2) return 'utf-8';
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const pairs = n / 2;
	// Most characters of a dataset are ASCII: well over a third of the pairs have the zero on one side.
	if (oddZeros > pairs / 3 && evenZeros < pairs / 20) return 'utf-16le';
	if (evenZeros > pairs / 3 && oddZeros < pairs / 20) return 'utf-16be';
	return 'utf-8';
}

/** Decodes a stream of chunks; the encoding is decided on the first chunk. A byte-order mark is dropped. */
export class DatasetTextDecoder {
	#decoder: TextDecoder | null = null;
	decode(chunk: Uint8Array): string {
		this.#decoder ??= new TextDecoder(sniffEncoding(chunk));
		return this.#decoder.decode(chunk, { stream: true });
	}
	end(): string {
		return this.#decoder?.decode() ?? '';
	}
}

export function decodeDatasetBytes(bytes: Uint8Array): string {
	const decoder = new DatasetTextDecoder();
	return decoder.decode(bytes) + decoder.end();
}
