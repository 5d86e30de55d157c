/**
 * The messages between an embed page and static/embed.js on the host page. embed.js is a plain
 * static file, so it repeats these strings; tests/unit/embed-protocol.test.ts keeps the two equal.
 */
export const HEIGHT_MESSAGE = 'who-said-what:embed-height';
export const HELLO_MESSAGE = 'who-said-what:embed-hello';

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	chart: string;
	height: number;
}

/**
 * Tell the parent window how tall this embed is whenever that changes, and again when the host's
 * embed.js says hello (it may load after the first report) and when the page has loaded. A size change is
 * sent from the ResizeObserver's own callback, which comes at most once a frame: a timer on top of it was
 * one more thing a browser delays in a frame out of view. Returns a stop function.
 */
export function reportHeight(element: HTMLElement, chart: string): () => void {
	if (window.parent === window) return () => {};
	let last = -1;
	const send = (force = false) => {
		const height = Math.ceil(element.getBoundingClientRect().height);
		if (!force && height === last) return;
		last = height;
		const message: HeightMessage = { type: HEIGHT_MESSAGE, chart, height };
		window.parent.postMessage(message, '*');
	};
	const onResize = () => send();
	const observer = new ResizeObserver(onResize);
	observer.observe(element);
	const onHello = (event: MessageEvent) => {
		if (event.source === window.parent && event.data?.type === HELLO_MESSAGE) send(true);
	};
	window.addEventListener('message', onHello);
	window.addEventListener('load', onResize);
	send(true);
	return () => {
		observer.disconnect();
		window.removeEventListener('message', onHello);
		window.removeEventListener('load', onResize);
	};
}
