/*
 * Include once on a page that shows charts of this dashboard in iframes:
 *   <script src="https://example.org/dashboard/embed.js" async></script>
 * Every iframe on the page that shows an /embed/ page of the same deployment is sized to its content;
 * the script of another deployment on the same page sizes that deployment's frames.
 * Messages are accepted only from those iframes' own windows, on this deployment's origin.
 * Hand-written: a host page loads it from us as one small file with no build step, so it can import no package.
 */
(function () {
	'use strict';
	var HEIGHT_MESSAGE = 'who-said-what:embed-height';
	var HELLO_MESSAGE = 'who-said-what:embed-hello';
	var script = document.currentScript;
	if (!script || !script.src) return;
	var root = new URL('.', script.src);
	var embedPrefix = root.href + 'embed/';
	// Once per deployment: the same script included twice does nothing more, while the script of another
	// deployment (another site, or another base path) on the same host page sizes that deployment's frames.
	var started = (window.__whoSaidWhatEmbeds = window.__whoSaidWhatEmbeds || {});
	if (typeof started !== 'object' || started[root.href]) return;
	started[root.href] = true;

	function embedFrames() {
		var frames = document.getElementsByTagName('iframe');
		var found = [];
		for (var i = 0; i < frames.length; i++) {
			var src = frames[i].getAttribute('src');
			if (!src) continue;
			try {
				if (new URL(src, document.baseURI).href.indexOf(embedPrefix) === 0) found.push(frames[i]);
			} catch (e) {
				/* not a URL */
			}
		}
		return found;
	}

	window.addEventListener('message', function (event) {
		if (event.origin !== root.origin) return;
		var data = event.data;
		if (!data || data.type !== HEIGHT_MESSAGE || typeof data.height !== 'number' || !isFinite(data.height)) return;
		var frames = embedFrames();
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) {
				frames[i].style.height = Math.max(40, Math.min(20000, Math.ceil(data.height))) + 'px';
				return;
			}
		}
	});

	function hello() {
		var frames = embedFrames();
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: HELLO_MESSAGE }, root.origin);
		}
	}
	hello();
	if (document.readyState !== 'complete') window.addEventListener('load', hello);
})();
