/** Find and launch the system Chromium for browser tests; fail with instructions when there is none. */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const HOW_TO_GET_ONE =
	'No Chromium found for the browser tests. Set CHROMIUM_PATH to a Chromium or Chrome binary, ' +
	'or install one: on Debian/Ubuntu `sudo apt-get install -y chromium`, on macOS install Google Chrome.';

export function findChromium(): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist. ${HOW_TO_GET_ONE}`);
	}
	const fixed = [
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
	];
	for (const path of fixed) if (existsSync(path)) return path;
	for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']) {
		try {
			const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
			if (path) return path;
		} catch {
			/* not on the PATH */
		}
	}
	throw new Error(HOW_TO_GET_ONE);
}

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}

export interface WatchedPage {
	context: BrowserContext;
	page: Page;
	consoleErrors: string[];
	failedRequests: string[];
	/** Every request URL the page made. */
	requests: string[];
}

/** A fresh context and page that records console errors, page errors and failed requests. */
export async function openPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<WatchedPage> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	// Generous limits: CI runs on 2 cores, and a loaded machine makes cold loads slow.
	page.setDefaultNavigationTimeout(90_000);
	page.setDefaultTimeout(60_000);
	const consoleErrors: string[] = [];
	const failedRequests: string[] = [];
	const requests: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') consoleErrors.push(msg.text());
	});
	page.on('pageerror', (err) => consoleErrors.push(String(err)));
	page.on('request', (req) => requests.push(req.url()));
	page.on('requestfailed', (req) => failedRequests.push(`${req.url()} (${req.failure()?.errorText})`));
	page.on('response', (res) => {
		if (res.status() >= 400) failedRequests.push(`${res.url()} (${res.status()})`);
	});
	return { context, page, consoleErrors, failedRequests, requests };
}

/**
 * Hold the app's scripts (SvelteKit's immutable chunks) until the returned function is called: the page
 * shows its prerendered HTML, which a test can use as a reader would before hydration.
 */
export async function holdAppScripts(page: Page): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

/**
 * Wait until the page has hydrated, every island of it (the notebook's and the embeds' entries mark it once
 * all are live; on /code, the root layout): before, its handlers are not attached.
 */
export async function hydrated(page: Page): Promise<void> {
	await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
}

/**
 * Wait for two animation frames: a statement card opens, then is placed (above or below its mark) in an
 * animation-frame callback before the paint. Read its box after this, not as soon as it appears.
 */
export async function afterCardPlacement(page: Page): Promise<void> {
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** The page's statement card while it is open (one per page or embed: src/lib/interaction/CardHost.svelte). */
export const openCard = (page: Page) => page.locator('[data-statement-card]:popover-open');
/** The card while pinned: a dialog with a Close button. */
export const pinnedCard = (page: Page) => page.locator('[data-statement-card][role="dialog"]:popover-open');

/**
 * Wait for `n` animation frames: what an event already dispatched changes is then rendered. For checks
 * that something did not happen (no second card, no element injected), in place of a sleep.
 */
export async function framesLater(page: Page, n = 2): Promise<void> {
	await page.evaluate((count) => new Promise<void>((done) => {
		const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : done());
		step(count);
	}), n);
}
