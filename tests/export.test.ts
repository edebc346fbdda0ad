/**
 * Figure exports of both charts: the PNG is a real PNG at least twice the on-screen chart and not
 * blank; the SVG parses as XML, is standalone (xmlns, viewBox), has one mark per plotted point and
 * carries the title and the footer. File names name the view. "Copy link" copies the view's URL.
 */
import { expect, test, type Page } from '@playwright/test';
import { downloadBy, keepForShots, parseSvgInPage, pngPixelStats, pngSize, readShippedClaims } from './helpers/export.ts';

const claims = readShippedClaims();
const papers = new Set(claims.map((c) => c.paper_id)).size;

const CHARTS = [
	{ name: 'comparison', query: '', svg: '.chart-area svg[role=group]', mark: '[data-testid=claim-mark]', file: /^claimscope-comparison-all\.(png|svg)$/ },
	{ name: 'tradeoff', query: '?chart=tradeoff', svg: '[data-testid=pareto-svg]', mark: '[data-testid=pareto-point]', file: /^claimscope-tradeoff-[a-z0-9-]+-vs-[a-z0-9-]+-all\.(png|svg)$/ }
] as const;

async function open(page: Page, query: string, svgSelector: string) {
	await page.goto(`/${query}`);
	await expect(page.locator(svgSelector)).toBeVisible();
}

for (const chart of CHARTS) {
	test(`${chart.name}: the PNG download is a PNG at 2× the on-screen chart, and not blank`, async ({ page }) => {
		await open(page, chart.query, chart.svg);
		const box = (await page.locator(chart.svg).boundingBox())!;
		const file = await downloadBy(page, `export-${chart.name}-png`);
		expect(file.name).toMatch(chart.file);
		expect(file.name.endsWith('.png')).toBe(true);
		const size = pngSize(file.bytes);
		expect(size.width).toBeGreaterThanOrEqual(2 * box.width);
		expect(size.height).toBeGreaterThanOrEqual(2 * box.height);
		const pixels = await pngPixelStats(page, file.bytes);
		expect(pixels.width).toBe(size.width);
		expect(pixels.variance, 'a blank image has no variance').toBeGreaterThan(100);
		expect(pixels.inked, 'share of drawn (non-white) pixels').toBeGreaterThan(0.01);
		keepForShots(file, `export-${chart.name}.png`);
	});

	test(`${chart.name}: the SVG download is a standalone figure with one mark per plotted point, the title and the footer`, async ({ page }) => {
		await open(page, chart.query, chart.svg);
		const marksOnScreen = await page.locator(chart.mark).count();
		expect(marksOnScreen).toBeGreaterThan(0);
		const file = await downloadBy(page, `export-${chart.name}-svg`);
		expect(file.name).toMatch(chart.file);
		expect(file.name.endsWith('.svg')).toBe(true);
		const text = file.bytes.toString('utf8');
		const svg = await parseSvgInPage(page, text, [chart.mark, '.figure-title', '.figure-footer', 'style', 'link']);
		expect(svg.error).toBeNull();
		expect(svg.rootName).toBe('svg');
		expect(svg.namespace).toBe('http://www.w3.org/2000/svg');
		expect(svg.xmlns).toBe('http://www.w3.org/2000/svg');
		expect(svg.viewBox).toMatch(/^0 0 \d+ \d+$/);
		expect(svg.counts[chart.mark]).toBe(marksOnScreen);
		expect(svg.counts['.figure-title']).toBeGreaterThan(0);
		// No dependency on the page's CSS: no stylesheet, no class-only styling of marks.
		expect(svg.counts.style + svg.counts.link).toBe(0);
		expect(text).toMatch(/<text[^>]*font-family=/);
		// Footer: source with the counts from the CSV, the date and the link of the view.
		expect(svg.text).toContain(`Source: Claimscope, ${claims.length} claims from ${papers} papers`);
		expect(svg.text).toContain(new Date().toISOString().slice(0, 10));
		expect(svg.text).toContain(page.url());
		expect(svg.text).toContain('Normalization:');
		expect(svg.text).toContain('All claims');
		keepForShots(file, `export-${chart.name}.svg`);
	});
}

test('a filtered trade-off export names the filters in its subtitle and file name', async ({ page }) => {
	await open(page, '?chart=tradeoff&hide=up_to', '[data-testid=pareto-svg]');
	const file = await downloadBy(page, 'export-tradeoff-svg');
	expect(file.name).toMatch(/-no-up-to\.svg$/);
	const svg = await parseSvgInPage(page, file.bytes.toString('utf8'), []);
	expect(svg.text).toContain('without “up to” claims');
	const shown = claims.filter((c) => c.qualifier !== 'up_to');
	expect(svg.text).toContain(`${shown.length} claims from ${new Set(shown.map((c) => c.paper_id)).size} papers`);
});

test('"Copy link" copies the URL of the view', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, '?chart=tradeoff&per=context', '[data-testid=pareto-svg]');
	await page.getByTestId('copy-link').click();
	await expect(page.getByTestId('export-status')).toHaveText('Link copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});
