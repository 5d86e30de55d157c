/**
 * An exported figure goes into a report, usually light and often printed: it takes the light theme's
 * colours whatever the page shows (`?theme=dark`, or the system's dark scheme). `inLightTheme(read)` runs
 * `read` with the light theme forced on <html> (app.css keys the themes on its data-theme) and transitions
 * off, then puts the page back before it returns: nothing is painted in between, so the reader sees no
 * flash. Browser only.
 */
export function inLightTheme<T>(read: () => T): T {
	const root = document.documentElement;
	const theme = root.getAttribute('data-theme');
	// With transitions off, styles read during the export are the end values, not a transition's start,
	// and going back starts no fade either.
	root.setAttribute('data-exporting', '');
	root.setAttribute('data-theme', 'light');
	try {
		return read();
	} finally {
		if (theme === null) root.removeAttribute('data-theme');
		else root.setAttribute('data-theme', theme);
		// Settle the page's own styles while transitions are still off (a forced style and layout update).
		void root.offsetWidth;
		root.removeAttribute('data-exporting');
	}
}
