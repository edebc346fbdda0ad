/** Test helpers: the expected claims, read from the same files the app ships (never hard-coded). */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseClaimsCsv } from '../../src/lib/claims/csv.ts';
import type { Claim } from '../../src/lib/claims/schema.ts';

export function readClaims(path = 'data/claims.csv'): Claim[] {
	const { claims, issues } = parseClaimsCsv(readFileSync(path, 'utf8'), path);
	if (issues.length) throw new Error(`${path} has issues: ${JSON.stringify(issues.slice(0, 3))}`);
	return claims;
}

export const claimKey = (c: Pick<Claim, 'paper_id' | 'claim'>) => `${c.paper_id}#${c.claim}`;

/** The comparison chart draws factors (> 0) and deltas; levels and unnormalized claims are table-only. */
export function isCharted(c: Claim): boolean {
	if (c.norm_low === null || c.norm_high === null) return false;
	return (c.norm_kind === 'factor' && c.norm_low > 0) || c.norm_kind === 'delta';
}

/** Serves `claimsCsv` (and optionally `papersCsv`) instead of the bundled data files. */
export async function serveData(page: Page, files: { claims?: string | null; papers?: string | null }) {
	const serve = (body: string | null | undefined) => async (route: import('@playwright/test').Route) => {
		if (body === undefined) return route.continue();
		if (body === null) return route.fulfill({ status: 404, body: 'not found' });
		return route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body });
	};
	await page.route(/\/claims\.[^/]*\.?csv$/, serve(files.claims));
	await page.route(/\/papers\.[^/]*\.?csv$/, serve(files.papers));
}

/** Every row key of the virtualized table, collected by scrolling it from top to bottom. */
export async function allTableKeys(page: Page): Promise<string[]> {
	const scroller = page.locator('[data-testid=claims-table]').locator('xpath=..');
	const keys = new Set<string>();
	await scroller.evaluate((el) => (el.scrollTop = 0));
	for (let i = 0; i < 10_000; i++) {
		await page.waitForTimeout(30);
		for (const k of await page.locator('[data-testid=claim-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? '')))
			keys.add(k);
		const done = await scroller.evaluate((el) => {
			if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return true;
			el.scrollTop += el.clientHeight * 0.8;
			return false;
		});
		if (done) {
			await page.waitForTimeout(30);
			for (const k of await page.locator('[data-testid=claim-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? '')))
				keys.add(k);
			break;
		}
	}
	return [...keys];
}
