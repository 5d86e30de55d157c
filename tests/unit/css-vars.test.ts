import { describe, expect, it } from 'vitest';
import { resolveVars } from '$lib/export/css-vars';

const tokens: Record<string, string> = { '--land': '#e8e5de', '--edge': 'var(--land)', '--empty': '', '--pad': ' 2px ' };
const read = (name: string) => tokens[name];

describe('resolveVars', () => {
	it.each([
		{ input: 'var(--land)', expected: '#e8e5de' },
		{ input: 'var( --land )', expected: '#e8e5de' },
		{ input: 'var(--edge)', expected: '#e8e5de' },
		{ input: 'var(--missing, #fff)', expected: '#fff' },
		{ input: 'var(--missing, var(--land))', expected: '#e8e5de' },
		{ input: 'var(--empty, red)', expected: 'red' },
		{ input: 'var(--missing)', expected: 'var(--missing)' },
		{ input: 'var(--pad) var(--land)', expected: '2px #e8e5de' },
		{ input: 'url("#s1-hatch")', expected: 'url("#s1-hatch")' },
		{ input: 'rgba(0, 0, 0, 0)', expected: 'rgba(0, 0, 0, 0)' }
	])('$input → $expected', ({ input, expected }) => {
		expect(resolveVars(input, read)).toBe(expected);
	});

	it('stops on a property that refers to itself', () => {
		expect(() => resolveVars('var(--self)', () => 'var(--self)')).not.toThrow();
	});
});
