// A row chart longer than WINDOWED_ROWS_ABOVE rows keeps only the rows near the viewport in the
// DOM: scrolling brings the others in, arrow keys reach any row, and an image export has them all.
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { generateClaims } from '../bench/synthetic-claims.ts';
import { writeClaimsCsv } from '../src/lib/claims/csv.ts';
import { createComparisonGeometry } from '../src/lib/charts/comparison/geometry.ts';
import { WINDOWED_ROWS_ABOVE } from '../src/lib/charts/comparison/row-window.ts';
import { claimKey, isCharted, serveData } from './helpers/data.ts';
import { downloadBy, parseSvgInPage } from './helpers/export.ts';

const claims = generateClaims(400, 3);
const charted = claims.filter(isCharted);
const papers = new Map<string, string[]>();
for (const c of claims) if (!papers.has(c.paper_id)) papers.set(c.paper_id, [c.paper_id, c.title, c.date, '']);
const papersCsv = Papa.unparse({ fields: ['paper_id', 'title', 'date', 'abstract'], data: [...papers.values()] }, { newline: '\n' }) + '\n';
const rowChart = '.chart-area svg[role=group]';
const marks = '[data-testid=claim-mark]';

async function open(page: Page) {
	await page.setViewportSize({ width: 1280, height: 900 });
	await serveData(page, { claims: writeClaimsCsv(claims), papers: papersCsv });
	await page.goto('/');
	await expect(page.locator(rowChart)).toHaveAttribute('data-marks', String(charted.length));
}

test('only the rows near the viewport are in the DOM; scrolling brings the others', async ({ page }) => {
	expect(charted.length).toBeGreaterThan(2 * WINDOWED_ROWS_ABOVE);
	await open(page);
	const first = await page.locator(marks).count();
	expect(first).toBeGreaterThan(10);
	expect(first).toBeLessThan(charted.length / 2);
	// The chart keeps the whole geometry's height, so the page scrolls as if every row were there.
	const height = Number(await page.locator(rowChart).getAttribute('height'));
	expect(height).toBeGreaterThan(charted.length * 20);
	// Scroll to the chart's end: its last rows are drawn, its first are gone.
	const keys = () => page.locator(marks).evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!));
	const before = new Set(await keys());
	await page.locator(rowChart).evaluate((svg) => window.scrollTo(0, svg.getBoundingClientRect().bottom + window.scrollY - window.innerHeight));
	await expect.poll(async () => (await keys()).filter((k) => !before.has(k)).length).toBeGreaterThan(10);
	const lastMark = page.locator(marks).last();
	await expect(lastMark).toBeInViewport();
	expect(await page.locator(marks).count()).toBeLessThan(charted.length / 2);
});

test('rows already drawn keep their nodes while scrolling brings others; one tab stop; the hovered row is marked', async ({ page }) => {
	await open(page);
	// Tag the first rows' nodes, then scroll by less than the overscan: they stay, others come.
	await page.locator(marks).evaluateAll((els) => els.slice(0, 5).forEach((e) => ((e as unknown as { kept: boolean }).kept = true)));
	const keys = () => page.locator(marks).evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!));
	const before = new Set(await keys());
	await page.evaluate(() => window.scrollBy(0, 300));
	await expect.poll(async () => (await keys()).filter((k) => !before.has(k)).length).toBeGreaterThan(0);
	expect(await page.locator(marks).evaluateAll((els) => els.filter((e) => (e as unknown as { kept?: boolean }).kept).length)).toBe(5);
	// One row is the chart's tab stop; it follows the keyboard.
	const tabStops = page.locator(`${marks}[tabindex="0"]`);
	await expect(tabStops).toHaveCount(1);
	await page.locator(marks).first().focus();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(tabStops).toHaveCount(1);
	await expect(page.locator(`${marks}:focus`)).toHaveAttribute('tabindex', '0');
	await expect(page.locator(`${marks}:focus`)).toHaveAttribute('aria-describedby', 'comparison-tooltip');
	// Hover: the row under the pointer is highlighted and described by the tooltip; leaving clears it.
	await page.locator(`${marks}:focus`).blur();
	const row = page.locator(marks).nth(3);
	await row.hover();
	await expect(row).toHaveClass(/\bactive\b/);
	await expect(row).toHaveAttribute('aria-describedby', 'comparison-tooltip');
	await expect(page.getByTestId('chart-tooltip')).toBeVisible();
	await page.mouse.move(2, 2);
	await expect(page.getByTestId('chart-tooltip')).toHaveCount(0);
	await expect(page.locator(`${marks}.active`)).toHaveCount(0);
});

test('arrow keys step from the first row to the last, scrolling it into view', async ({ page }) => {
	await open(page);
	const geometry = createComparisonGeometry(charted, { width: 800 }, { rowUnit: 'claim', groupBy: 'metric' });
	const order = geometry.panels.flatMap((p) => p.marks.map((m) => m.key));
	await page.locator(marks).first().focus();
	await page.keyboard.press('End');
	const focused = page.locator(`${marks}:focus`);
	await expect(focused).toHaveAttribute('data-key', order[order.length - 1]);
	await expect(focused).toBeInViewport();
	await page.keyboard.press('ArrowUp');
	await expect(page.locator(`${marks}:focus`)).toHaveAttribute('data-key', order[order.length - 2]);
});

test('the SVG export has every row, not just the drawn ones', async ({ page }) => {
	await open(page);
	expect(await page.locator(marks).count()).toBeLessThan(charted.length);
	const file = await downloadBy(page, 'export-comparison-svg');
	const svg = await parseSvgInPage(page, file.bytes.toString('utf8'), [marks]);
	expect(svg.error).toBeNull();
	expect(svg.counts[marks]).toBe(charted.length);
	const text = file.bytes.toString('utf8');
	for (const c of [charted[0], charted[charted.length - 1]]) expect(text).toContain(`data-key="${claimKey(c)}"`);
	// Back to the window afterwards.
	await expect.poll(() => page.locator(marks).count()).toBeLessThan(charted.length / 2);
});

test('a filter from the dense view to rows and back: the hidden dense view comes back as it was, exports take the view shown', async ({ page }) => {
	const many = generateClaims(1000, 5);
	const latency = many.filter((c) => c.metric === 'latency');
	expect(latency.length).toBeLessThanOrEqual(500);
	await page.setViewportSize({ width: 1280, height: 900 });
	await serveData(page, { claims: writeClaimsCsv(many), papers: null });
	await page.goto('/');
	const dots = page.getByTestId('dense-marks');
	await expect(dots).toBeVisible();
	await expect(dots).toHaveAttribute('data-points', String(many.filter(isCharted).length));

	await page.getByTestId('filter-metric-latency').click();
	await expect(page.locator(rowChart)).toHaveAttribute('data-marks', String(latency.filter(isCharted).length));
	await expect(dots).toBeHidden();
	const rows = await downloadBy(page, 'export-comparison-svg');
	const parsed = await parseSvgInPage(page, rows.bytes.toString('utf8'), [marks, '[data-testid=dense-strip]']);
	expect(parsed.counts[marks]).toBe(latency.filter(isCharted).length);
	expect(parsed.counts['[data-testid=dense-strip]']).toBe(0);

	await page.getByTestId('filter-metric-latency').click();
	await expect(dots).toBeVisible();
	await expect(dots).toHaveAttribute('data-points', String(many.filter(isCharted).length));
	await expect(page.locator(rowChart)).toHaveCount(0);
	const dense = await downloadBy(page, 'export-comparison-svg');
	const denseParsed = await parseSvgInPage(page, dense.bytes.toString('utf8'), [marks, '[data-testid=dense-strip]']);
	expect(denseParsed.counts[marks]).toBe(0);
	expect(denseParsed.counts['[data-testid=dense-strip]']).toBeGreaterThan(1);
});
