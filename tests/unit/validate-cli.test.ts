/** `npm run validate -- FILE`: the same errors and warnings as the notebook, and an exit status. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function validate(...files: string[]): Promise<{ code: number; out: string }> {
	try {
		const { stdout, stderr } = await run('node_modules/.bin/tsx', ['scripts/validate.ts', ...files]);
		return { code: 0, out: stdout + stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, out: e.stdout + e.stderr };
	}
}

describe('npm run validate', { timeout: 30_000 }, () => {
	it('exits 0 for valid files in each format, and lists their warnings', async () => {
		const r = await validate('tests/fixtures/seed-dataset.json', 'tests/fixtures/seed-statements.csv', 'tests/fixtures/seed-plover.jsonl');
		const text = readFileSync('tests/fixtures/seed-dataset.json', 'utf8');
		const dataset = JSON.parse(text);
		const [n, actors] = [dataset.statements.length, dataset.actors.length];
		expect(r.code).toBe(0);
		expect(r.out).toContain(`seed-dataset.json: valid dataset JSON, ${n} statements, ${actors} actors, 0 warnings`);
		expect(r.out).toContain(`seed-statements.csv: valid statements CSV, ${n} statements`);
		expect(r.out).toContain(`seed-plover.jsonl: valid PLOVER JSONL, ${n} statements`);
		expect(r.out).not.toContain('warning  seed-dataset.json');
		// An actor the map cannot place: a warning, with the line of the actor in the file.
		const at = dataset.actors.findIndex((a: { id: string }) => a.id === 'RUS');
		delete dataset.actors[at].anchor;
		const file = join(mkdtempSync(join(tmpdir(), 'validate-')), 'no-anchor.json');
		writeFileSync(file, JSON.stringify(dataset, null, '\t'));
		const line = JSON.stringify(dataset, null, '\t').split('\n').findIndex((l) => l.includes('"id": "RUS"')) + 1;
		const w = await validate(file);
		expect(w.code).toBe(0);
		expect(w.out).toContain(`no-anchor.json: valid dataset JSON, ${n} statements, ${actors} actors, 1 warning`);
		expect(w.out).toMatch(new RegExp(`warning  no-anchor\\.json line ${line - 1}, actors\\[${at}\\]\\.anchor: "RUS" has no anchor point`));
	});

	it('exits 1 for an invalid file and prints each error with its row and column', async () => {
		const r = await validate('tests/fixtures/invalid-statements.csv');
		expect(r.code).toBe(1);
		expect(r.out).toContain('invalid-statements.csv: not valid as statements CSV: 4 errors');
		expect(r.out).toContain('error    invalid-statements.csv row 8, column recipient: "IRNN" is not a known actor code');
		expect(r.out).toContain('row 9, column date: expected a real calendar date, found "2021-11-31"');
	});

	it('lists every error of a file in one pass: a bad date and an unknown actor together', async () => {
		const dataset = JSON.parse(readFileSync('tests/fixtures/seed-dataset.json', 'utf8'));
		dataset.statements[0].date = '2021-02-30';
		dataset.statements[2].recipients = ['NOPE'];
		const file = join(mkdtempSync(join(tmpdir(), 'validate-')), 'two-errors.json');
		writeFileSync(file, JSON.stringify(dataset, null, '\t'));
		const r = await validate(file);
		expect(r.code).toBe(1);
		expect(r.out).toContain('two-errors.json: not valid as dataset JSON: 2 errors');
		expect(r.out).toMatch(/statements\[0\]\.date: expected a real calendar date/);
		expect(r.out).toMatch(/statements\[2\]\.recipients\[0\]: "NOPE" is not a known actor/);
	});

	it('opens the PLOVER manual’s own example record and records in the gold-standard form', async () => {
		const r = await validate('tests/fixtures/plover/manual-example.jsonl', 'tests/fixtures/plover/gold-standard.jsonl');
		expect(r.code).toBe(0);
		expect(r.out).toContain('manual-example.jsonl: valid PLOVER JSONL, 1 statement');
		expect(r.out).toContain('gold-standard.jsonl: valid PLOVER JSONL, 3 statements');
	});

	it('exits 2 when a file cannot be read', async () => {
		const r = await validate('tests/fixtures/no-such-file.csv');
		expect(r.code).toBe(2);
		expect(r.out).toContain('no-such-file.csv: cannot be read (ENOENT)');
	});
});
