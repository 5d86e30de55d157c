/**
 * After `vite build`: write build/export/<chart>.svg and .png for each chart in its default view,
 * using the same export code as the notebook's toolbar, driven in the system Chromium.
 * A report can then use them as plain images.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/static-server';

const OUT = join('build', 'export');
const CHARTS = ['map', 'network', 'timeline', 'matrix'];

async function main() {
	const site = await serveStatic('build', '/');
	const browser = await launchBrowser();
	try {
		const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1100, height: 900 }, colorScheme: 'light' });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		await page.goto(site.root, { waitUntil: 'networkidle' });
		mkdirSync(OUT, { recursive: true });
		for (const chart of CHARTS) {
			await page.locator(`#cell-${chart} svg[data-chart-figure]`).first().waitFor();
			for (const kind of ['svg', 'png'] as const) {
				const [download] = await Promise.all([
					page.waitForEvent('download'),
					page.locator(`#cell-${chart} .toolbar button`, { hasText: kind.toUpperCase() }).click()
				]);
				const target = join(OUT, `${chart}.${kind}`);
				await download.saveAs(target);
				console.log(`  wrote ${target}`);
			}
		}
		if (errors.length) throw new Error(`the page reported errors while exporting:\n${errors.join('\n')}`);
		writeFileSync(join(OUT, 'README.txt'), `Charts of the built-in dataset in their default view, as self-contained SVG and 2x PNG.\n`);
	} finally {
		await browser.close();
		await site.close();
	}
}

main().catch((error) => {
	console.error(`Exporting the charts failed: ${error instanceof Error ? error.message : error}`);
	process.exit(1);
});
