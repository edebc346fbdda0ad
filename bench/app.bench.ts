/**
 * `npm run bench:app [-- SIZES... --runs R]`: the explorer at 1k, 10k and 100k synthetic claims
 * against a Vega-Lite peer drawing the same points, in the same headless Chromium.
 *
 * Per size: time to first chart (navigation start to the chart's painted frame), filter change to
 * painted frame (one metric family on, and back to all: the first click after load, and the median
 * of FILTER_REPEATS more), hover to tooltip painted, JS heap after
 * GC; the peer's first chart and filter times; the app/peer ratios. Once: the gzipped size of the
 * JavaScript the main page loads (data excluded). Prints figures; asserts nothing about time.
 *
 * The app is the production build (rebuilt when sources are newer), served on 127.0.0.1 with its
 * bundled claims/papers CSV replaced by the generated files, so the app loads them exactly as it
 * loads its own data. The peer page is built with Vite into .bench/peer and fetches the same file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { build as viteBuild } from 'vite';
import { writeClaimsCsv } from '../src/lib/claims/csv.ts';
import { generateClaims } from './synthetic-claims.ts';
import { serveStatic } from './serve.ts';
import { FILTER_REPEATS, median, formatTable, type Row, type Timings } from './report.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, '.bench');
const BUILD = join(ROOT, 'build');
const PAINTED = 'claimscope:chart-painted';
/** The family the filter step selects: the most common one in the synthetic data. */
const FILTER_METRIC = 'latency';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const sizeArgs = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs').map(Number);
const SIZES = sizeArgs.length ? sizeArgs : [1_000, 10_000, 100_000];

function newestMtime(path: string): number {
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = 0;
	for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
	return newest;
}

/** Runs `vite build` when build/ is missing or older than anything it is built from. */
function ensureAppBuild(): void {
	const sources = ['src', 'data', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'].map((p) => join(ROOT, p)).filter(existsSync);
	const built = existsSync(join(BUILD, 'index.html')) ? statSync(join(BUILD, 'index.html')).mtimeMs : 0;
	if (built > Math.max(...sources.map(newestMtime))) return;
	console.error('building the app (vite build)…');
	const r = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
	if (r.status !== 0) throw new Error('vite build failed; run `npm run build` to see why');
}

async function buildPeer(): Promise<string> {
	const outDir = join(DIR, 'peer');
	await viteBuild({ root: join(ROOT, 'bench/peer'), base: './', configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
	return outDir;
}

/** The generated claims CSV and a papers CSV for the same papers (cached in .bench/). */
function dataFiles(n: number): { claims: string; papers: string; bytes: number } {
	const claimsFile = join(DIR, `claims-${n}.csv`);
	const papersFile = join(DIR, `papers-${n}.csv`);
	// Regenerate when the generator changed since the cached files were written.
	const generator = Math.max(...['bench/synthetic-claims.ts', 'src/lib/testing/random.ts', 'src/lib/claims/csv.ts'].map((p) => join(ROOT, p)).filter(existsSync).map(newestMtime));
	const fresh = (f: string) => existsSync(f) && statSync(f).mtimeMs > generator;
	if (!fresh(claimsFile) || !fresh(papersFile)) {
		const claims = generateClaims(n);
		writeFileSync(claimsFile, writeClaimsCsv(claims));
		const papers = new Map<string, string[]>();
		for (const c of claims) if (!papers.has(c.paper_id)) papers.set(c.paper_id, [c.paper_id, c.title, c.date, '']);
		writeFileSync(papersFile, Papa.unparse({ fields: ['paper_id', 'title', 'date', 'abstract'], data: [...papers.values()] }, { newline: '\n' }) + '\n');
	}
	return { claims: claimsFile, papers: papersFile, bytes: statSync(claimsFile).size };
}

/** URL paths of the build's bundled data files (hashed asset names). */
function bundledDataPaths(): { claims: string; papers: string } {
	const assets = join(BUILD, '_app/immutable/assets');
	const names = readdirSync(assets);
	const find = (stem: string) => {
		const name = names.find((f) => f.startsWith(`${stem}.`) && f.endsWith('.csv'));
		if (!name) throw new Error(`no ${stem}.*.csv in ${assets}: does the app still import data/${stem}.csv?url?`);
		return `/_app/immutable/assets/${name}`;
	};
	return { claims: find('claims'), papers: find('papers') };
}

function chromiumPath(): string | undefined {
	return process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

/** Resolves with the startTime of the next chart-painted mark after `since`. */
async function nextPaint(page: Page, since: number, timeout = 60_000): Promise<number> {
	return page.evaluate(
		({ name, since, timeout }) =>
			new Promise<number>((ok, fail) => {
				const hit = () => performance.getEntriesByName(name).find((e) => e.startTime > since);
				const found = hit();
				if (found) return ok(found.startTime);
				const obs = new PerformanceObserver(() => {
					const e = hit();
					if (e) {
						obs.disconnect();
						ok(e.startTime);
					}
				});
				obs.observe({ type: 'mark' });
				setTimeout(() => fail(new Error(`no ${name} mark within ${timeout} ms`)), timeout);
			}),
		{ name: PAINTED, since, timeout }
	);
}

/**
 * Lets load-time work finish before interactions are timed (for the app and the peer alike): a
 * pause, the table's order (computed in a worker past 20,000 claims) in place, then an idle
 * moment of the main thread. Otherwise a filter click could be charged with the end of loading.
 */
async function settle(page: Page): Promise<void> {
	await page.waitForTimeout(300);
	await page.waitForFunction(() => !document.querySelector('[data-testid=table-sorting]')?.textContent, null, { timeout: 60_000 });
	await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 2000 })));
}

/** Clicks a filter chip in the page and returns ms from the click to the chart's painted frame. */
async function timeFilterClick(page: Page, testId: string): Promise<number> {
	const t0 = await page.evaluate((id) => {
		const t = performance.now();
		document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!.click();
		return t;
	}, testId);
	return (await nextPaint(page, t0)) - t0;
}

/**
 * Times the filter switched on and off (`toggle` switches it and returns the ms to the painted
 * frame): the first pair, then FILTER_REPEATS more, whose medians are the `Again` figures.
 */
async function timeFilterPairs(toggle: () => Promise<number>, page: Page): Promise<Omit<Timings, 'firstChart'>> {
	const on: number[] = [];
	const off: number[] = [];
	for (let i = 0; i <= FILTER_REPEATS; i++) {
		on.push(await toggle());
		await page.waitForTimeout(200);
		off.push(await toggle());
		await page.waitForTimeout(200);
	}
	return { filterOn: on[0], filterOff: off[0], filterOnAgain: median(on.slice(1)), filterOffAgain: median(off.slice(1)) };
}

/** Hovers per run; the median is reported (one hover's time varies with where the frame falls). */
const HOVERS = 5;

/**
 * Moves the mouse onto marks (SVG shapes, or the canvas of the dense view, scanned for points that
 * show a tooltip) and returns the median ms from the pointer event to the frame showing the
 * tooltip, over up to HOVERS hovers.
 */
async function timeHover(page: Page): Promise<number | null> {
	const shapes = page.locator('[data-testid=claim-mark] path');
	const candidates: { x: number; y: number }[] = [];
	if ((await shapes.count()) > 0) {
		for (let i = 0; i < Math.min(HOVERS, await shapes.count()); i++) {
			const box = await shapes.nth(i).boundingBox();
			if (box) candidates.push({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
		}
	} else {
		const canvas = page.locator('[data-testid=dense-marks]').first();
		await canvas.scrollIntoViewIfNeeded();
		const box = await canvas.boundingBox();
		if (!box) return null;
		for (let y = box.y + 10; y < box.y + Math.min(box.height, 400); y += 9)
			for (let x = box.x + box.width * 0.45; x < box.x + box.width * 0.75; x += 23) candidates.push({ x, y });
	}
	const times: number[] = [];
	for (const p of candidates.slice(0, 120)) {
		if (times.length === HOVERS) break;
		await page.mouse.move(2, 2);
		await page.waitForFunction(() => !document.querySelector('[data-testid=chart-tooltip]'));
		const armed = page.evaluate(
			() =>
				new Promise<number | null>((ok) => {
					let moved = -1;
					addEventListener('pointermove', (e) => (moved = e.timeStamp), { capture: true, once: true });
					const obs = new MutationObserver(() => {
						if (document.querySelector('[data-testid=chart-tooltip]')) {
							obs.disconnect();
							requestAnimationFrame(() => setTimeout(() => ok(performance.now() - moved), 0));
						}
					});
					obs.observe(document.body, { childList: true, subtree: true });
					setTimeout(() => {
						obs.disconnect();
						ok(null);
					}, 400);
				})
		);
		await page.mouse.move(p.x, p.y);
		const ms = await armed;
		if (ms !== null) times.push(ms);
	}
	return times.length ? median(times) : null;
}

async function heapMb(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('Performance.enable');
	const { metrics } = await cdp.send('Performance.getMetrics');
	return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20;
}

interface AppFigures extends Timings {
	hover: number | null;
	heap: number;
	jsGzip: number;
	jsFiles: number;
}

/** tsx compiles this file with esbuild's keepNames, whose `__name` helper the page lacks. */
async function newContext(browser: Browser) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript('globalThis.__name = (f) => f');
	return context;
}

async function measureApp(browser: Browser, url: string): Promise<AppFigures> {
	const context = await newContext(browser);
	const page = await context.newPage();
	const scripts: Promise<number>[] = [];
	page.on('response', (res) => {
		if (new URL(res.url()).pathname.endsWith('.js')) scripts.push(res.body().then((b) => gzipSync(b).length));
	});
	await page.goto(url);
	const firstChart = await nextPaint(page, 0, 120_000);
	await settle(page);
	const clicks = await timeFilterPairs(() => timeFilterClick(page, `filter-metric-${FILTER_METRIC}`), page);
	const hover = await timeHover(page);
	const heap = await heapMb(page);
	const sizes = await Promise.all(scripts);
	await context.close();
	return { firstChart, ...clicks, hover, heap, jsGzip: sizes.reduce((a, b) => a + b, 0) / 1024, jsFiles: sizes.length };
}

interface PeerFigures extends Timings {
	heap: number;
	points: number;
}

async function measurePeer(browser: Browser, url: string): Promise<PeerFigures> {
	const context = await newContext(browser);
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForFunction(() => {
		const p = (window as unknown as { __peer?: { firstChartMs?: number; error?: string } }).__peer;
		return p && (p.firstChartMs !== undefined || p.error);
	}, null, { timeout: 180_000 });
	const peer = await page.evaluate(() => (window as unknown as { __peer: { firstChartMs?: number; error?: string; points: number } }).__peer);
	if (peer.error) throw new Error(`peer failed: ${peer.error}`);
	await settle(page);
	type PeerWindow = { __peerFilter: (m: string) => Promise<number> };
	let on = true;
	const clicks = await timeFilterPairs(() => {
		const metric = on ? FILTER_METRIC : '';
		on = !on;
		return page.evaluate((m) => (window as unknown as PeerWindow).__peerFilter(m), metric);
	}, page);
	const heap = await heapMb(page);
	await context.close();
	return { firstChart: peer.firstChartMs!, ...clicks, heap, points: peer.points };
}

/** Each timed figure's median over the runs. */
function medianTimings(runs: readonly Timings[]): Timings {
	const m = (key: keyof Timings) => median(runs.map((r) => r[key]));
	return { firstChart: m('firstChart'), filterOn: m('filterOn'), filterOff: m('filterOff'), filterOnAgain: m('filterOnAgain'), filterOffAgain: m('filterOffAgain') };
}

async function main() {
	mkdirSync(DIR, { recursive: true });
	ensureAppBuild();
	const peerDir = await buildPeer();
	const bundled = bundledDataPaths();
	const overrides = new Map<string, string>();
	const { server, url } = await serveStatic({ '/': BUILD, '/__peer/': peerDir, '/__bench/': DIR }, 0, overrides);
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
	console.error(`Chromium ${browser.version()}, ${RUNS} run(s) per figure (median), app at ${url}`);
	const rows: Row[] = [];
	let js: { kb: number; files: number } | null = null;
	try {
		for (const n of SIZES) {
			const files = dataFiles(n);
			overrides.set(bundled.claims, files.claims);
			overrides.set(bundled.papers, files.papers);
			const app: AppFigures[] = [];
			const peer: PeerFigures[] = [];
			for (let r = 0; r < RUNS; r++) {
				app.push(await measureApp(browser, `${url}/`));
				peer.push(await measurePeer(browser, `${url}/__peer/index.html?file=/__bench/claims-${n}.csv`));
				console.error(`  ${n} claims, run ${r + 1}: app first chart ${app[r].firstChart.toFixed(0)} ms, peer ${peer[r].firstChart.toFixed(0)} ms`);
			}
			js ??= { kb: app[0].jsGzip, files: app[0].jsFiles };
			const m = (xs: (number | null)[]) => median(xs.filter((x): x is number => x !== null));
			rows.push({
				claims: n,
				mb: files.bytes / 1e6,
				points: peer[0].points,
				app: { ...medianTimings(app), hover: m(app.map((a) => a.hover)), heap: m(app.map((a) => a.heap)) },
				peer: { ...medianTimings(peer), heap: m(peer.map((p) => p.heap)) }
			});
		}
	} finally {
		await browser.close();
		server.close();
	}
	console.log(formatTable(rows, js!));
}

main().catch((err) => {
	console.error(err);
	process.exit(1);
});
