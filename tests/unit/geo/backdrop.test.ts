import { describe, expect, it } from 'vitest';
import { shapesSuffice, stateM49s } from '$lib/geo/backdrop';
import { interactivePart } from '$lib/geo/page-country';
import { baseMapFor } from '$lib/server/basemap';
import { builtInDataset } from '$lib/server/dataset';

const dataset = builtInDataset();
const whole = baseMapFor(dataset);
const page = interactivePart(whole, dataset.actors);
const states = dataset.actors.filter((a) => a.kind === 'state' && a.m49);

describe('whether the static file and the carried shapes draw a dataset’s map', () => {
	it('the dataset the page was built for: yes, though one of its states has no shape in the base map at all', () => {
		const shaped = new Set(whole.countries.map((c) => c.m49));
		// The case this guards: a state beyond the map's extent is carried by neither the page nor the whole map.
		expect(stateM49s(dataset.actors).some((m49) => !shaped.has(m49))).toBe(true);
		expect(shapesSuffice(page, dataset.actors)).toBe(true);
	});

	it('a dataset with fewer of those states: yes (the others are drawn as land from the carried shapes)', () => {
		expect(shapesSuffice(page, dataset.actors.filter((a) => a !== states[0]))).toBe(true);
	});

	it('a dataset with a state the page was not built for: no (the static file draws it as plain land)', () => {
		const other = whole.countries.find((c) => c.m49 && !stateM49s(dataset.actors).includes(c.m49))!;
		expect(shapesSuffice(page, [...dataset.actors, { kind: 'state', m49: other.m49 }])).toBe(false);
	});

	it('a base map with every shape inline: always', () => {
		expect(shapesSuffice(whole, [{ kind: 'state', m49: '999' }])).toBe(true);
	});
});
