/**
 * Shorter SVG path data for the map's shapes. d3-geo writes every point absolute ("L493.5,283.2"); the
 * same points as steps from the one before ("l.1-.8") take about a third fewer characters, and the map's
 * path data is most of the bytes of the pages that show it (once in the markup, once more in the data the
 * page hydrates from). Steps are taken in whole units of the rounding (tenths for one digit), so the
 * points come out exactly where they were: nothing drifts along a long coastline.
 */

/** Path data of absolute moveto, lineto and closepath only: what d3-geo writes for polygons and lines. */
const SIMPLE_PATH = /^(?:[ML]-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?|Z)*$/;
const COMMAND = /([MLZ])(?:(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?))?/g;

/**
 * `d` rewritten with relative linetos, for coordinates rounded to `digits` decimals (as geoPath().digits
 * leaves them). Each subpath still starts with an absolute M, so paths joined end to end stay valid.
 * Anything but M, L and Z, or a coordinate with more decimals than `digits`, returns `d` unchanged.
 */
export function compactPath(d: string, digits = 1): string {
	if (!SIMPLE_PATH.test(d)) return d;
	const unit = 10 ** digits;
	const units = (s: string): number | null => {
		const dot = s.indexOf('.');
		if (dot >= 0 && s.length - dot - 1 > digits) return null;
		return Math.round(Number(s) * unit);
	};
	let out = '';
	let x = 0;
	let y = 0;
	let start: [number, number] = [0, 0];
	/** The last thing written: a number whose next number needs a separator unless it starts with "-" or ".". */
	let last: 'command' | 'int' | 'decimal' = 'command';
	const put = (n: number) => {
		const text = formatUnits(n, digits);
		if (last !== 'command' && !text.startsWith('-') && !(last === 'decimal' && text.startsWith('.'))) out += ' ';
		out += text;
		last = text.includes('.') ? 'decimal' : 'int';
	};
	let inLine = false;
	for (const [, command, sx, sy] of d.matchAll(COMMAND)) {
		if (command === 'Z') {
			// Closing a subpath takes the pen back to its start.
			out += 'Z';
			last = 'command';
			inLine = false;
			[x, y] = start;
			continue;
		}
		const px = units(sx);
		const py = units(sy);
		if (px === null || py === null) return d;
		if (command === 'M') {
			out += 'M';
			last = 'command';
			put(px);
			put(py);
			inLine = false;
			start = [px, py];
		} else {
			if (!inLine) {
				out += 'l';
				last = 'command';
				inLine = true;
			}
			put(px - x);
			put(py - y);
		}
		x = px;
		y = py;
	}
	return out;
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
