import { describe, expect, it } from 'vitest';
import { DatasetTextDecoder, decodeDatasetBytes, sniffEncoding } from '$lib/data/parse/decode-text';

const TEXT = 'statement_id,date,actors\r\ns1,2024-03-01,FRA\r\nš2,2024-03-02,DEU — “Ærø”\r\n';
function utf16(text: string, order: 'le' | 'be', bom = false): Uint8Array {
	const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		bytes.push(...(order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
	}
	return new Uint8Array(bytes);
}
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('the text of a dataset file', () => {
	it.each([
		{ name: 'UTF-8', bytes: utf8(TEXT), encoding: 'utf-8' },
		{ name: 'UTF-8 with a byte-order mark', bytes: utf8('\uFEFF' + TEXT), encoding: 'utf-8' },
		{ name: 'UTF-16LE without a byte-order mark', bytes: utf16(TEXT, 'le'), encoding: 'utf-16le' },
		{ name: 'UTF-16BE without a byte-order mark', bytes: utf16(TEXT, 'be'), encoding: 'utf-16be' },
		{ name: 'UTF-16LE with a byte-order mark', bytes: utf16(TEXT, 'le', true), encoding: 'utf-16le' },
		{ name: 'UTF-16BE with a byte-order mark', bytes: utf16(TEXT, 'be', true), encoding: 'utf-16be' }
	])('$name reads as its text, with no \\u0000', ({ bytes, encoding }) => {
		expect(sniffEncoding(bytes)).toBe(encoding);
		const text = decodeDatasetBytes(bytes);
		expect(text).toBe(TEXT);
		expect(text).not.toContain('\u0000');
	});

	it('a file read in chunks decodes as the whole (a character split across chunks included)', () => {
		for (const bytes of [utf8(TEXT), utf16(TEXT, 'le')]) {
			const decoder = new DatasetTextDecoder();
			let text = '';
			for (let i = 0; i < bytes.length; i += 7) text += decoder.decode(bytes.subarray(i, i + 7));
			expect(text + decoder.end()).toBe(TEXT);
		}
	});

	it('an empty file is empty text', () => {
		expect(decodeDatasetBytes(new Uint8Array())).toBe('');
	});
});
