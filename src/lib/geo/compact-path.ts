/**
 * Shorter SVG path data for the map's shapes. d3-geo writes every point absolute ("L493.5,283.2"); the
 * same points as steps from the one before ("l.1-.8") take about a third fewer characters, and the map's
 * path data is most of the bytes of the pages that show it (once in the markup, once more in the data the
 * page hydrates from). Steps are taken in whole units of the rounding (tenths for one digit), so the
 * points come out exactly where they were: nothing drifts along a long coastline.
 */

/** A point in whole units of 10^-digits: [493.4, 284] at one digit is [4934, 2840]. */
export type UnitPoint = readonly [number, number];

/**
 * One subpath through `points` (in units of 10^-digits): an absolute moveto to the first, then relative
 * linetos, closed with Z if `closed`. Each subpath starts absolute, so subpaths joined end to end are valid.
 */
export function stepPath(points: readonly UnitPoint[], digits = 1, closed = false): string {
	if (!points.length) return '';
	let out = 'M';
	/** The last thing written: a number whose next number needs a separator unless it starts with "-" or ".". */
	let last: 'command' | 'int' | 'decimal' = 'command';
	const put = (n: number) => {
		const text = formatUnits(n, digits);
		if (last !== 'command' && text[0] !== '-' && !(last === 'decimal' && text[0] === '.')) out += ' ';
		out += text;
		last = text.includes('.') ? 'decimal' : 'int';
	};
	let [x, y] = points[0];
	put(x);
	put(y);
	if (points.length > 1) {
		out += 'l';
		last = 'command';
		for (let i = 1; i < points.length; i++) {
			const [px, py] = points[i];
			put(px - x);
			put(py - y);
			x = px;
			y = py;
		}
	}
	return closed ? out + 'Z' : out;
}

/** Path data of absolute moveto, lineto and closepath only: what d3-geo writes for polygons and lines. */
const SIMPLE_PATH = /^(?:[ML]-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?|Z)*$/;
const SUBPATH = /M[^MZ]*Z?/g;
const NUMBER = /-?\d+(?:\.\d+)?/g;

/**
 * `d` rewritten with relative linetos (see stepPath), for coordinates rounded to `digits` decimals, as
 * geoPath().digits leaves them. Anything but M, L and Z (each Z followed by an M or the end), or a
 * coordinate with more decimals than `digits`, returns `d` unchanged.
 */
export function compactPath(d: string, digits = 1): string {
	if (!SIMPLE_PATH.test(d)) return d;
	const subpaths = d.match(SUBPATH) ?? [];
	// Every character must belong to a subpath that starts with M: no L after a Z, no Z twice.
	if (subpaths.reduce((n, s) => n + s.length, 0) !== d.length) return d;
	const unit = 10 ** digits;
	let out = '';
	for (const subpath of subpaths) {
		const numbers = subpath.match(NUMBER) ?? [];
		const points: UnitPoint[] = [];
		for (let i = 0; i < numbers.length; i += 2) {
			const [sx, sy] = [numbers[i], numbers[i + 1]];
			if (decimals(sx) > digits || decimals(sy) > digits) return d;
			points.push([Math.round(Number(sx) * unit), Math.round(Number(sy) * unit)]);
		}
		out += stepPath(points, digits, subpath.endsWith('Z'));
	}
	return out;
}

function decimals(s: string): number {
	const dot = s.indexOf('.');
	return dot < 0 ? 0 : s.length - dot - 1;
}

/** n units of 10^-digits, written as short as SVG allows: "-.8", "7.3", "12", "0". */
function formatUnits(n: number, digits: number): string {
	if (n === 0) return '0';
	const sign = n < 0 ? '-' : '';
	const abs = Math.abs(n);
	const unit = 10 ** digits;
	const whole = Math.floor(abs / unit);
	const fraction = abs % unit;
	if (!fraction) return `${sign}${whole}`;
	const decimals = String(fraction).padStart(digits, '0').replace(/0+$/, '');
	return `${sign}${whole || ''}.${decimals}`;
}
