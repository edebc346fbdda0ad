/**
 * Responsiveness of the add page while a large input is extracted: builds a ~5 MB arXiv JSON Lines
 * file from the synthetic corpus, adds it on /add in headless Chromium against the production
 * build, and prints the main thread's long tasks (over 50 ms) seen from the file choice to the
 * report, plus the time taken and what was read. Run `npm run build` first. Prints figures only.
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { corpusLines } from './corpus.ts';
import { serveStatic } from './serve.ts';

const MB = Number(process.env.BENCH_MB ?? 5);
if (!existsSync('build/index.html')) {
	console.error('No build/ found: run `npm run build` first.');
	process.exit(1);
}
mkdirSync('.bench', { recursive: true });
const lines: string[] = [];
let bytes = 0;
for (const line of corpusLines(1_000_000)) {
	lines.push(line);
	bytes += Buffer.byteLength(line) + 1;
	if (bytes >= MB * 1e6) break;
}
const file = `.bench/add-${MB}mb.jsonl`;
writeFileSync(file, lines.join('\n') + '\n');

const { server, url } = await serveStatic({ '/': 'build' });
const chromiumPath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
try {
	const page = await browser.newPage();
	await page.goto(`${url}/add`);
	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await page.evaluate(() => {
		const w = window as unknown as { longTasks: number[] };
		w.longTasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.longTasks.push(e.duration);
		}).observe({ type: 'longtask' });
	});
	const t0 = Date.now();
	await page.getByTestId('file-input').setInputFiles(file);
	await page.getByTestId('report').waitFor({ timeout: 600_000 });
	const seconds = (Date.now() - t0) / 1000;
	await page.waitForTimeout(500); // let the last long task be reported
	const tasks: number[] = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
	const summary = await page.getByTestId('report').innerText();
	const storage = await page.getByTestId('storage-message').allInnerTexts();
	const sorted = [...tasks].sort((a, b) => b - a);
	console.log(`input: ${file}, ${(bytes / 1e6).toFixed(1)} MB, ${lines.length} records`);
	console.log(`report after ${seconds.toFixed(1)} s: ${summary.split('\n')[0]}`);
	console.log(`main-thread long tasks: ${tasks.length} (over 100 ms: ${tasks.filter((t) => t > 100).length}); longest: ${sorted.slice(0, 5).map((t) => Math.round(t) + ' ms').join(', ') || 'none'}`);
	if (storage.length) console.log(`storage: ${storage.join(' | ')}`);
} finally {
	await browser.close();
	server.close();
}
