/**
 * `npm run gen -- --actors N --statements M --seed S [--out FILE]`: write a valid synthetic dataset
 * (stdout without --out). The dataset is validated before it is written.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateDataset } from '../src/lib/data/generate';
import { aggregateEdges } from '../src/lib/data/queries';
import { validateDataset } from '../src/lib/data/schema';

const { values } = parseArgs({
	options: {
		actors: { type: 'string', default: '300' },
		statements: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '1' },
		out: { type: 'string' }
	}
});
const whole = (name: string, value: string | undefined) => {
	const n = Number(value);
	if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${value}`);
	return n;
};
const dataset = generateDataset({ actors: whole('actors', values.actors), statements: whole('statements', values.statements), seed: whole('seed', values.seed) });
const result = validateDataset(dataset);
if (!result.ok) {
	console.error(result.errors.slice(0, 20).map((e) => e.message).join('\n'));
	process.exit(1);
}
const json = JSON.stringify(dataset);
if (values.out) {
	writeFileSync(values.out, json);
	console.error(`${values.out}: ${dataset.actors.length} actors, ${dataset.statements.length} statements, ${aggregateEdges(dataset.statements).length} edges, ${(json.length / 1024).toFixed(0)} KB`);
} else process.stdout.write(json);
