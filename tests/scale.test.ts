// The explorer at 100,000 synthetic claims (functional, not timed: `npm run bench:app` times it).
// Past 500 claims the comparison chart is the dense view (dots on a canvas): its dot count, the
// table's rows and the URL must agree; hovering a dot shows the tooltip; the virtualized table
// reaches its last row; the displayed CSV download holds exactly the filtered claims.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { generateClaims } from '../bench/synthetic-claims.ts';
import { parseClaimsCsv, writeClaimsCsv } from '../src/lib/claims/csv.ts';
import { applyFilters, DEFAULT_FILTERS } from '../src/lib/state/filters.ts';
import { sortClaims } from '../src/lib/state/sort.ts';
import { claimKey, isCharted, serveData } from './helpers/data.ts';
import { DEFAULT_PAIRING, PARETO_DENSE_ABOVE, pairClaims, paretoFrontier } from '../src/lib/charts/pareto/index.ts';
import { downloadBy, keepForShots, parseSvgInPage, pngPixelStats, pngSize } from './helpers/export.ts';

const N = 100_000;
const claims = generateClaims(N);
const claimsCsv = writeClaimsCsv(claims);
const papers = new Map<string, string[]>();
for (const c of claims) if (!papers.has(c.paper_id)) papers.set(c.paper_id, [c.paper_id, c.title, c.date, '']);
const papersCsv = Papa.unparse({ fields: ['paper_id', 'title', 'date', 'abstract'], data: [...papers.values()] }, { newline: '\n' }) + '\n';

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

let page: Page;
const chart = () => page.getByTestId('dense-marks');
const table = () => page.getByTestId('claims-table');

test.beforeAll(async ({ browser }) => {
	page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await serveData(page, { claims: claimsCsv, papers: papersCsv });
	await page.goto('/');
	await expect(chart()).toBeVisible({ timeout: 180_000 });
});

test.afterAll(async () => {
	await page.close();
});

test('all 100,000 claims: chart dots, table rows and the count agree', async () => {
	await expect(table()).toHaveAttribute('data-row-count', String(N));
	await expect(page.getByTestId('shown-count')).toHaveText(String(N));
	await expect(chart()).toHaveAttribute('data-points', String(claims.filter(isCharted).length));
});

test('a filter changes the dots, the rows and the URL to the same claims', async () => {
	await page.getByTestId('filter-metric-latency').click();
	await expect(page).toHaveURL(/[?&]metric=latency(&|$)/);
	const expected = applyFilters(claims, { ...DEFAULT_FILTERS, metrics: ['latency'] });
	await expect(table()).toHaveAttribute('data-row-count', String(expected.length));
	await expect(chart()).toHaveAttribute('data-points', String(expected.filter(isCharted).length));
	const strips = page.getByTestId('dense-strip');
	await expect(strips).toHaveCount(1);
	await expect(strips).toHaveAttribute('data-count', String(expected.filter(isCharted).length));
	// Reload restores the view from the URL.
	await page.reload();
	await expect(table()).toHaveAttribute('data-row-count', String(expected.length), { timeout: 180_000 });
});

test('hovering a dot shows its tooltip with the normalization', async () => {
	await chart().scrollIntoViewIfNeeded();
	const box = (await chart().boundingBox())!;
	const tooltip = page.getByTestId('chart-tooltip');
	for (let y = box.y + 60; y < box.y + box.height && !(await tooltip.isVisible()); y += 7)
		for (let x = box.x + box.width * 0.5; x < box.x + box.width * 0.7 && !(await tooltip.isVisible()); x += 25) await page.mouse.move(x, y);
	await expect(tooltip).toBeVisible();
	await expect(tooltip.getByTestId('claim-formula')).toContainText('→');
	await page.mouse.move(1, 1);
	await expect(tooltip).toBeHidden();
});

test('the table scrolls to its last row', async () => {
	const expected = sortClaims(applyFilters(claims, { ...DEFAULT_FILTERS, metrics: ['latency'] }), 'paper', 'asc');
	const scroller = table().locator('xpath=..');
	await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
	const last = page.getByTestId('claim-row').last();
	await expect(last).toHaveAttribute('aria-rowindex', String(expected.length + 1));
	await expect(last).toHaveAttribute('data-key', claimKey(expected[expected.length - 1]));
});

test('sorting by a column: computed off the page, then the rows in that order', async () => {
	const filtered = applyFilters(claims, { ...DEFAULT_FILTERS, metrics: ['latency'] });
	const scroller = table().locator('xpath=..');
	await scroller.evaluate((el) => (el.scrollTop = 0));
	await page.getByRole('button', { name: /^Normalized/ }).click();
	await expect(page).toHaveURL(/sort=value/);
	const expected = sortClaims(filtered, 'value', 'asc');
	await expect(page.getByTestId('table-sorting')).toHaveText('');
	await expect(page.getByTestId('claim-row').first()).toHaveAttribute('data-key', claimKey(expected[0]));
	await expect(page.getByTestId('claim-row').nth(1)).toHaveAttribute('data-key', claimKey(expected[1]));
	expect(page.workers().some((w) => /sort\.worker/.test(w.url()))).toBe(true);
	// And back to paper order for the tests that follow.
	await page.goBack();
	await expect(page).not.toHaveURL(/sort=value/);
	await expect(page.getByTestId('table-sorting')).toHaveText('');
});

test('the displayed CSV download holds exactly the filtered claims', async () => {
	const expected = applyFilters(claims, { ...DEFAULT_FILTERS, metrics: ['latency'] });
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-displayed').click()]);
	const back = parseClaimsCsv(readFileSync(await file.path(), 'utf8'));
	expect(back.issues).toEqual([]);
	expect(back.claims.length).toBe(expected.length);
	expect(back.claims.map(claimKey)).toEqual(expected.map(claimKey));
});

test('the comparison figure exports at 100,000 claims: PNG at 2× and not blank, SVG with one strip per group', async () => {
	const expected = applyFilters(claims, { ...DEFAULT_FILTERS, metrics: ['latency'] }).filter(isCharted);
	const svgOnScreen = page.locator('.chart-area .dense > svg').first();
	const box = (await svgOnScreen.boundingBox())!;
	const png = await downloadBy(page, 'export-comparison-png');
	const size = pngSize(png.bytes);
	expect(size.width).toBeGreaterThanOrEqual(2 * box.width);
	const pixels = await pngPixelStats(page, png.bytes);
	expect(pixels.variance, 'a blank image has no variance').toBeGreaterThan(100);
	keepForShots(png, 'export-comparison-100k.png');

	const svg = await downloadBy(page, 'export-comparison-svg');
	const text = svg.bytes.toString('utf8');
	const parsed = await parseSvgInPage(page, text, ['[data-testid=dense-strip]', '.figure-title']);
	expect(parsed.error).toBeNull();
	expect(parsed.xmlns).toBe('http://www.w3.org/2000/svg');
	expect(parsed.counts['[data-testid=dense-strip]']).toBe(1);
	expect(text).toContain(`data-count="${expected.length}"`);
	// The figure says the dots are aggregated, and how many claims it stands for.
	expect(parsed.text).toContain(`Dense view of ${expected.length} claims`);
	keepForShots(svg, 'export-comparison-100k.svg');
});

test('the trade-off chart at 100,000 claims: dense view, frontier as computed, hover, keys, not-plotted list, export', async () => {
	await page.goto('/?chart=tradeoff');
	const svgEl = page.getByTestId('pareto-svg');
	await expect(page.getByTestId('pareto-dense-canvas')).toBeVisible({ timeout: 180_000 });
	// The frontier and the point count are what the pure modules compute from the same claims.
	const pairing = pairClaims(claims, DEFAULT_PAIRING);
	const frontier = paretoFrontier(pairing.points, { x: pairing.x.better, y: pairing.y.better }).map((p) => p.id).sort();
	expect(pairing.points.length).toBeGreaterThan(PARETO_DENSE_ABOVE);
	await expect(svgEl).toHaveAttribute('data-points', String(pairing.points.length));
	const links = page.getByTestId('pareto-point');
	expect((await links.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')!))).sort()).toEqual(frontier);
	await expect(page.getByTestId('pareto-frontier')).toHaveAttribute('d', /^M/);
	// The points off the frontier are one hidden path of circles (for the export), one per point.
	const circles = await page.getByTestId('pareto-dense-points').evaluate((el) => (el.getAttribute('d')!.match(/M/g) ?? []).length);
	expect(circles).toBe(pairing.points.length - frontier.length);

	// Hover: the tooltip of the point under the pointer (found by the quadtree).
	const box = (await svgEl.boundingBox())!;
	const target = await svgEl.evaluate((el) => {
		const d = el.querySelector('[data-testid=pareto-dense-points]')!.getAttribute('d')!;
		const m = /M(-?[\d.]+),(-?[\d.]+)/.exec(d)!;
		return { x: Number(m[1]) + 5, y: Number(m[2]) };
	});
	await page.mouse.move(box.x + target.x, box.y + target.y);
	await expect(page.getByRole('tooltip')).toContainText('x ·');
	await page.mouse.move(box.x + 2, box.y + 2);
	await expect(page.getByRole('tooltip')).toHaveCount(0);
	// Keys: the chart is one tab stop; arrows step through points, Escape hides the tooltip.
	await svgEl.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('tooltip')).toContainText('y ·');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('tooltip')).toHaveCount(0);

	// The not-plotted list (tens of thousands) is built a page at a time when opened.
	await page.getByTestId('not-plotted').locator('summary').click();
	await expect(page.getByTestId('not-plotted-item')).toHaveCount(200);
	await page.getByTestId('not-plotted-more').click();
	await expect(page.getByTestId('not-plotted-item')).toHaveCount(400);
	await expect(page.getByTestId('not-plotted')).toContainText(`${pairing.notPlotted.length} papers not plotted`);

	const png = await downloadBy(page, 'export-tradeoff-png');
	pngSize(png.bytes);
	const svg = await downloadBy(page, 'export-tradeoff-svg');
	const parsed = await parseSvgInPage(page, svg.bytes.toString('utf8'), ['[data-testid=pareto-point]', '[data-testid=pareto-dense-points]']);
	expect(parsed.error).toBeNull();
	expect(parsed.counts['[data-testid=pareto-point]']).toBe(frontier.length);
	expect(parsed.counts['[data-testid=pareto-dense-points]']).toBe(1);
	const file = svg.bytes.toString('utf8');
	expect(file).not.toMatch(/visibility="hidden"/);
	expect((/data-testid="pareto-dense-points"[^>]*/.exec(file)?.[0] ?? '').length).toBeGreaterThan(0);
});
