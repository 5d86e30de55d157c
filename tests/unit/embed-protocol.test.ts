import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, HELLO_MESSAGE } from '$lib/embed/protocol';

describe('the embed protocol', () => {
	const script = readFileSync('static/embed.js', 'utf8');
	it('static/embed.js speaks the same messages as the embed pages', () => {
		expect(script).toContain(`'${HEIGHT_MESSAGE}'`);
		expect(script).toContain(`'${HELLO_MESSAGE}'`);
	});
	it('checks the origin and the source window of every message', () => {
		expect(script).toMatch(/event\.origin !== root\.origin/);
		expect(script).toMatch(/contentWindow === event\.source/);
	});
});
