// Data is shown as text and never run; bad or missing data files give clear messages.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { serveData } from './helpers/data.ts';

const xssClaims = readFileSync('tests/fixtures/xss-claims.csv', 'utf8');
const xssPapers = readFileSync('tests/fixtures/xss-papers.csv', 'utf8');

test('titles and quotes with <img onerror> and <script> are shown as text and run nothing', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await serveData(page, { claims: xssClaims, papers: xssPapers });
	await page.goto('/');
	await expect(page.locator('[data-testid=claims-table]')).toHaveAttribute('data-row-count', '2');
	await expect(page.locator('[data-testid=claim-mark]')).toHaveCount(2);

	const row = page.locator('[data-testid=claim-row]').first();
	await expect(row).toContainText('<img src=x onerror="window.__xss=\'title\'">Evil <script>');
	await expect(row).toContainText("<script>window.__xss='quote-script'</script>");
	await page.locator('[data-testid=claim-mark]').first().hover();
	await expect(page.getByTestId('chart-tooltip')).toContainText('<img src=x onerror=');

	await page.locator('[data-testid=claim-mark]').first().click();
	await expect(page.getByTestId('paper-title')).toContainText('<script>window.__xss=');
	await expect(page.getByTestId('abstract')).toContainText('<iframe src=javascript:');
	await expect(page.getByTestId('quote-highlight').first()).toContainText('<img src=x');

	// Nothing from the data became an element, and nothing ran.
	for (const selector of ['img[src=x]', 'main script', 'iframe', 'svg[onload]', 'b[onmouseover]'])
		await expect(page.locator(selector), selector).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
	expect(dialogs).toEqual([]);
});

test('a malformed claims file: a message naming each bad row and why, the good rows still shown', async ({ page }) => {
	await serveData(page, { claims: readFileSync('tests/fixtures/malformed-claims.csv', 'utf8') });
	await page.goto('/');
	const issues = page.getByTestId('data-issues');
	await expect(issues).toContainText('2 rows were skipped');
	await expect(issues).toContainText('claims.csv row 2 column metric: unknown metric "speedz"');
	await expect(issues).toContainText('row 3 column value_low: "lots" is not a number');
	await expect(page.locator('[data-testid=claims-table]')).toHaveAttribute('data-row-count', '2');
	await expect(page.locator('[data-testid=claim-mark]')).toHaveCount(2);
});

test('a missing claims file: a clear message and no crash', async ({ page }) => {
	await serveData(page, { claims: null });
	await page.goto('/');
	await expect(page.getByTestId('data-issues')).toContainText('claims.csv: could not be loaded (HTTP 404)');
	await expect(page.getByText('No claims to show')).toBeVisible();
});

test('a claims file without the required columns says which are missing', async ({ page }) => {
	await serveData(page, { claims: 'paper_id,title\nx,y\n' });
	await page.goto('/');
	await expect(page.getByTestId('data-issues')).toContainText('missing required columns quote, metric, value_low, unit, change');
});
