/**
 * Responsiveness of the add page while a large input is extracted: builds a ~5 MB arXiv JSON Lines
 * file from the synthetic corpus, adds it on /add in headless Chromium against the production
 * build, and prints the main thread's long tasks (over 50 ms) seen from the file choice to the
 * report, plus the time taken and what was read. Run `npm run build` first. Prints figures only.
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { corpusLines } from './corpus.ts';
import { serveStatic } from './serve.ts';

const MB = Number(process.env.BENCH_MB ?? 5);
if (!existsSync('build/index.html')) {
	console.error('No build/ found: run `npm run build` first.');
	process.exit(1);
}
mkdirSync('.bench', { recursive: true });
type ArxivRecord = { id: string; title: string; abstract: string; update_date: string };
const corpus = corpusLines(1_000_000)[Symbol.iterator]();
const pool: ArxivRecord[] = [];
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Each input format the add page reads, one record at a time (BENCH_FORMATS=jsonl,csv,txt picks). */
const encoders: Record<string, { head: string; record: (r: ArxivRecord) => string }> = {
	jsonl: { head: '', record: (r) => JSON.stringify(r) + '\n' },
	csv: { head: 'id,title,abstract,date\r\n', record: (r) => Papa.unparse([[r.id, oneLine(r.title), r.abstract, r.update_date]]) + '\r\n' },
	txt: { head: '', record: (r) => `${oneLine(r.title)}\n${oneLine(r.abstract)}\n\n` }
};
const formats = (process.env.BENCH_FORMATS ?? 'jsonl,csv,txt,paste').split(',');
/** Writes the same synthetic records in `format` until the file holds MB megabytes. */
function writeInput(format: string): string {
	// `paste`: the plain text, pasted into the text box instead of dropped as a file.
	if (format === 'paste') return writeInput('txt') + '#paste';
	const encoder = encoders[format];
	if (!encoder) throw new Error(`BENCH_FORMATS: unknown format ${format} (one of ${Object.keys(encoders).join(', ')})`);
	const parts = [encoder.head];
	let size = Buffer.byteLength(encoder.head);
	for (let i = 0; size < MB * 1e6; i++) {
		if (i === pool.length) pool.push(JSON.parse(corpus.next().value as string));
		const text = encoder.record(pool[i]);
		parts.push(text);
		size += Buffer.byteLength(text);
	}
	const file = `.bench/add-${MB}mb.${format}`;
	writeFileSync(file, parts.join(''));
	return file;
}
const files = formats.map(writeInput);

const { server, url } = await serveStatic({ '/': 'build' });
const chromiumPath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
const slowdown = Number(process.env.BENCH_CPU_SLOWDOWN ?? 1);
let worst = 0;
try {
	if (slowdown > 1) console.log(`CPU throttled ${slowdown}x (BENCH_CPU_SLOWDOWN)`);
	for (const file of files) worst = Math.max(worst, await measure(file));
	console.log(`goal (no main-thread task over 100 ms while a ${MB} MB input is extracted): ${worst > 100 ? 'NOT met' : 'met'} (longest ${Math.round(worst)} ms)`);
} finally {
	await browser.close();
	server.close();
}

/** Adds `file` on a fresh /add page; prints what was read and the long tasks; returns the longest. */
async function measure(file: string): Promise<number> {
	const page = await browser.newPage();
	// BENCH_CPU_SLOWDOWN=2 runs the page on a CPU throttled 2x (DevTools emulation), to see the margin
	// a slower laptop would leave under the 100 ms goal.
	if (slowdown > 1) {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
	}
	await page.goto(`${url}/add`);
	await page.evaluate(() => localStorage.clear());
	await page.evaluate(() => new Promise((done) => { const r = indexedDB.deleteDatabase('claimscope'); r.onsuccess = r.onerror = r.onblocked = done; }));
	await page.reload();
	await page.evaluate(() => {
		const w = window as unknown as { longTasks: number[] };
		w.longTasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.longTasks.push(e.duration);
		}).observe({ type: 'longtask' });
	});
	// A paste's text is handed to the page beforehand in small pieces: one 5 MB DevTools argument
	// would itself be a ~700 ms task on the page, charged to the harness, not to the app.
	const pasteText = file.endsWith('#paste') ? readFileSync(file.replace('#paste', ''), 'utf8') : '';
	for (let i = 0; i < pasteText.length; i += 200_000)
		await page.evaluate((part) => {
			const w = window as unknown as { pasteParts?: string[] };
			(w.pasteParts ??= []).push(part);
		}, pasteText.slice(i, i + 200_000));
	// The observer must see a long task before "none" means anything: block the page for 120 ms.
	// (From a timer: work run by the DevTools protocol itself is not a page task.)
	await page.evaluate(() => {
		setTimeout(() => {
			const end = performance.now() + 120;
			while (performance.now() < end);
		}, 0);
	});
	await page.waitForTimeout(300);
	const probe: number[] = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
	if (!probe.some((t) => t >= 100)) {
		console.error(`The long-task observer did not report a 120 ms busy loop (saw: ${probe.join(', ') || 'nothing'}); figures would be meaningless.`);
		process.exit(1);
	}
	const t0 = Date.now();
	if (file.endsWith('#paste')) {
		// A paste event carrying the text (what the clipboard delivers), then the extract button.
		await page.getByTestId('paste-input').evaluate((el) => {
			const data = new DataTransfer();
			data.setData('text/plain', (window as unknown as { pasteParts: string[] }).pasteParts.join(''));
			el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
		});
		await page.getByTestId('extract-large-paste').click();
	} else await page.getByTestId('file-input').setInputFiles(file);
	await page.getByTestId('report').waitFor({ timeout: 600_000 });
	const seconds = (Date.now() - t0) / 1000;
	await page.waitForTimeout(500); // let the last long task be reported
	const tasks: number[] = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
	const summary = await page.getByTestId('report').innerText();
	const storage = await page.getByTestId('storage-message').allInnerTexts();
	await page.close();
	const sorted = [...tasks].sort((a, b) => b - a);
	const blocking = tasks.reduce((sum, t) => sum + Math.max(0, t - 50), 0);
	console.log(`${file} (${(statSync(file.replace('#paste', '')).size / 1e6).toFixed(1)} MB): report after ${seconds.toFixed(1)} s: ${summary.split('\n')[0]}`);
	console.log(`  main-thread long tasks: ${tasks.length} (over 100 ms: ${tasks.filter((t) => t > 100).length}); longest: ${sorted.slice(0, 5).map((t) => Math.round(t) + ' ms').join(', ') || 'none'}; total blocking time ${Math.round(blocking)} ms (observer check: a 120 ms busy loop reported as ${Math.round(Math.max(...probe))} ms)`);
	if (storage.length) console.log(`  storage: ${storage.join(' | ')}`);
	return sorted[0] ?? 0;
}
