// Both CSV downloads, read back, equal the claims the view shows (displayed) or all of them (full).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseClaimsCsv } from '../src/lib/claims/csv.ts';
import { CLAIM_COLUMNS, EXTENSION_COLUMNS, type Claim } from '../src/lib/claims/schema.ts';
import { applyFilters, DEFAULT_FILTERS } from '../src/lib/state/filters.ts';
import { readClaims, serveData } from './helpers/data.ts';

const claims = readClaims();

/** Downloads carry the curation extension (status, verified) after the contract's columns. */
const HEADER = [...CLAIM_COLUMNS, ...EXTENSION_COLUMNS].join(',');
function withoutExtensions(list: Claim[]): Claim[] {
	for (const c of list) {
		// Nothing was edited in these tests: every claim is as extracted, unverified.
		expect(c.status ?? 'extracted').toBe('extracted');
		expect(c.verified ?? false).toBe(false);
	}
	return list.map(({ status: _s, verified: _v, ...rest }) => rest);
}

async function download(page: Page, testId: string) {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
	const path = await file.path();
	const bytes = readFileSync(path);
	return { name: file.suggestedFilename(), text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
}

test('"full" download equals every claim of the CSV, in contract columns plus status and verified', async ({ page }) => {
	await page.goto('/?metric=latency');
	await expect(page.locator('[data-testid=claims-table]')).toBeVisible();
	const { name, text } = await download(page, 'download-full');
	expect(name).toBe('claimscope-claims-all.csv');
	expect(text.split('\n')[0]).toBe(HEADER);
	const back = parseClaimsCsv(text);
	expect(back.issues).toEqual([]);
	expect(withoutExtensions(back.claims)).toEqual(claims);
});

test('"displayed" download equals the filtered claims and its name says the view', async ({ page }) => {
	const metric = claims[0].metric;
	await page.goto(`/?metric=${metric}&hide=about`);
	await expect(page.locator('[data-testid=claims-table]')).toBeVisible();
	const expected = applyFilters(claims, { ...DEFAULT_FILTERS, metrics: [metric], hideQualifiers: ['about'] });
	await expect(page.locator('[data-testid=claims-table]')).toHaveAttribute('data-row-count', String(expected.length));
	const { name, text } = await download(page, 'download-displayed');
	expect(name).toBe(`claimscope-claims-${metric}-no-about.csv`);
	expect(text.split('\n')[0]).toBe(HEADER);
	const back = parseClaimsCsv(text);
	expect(back.issues).toEqual([]);
	expect(withoutExtensions(back.claims)).toEqual(expected);
});

test('downloads neutralize formula-like cells and keep markup as text', async ({ page }) => {
	await serveData(page, { claims: readFileSync('tests/fixtures/xss-claims.csv', 'utf8'), papers: readFileSync('tests/fixtures/xss-papers.csv', 'utf8') });
	await page.goto('/');
	await expect(page.locator('[data-testid=claims-table]')).toHaveAttribute('data-row-count', '2');
	const { text } = await download(page, 'download-full');
	expect(text).toContain(`'=HYPERLINK`);
	expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
	const back = parseClaimsCsv(text);
	expect(back.claims.map((c) => c.quote)).toEqual(parseClaimsCsv(readFileSync('tests/fixtures/xss-claims.csv', 'utf8')).claims.map((c) => c.quote));
});
