import { render, cleanup } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import LoadErrors from '$lib/components/LoadErrors.svelte';

afterEach(() => cleanup());

const IMG = '<img src=x onerror=alert(1)>';
const warning = { path: 'statements[2].span', message: 'line 9, statements[2].span: the span was corrected', line: 9 };
const hostile = { path: IMG, message: `row 1, column ${IMG}: not a column of statements.csv; it is not read`, row: 1 };

describe('LoadErrors', () => {
	it('compact (an embed): one closed line with the file and the count, the same list inside; the notebook opens a short list', () => {
		const notebook = render(LoadErrors, { props: { name: 'moved.json', warnings: [warning] } });
		expect((notebook.container.querySelector('details.load-warnings') as HTMLDetailsElement).open).toBe(true);
		cleanup();
		const { container } = render(LoadErrors, { props: { name: 'moved.json', warnings: [warning], compact: true } });
		const details = container.querySelector('details.load-warnings') as HTMLDetailsElement;
		expect(details.open).toBe(false);
		expect(details.classList.contains('compact')).toBe(true);
		expect(details.querySelector('summary')?.textContent).toBe('moved.json: 1 warning (the file was opened)');
		expect([...details.querySelectorAll('li')].map((li) => li.textContent)).toEqual([warning.message]);
		expect(container.querySelector('[role="alert"]')).toBeNull();
	});

	it('compact: markup in a file name or a message is shown as text', () => {
		const name = `<b>${IMG}</b>.csv`;
		const { container } = render(LoadErrors, { props: { name, warnings: [hostile], compact: true } });
		expect((container.querySelector('details.compact') as HTMLDetailsElement).open).toBe(false);
		expect(container.querySelector('summary')?.textContent).toBe(`${name}: 1 warning (the file was opened)`);
		expect(container.querySelector('li')?.textContent).toBe(hostile.message);
		expect(container.querySelectorAll('img, b').length).toBe(0);
	});
});
