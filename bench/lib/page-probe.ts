/**
 * Instrumentation injected into every page before its own scripts (as an init script, so the same for our
 * pages and the baselines). Plain JavaScript in a string: page code must not depend on how tsx compiles.
 *
 * - Load: largest-contentful-paint, layout-shift (CLS, shifts without recent input), longtask, first paint.
 * - Frames: a requestAnimationFrame counter (fps, worst frame).
 * - Hover → card: the pointer event's timestamp to the first animation frame after the card is in the DOM
 *   (as tests/e2e/network.e2e.ts measures it). When the card is put in the DOM *inside* an animation-frame
 *   callback (force-graph tests hover in its render loop), that frame is the one that shows it, so the
 *   time is taken there and then instead of one frame later: no baseline pays a frame it did not cost.
 * - Filter change: the input event's timestamp to the next frame after the last DOM change it caused
 *   (last), and to the end of that frame's rendering: style, layout and paint (painted, taken by a task
 *   posted from the frame's animation callback, which runs after the rendering).
 */
export const PROBE = String.raw`(() => {
	const raf = window.requestAnimationFrame.bind(window);
	const B = (window.__bench = { raf, lcp: 0, cls: 0, fcp: 0, tasks: [], lat: [], t: 0, rafPhase: false });
	const observe = (type, fn) => {
		try {
			new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
		} catch {}
	};
	observe('largest-contentful-paint', (e) => (B.lcp = e.startTime));
	observe('layout-shift', (e) => { if (!e.hadRecentInput) B.cls += e.value; });
	observe('longtask', (e) => B.tasks.push([e.startTime, e.duration]));
	observe('paint', (e) => { if (e.name === 'first-contentful-paint') B.fcp = e.startTime; });

	// Whether we are between this frame's animation callbacks and its rendering (cleared by a task after it).
	const channel = new MessageChannel();
	channel.port1.onmessage = () => (B.rafPhase = false);
	window.requestAnimationFrame = (cb) => raf((ts) => {
		if (!B.rafPhase) { B.rafPhase = true; channel.port2.postMessage(0); }
		return cb(ts);
	});

	B.fpsStart = () => {
		B.frames = [];
		B.fpsOn = true;
		const loop = (ts) => { if (!B.fpsOn) return; B.frames.push(ts); raf(loop); };
		raf(loop);
	};
	B.fpsStop = () => {
		B.fpsOn = false;
		const f = B.frames;
		let worst = 0;
		for (let i = 1; i < f.length; i++) worst = Math.max(worst, f[i] - f[i - 1]);
		return { frames: f.length, fps: f.length > 1 ? ((f.length - 1) * 1000) / (f[f.length - 1] - f[0]) : 0, worst };
	};

	B.armHover = (visible) => {
		const isVisible = new Function('return (' + visible + ')');
		for (const type of ['pointerover', 'pointermove']) window.addEventListener(type, (e) => (B.t = e.timeStamp), { capture: true });
		// Only the change that makes the card appear counts: a visible card that moves with the pointer
		// (force-graph's tooltip follows it) is not a new card.
		let shown = false;
		new MutationObserver(() => {
			const now = isVisible();
			const appeared = now && !shown;
			shown = now;
			if (!B.t || !appeared) return;
			const t = B.t;
			B.t = 0;
			if (B.rafPhase) B.lat.push(performance.now() - t);
			else raf(() => B.lat.push(performance.now() - t));
		}).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
	};

	B.armFilter = (selector) => {
		B.f = { t0: 0, last: 0, painted: 0, first: 0, lastMut: 0, muts: 0, pending: false };
		window.addEventListener('input', (e) => {
			if (e.target instanceof Element && e.target.matches(selector)) B.f = { t0: e.timeStamp, last: 0, painted: 0, first: 0, lastMut: performance.now(), muts: 0, pending: false };
		}, { capture: true });
		const afterRendering = new MessageChannel();
		// first: the end of the rendering of the first frame after the input that shows a change it caused (the
		// input's next paint); painted: the same for the frame after the last change (the page settled).
		afterRendering.port1.onmessage = (m) => {
			if (B.f.t0 && !B.f.first) B.f.first = performance.now();
			if (m.data === B.f.last) B.f.painted = performance.now();
		};
		// SvelteKit's route announcer (a visually hidden live region, no view) reads the page title out once
		// the URL is first recorded, after the frame that shows the change: not part of the update.
		const ignored = (r) => !!(r.target.nodeType === 1 ? r.target : r.target.parentElement)?.closest('#svelte-announcer');
		new MutationObserver((records) => {
			if (!B.f.t0 || records.every(ignored)) return;
			B.f.muts++;
			B.f.lastMut = performance.now();
			if (!B.f.pending) {
				B.f.pending = true;
				raf(() => {
					B.f.pending = false;
					B.f.last = performance.now();
					afterRendering.port2.postMessage(B.f.last);
				});
			}
		}).observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
	};
})();`;
