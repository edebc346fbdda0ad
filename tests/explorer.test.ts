import { expect, test } from '@playwright/test';
import { describeNormalization } from '../src/lib/claims/normalize.ts';
import { allTableKeys, claimKey, isCharted, readClaims } from './helpers/data.ts';

const claims = readClaims();
const marks = '[data-testid=claim-mark]';
const rows = '[data-testid=claims-table]';

async function open(page: import('@playwright/test').Page, path = '/') {
	await page.goto(path);
	await expect(page.locator(rows)).toBeVisible();
}

test('the page shows as many claims as the CSV has', async ({ page }) => {
	await open(page);
	await expect(page.locator('[data-testid=shown-count]')).toHaveText(String(claims.length));
	await expect(page.locator(rows)).toHaveAttribute('data-row-count', String(claims.length));
	await expect(page.locator(marks)).toHaveCount(claims.filter(isCharted).length);
	// The table is virtualized: scroll through it and meet every claim once.
	const keys = await allTableKeys(page);
	expect(keys.sort()).toEqual(claims.map(claimKey).sort());
	expect(await page.locator('[data-testid=claim-row]').count()).toBeLessThan(Math.max(claims.length, 60));
});

test('a filter changes chart marks, table rows and the URL to the same count', async ({ page }) => {
	await open(page);
	await page.getByTestId('filter-kind-factor').click();
	await expect(page).toHaveURL(/[?&]kind=factor(&|$)/);
	const factors = claims.filter((c) => c.norm_kind === 'factor');
	await expect(page.locator(marks)).toHaveCount(factors.length);
	await expect(page.locator(rows)).toHaveAttribute('data-row-count', String(factors.length));

	// A second facet narrows further; the chart and table agree with a count made from the CSV.
	const metric = factors[0].metric;
	await page.getByTestId(`filter-metric-${metric}`).click();
	await expect(page).toHaveURL(new RegExp(`[?&]metric=${metric}(&|$)`));
	const expected = factors.filter((c) => c.metric === metric);
	await expect(page.locator(marks)).toHaveCount(expected.length);
	await expect(page.locator(rows)).toHaveAttribute('data-row-count', String(expected.length));
	expect((await allTableKeys(page)).sort()).toEqual(expected.map(claimKey).sort());
	const markKeys = await page.locator(marks).evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
	expect(markKeys.sort()).toEqual(expected.map(claimKey).sort());
});

test('reload and back/forward restore the view', async ({ page }) => {
	await open(page);
	await page.getByTestId('filter-kind-delta').click();
	await expect(page).toHaveURL(/kind=delta/);
	await page.getByTestId('filter-qualifier-up_to').uncheck();
	await expect(page).toHaveURL(/hide=up_to/);
	const expected = claims.filter((c) => c.norm_kind === 'delta' && c.qualifier !== 'up_to');
	await expect(page.locator(marks)).toHaveCount(expected.length);

	await page.reload();
	await expect(page.locator(marks)).toHaveCount(expected.length);
	await expect(page.getByTestId('filter-kind-delta')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('filter-qualifier-up_to')).not.toBeChecked();

	await page.goBack();
	await expect(page).not.toHaveURL(/hide=up_to/);
	const deltas = claims.filter((c) => c.norm_kind === 'delta');
	await expect(page.locator(marks)).toHaveCount(deltas.length);
	await expect(page.getByTestId('filter-qualifier-up_to')).toBeChecked();

	await page.goBack();
	await expect(page.locator(rows)).toHaveAttribute('data-row-count', String(claims.length));
	await page.goForward();
	await page.goForward();
	await expect(page).toHaveURL(/kind=delta.*hide=up_to|hide=up_to.*kind=delta/);
	await expect(page.locator(marks)).toHaveCount(expected.length);
});

test('back from a paper page returns to the filtered view, and back again to the view before it', async ({ page }) => {
	// Filter changes are shallow history entries; leaving for a paper page is a real navigation.
	await open(page);
	await page.getByTestId('filter-kind-factor').click();
	await expect(page).toHaveURL(/kind=factor/);
	const factors = claims.filter((c) => c.norm_kind === 'factor');
	const metric = factors[0].metric;
	await page.getByTestId(`filter-metric-${metric}`).click();
	await expect(page).toHaveURL(new RegExp(`metric=${metric}`));
	const expected = factors.filter((c) => c.metric === metric);
	await expect(page.locator(marks)).toHaveCount(expected.length);

	await page.locator(marks).first().click();
	await expect(page).toHaveURL(/\/paper\//);
	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`metric=${metric}`));
	await expect(page.locator(marks)).toHaveCount(expected.length);
	await expect(page.getByTestId(`filter-metric-${metric}`)).toHaveAttribute('aria-pressed', 'true');

	await page.goBack();
	await expect(page).not.toHaveURL(/metric=/);
	await expect(page.locator(marks)).toHaveCount(factors.length);
	await expect(page.getByTestId(`filter-metric-${metric}`)).toHaveAttribute('aria-pressed', 'false');
	// Links back to the explorer name the view shown, not the page's first address.
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Explorer' })).toHaveAttribute('href', '/?kind=factor');
	await page.reload();
	await expect(page.locator(marks)).toHaveCount(factors.length);
});

test('a shared link reproduces the view, with view options', async ({ page }) => {
	await open(page, '/?rows=paper&group=baseline&sort=value&dir=desc');
	await expect(page.getByTestId('rows-paper')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('group-baseline')).toHaveAttribute('aria-pressed', 'true');
	// One row per paper and kind: each paper's best factor and best delta.
	const papers = new Set(claims.filter(isCharted).map((c) => `${c.paper_id}:${c.norm_kind}`));
	await expect(page.locator(marks)).toHaveCount(papers.size);
	await expect(page.locator('th[aria-sort=descending]')).toContainText('Normalized');
});

test('hovering or focusing a mark shows a tooltip with the normalization written out', async ({ page }) => {
	await open(page);
	const mark = page.locator(marks).first();
	await mark.hover();
	const tooltip = page.getByTestId('chart-tooltip');
	await expect(tooltip).toBeVisible();
	const key = await mark.getAttribute('data-key');
	const claim = claims.find((c) => claimKey(c) === key)!;
	await expect(tooltip.getByTestId('claim-formula')).toHaveText(`${claim.quote} → ${describeNormalization(claim)}`);
	await expect(tooltip).toContainText(claim.title);

	// Keyboard: focus moves with the arrow keys and the tooltip follows.
	await page.mouse.move(0, 0);
	await mark.focus();
	await expect(tooltip).toBeVisible();
	await page.keyboard.press('ArrowDown');
	const second = page.locator(marks).nth(1);
	await expect(second).toBeFocused();
	const key2 = await second.getAttribute('data-key');
	const claim2 = claims.find((c) => claimKey(c) === key2)!;
	await expect(tooltip.getByTestId('claim-formula')).toHaveText(`${claim2.quote} → ${describeNormalization(claim2)}`);
});

test('a factor tooltip shows the contract formula, e.g. 1/(1 − p) for a latency decrease', async ({ page }) => {
	const claim = claims.find((c) => c.norm_kind === 'factor' && c.unit === '%' && c.change === 'decrease' && !c.higher_is_better);
	test.skip(!claim, 'no latency-like % decrease in the data');
	await open(page);
	await page.locator(`${marks}[data-key="${claimKey(claim!)}"]`).hover();
	await expect(page.getByTestId('claim-formula')).toContainText('1/(1 − ');
});

test('a click leads to the paper view with the quotes highlighted; the deep link reloads', async ({ page }) => {
	await open(page);
	const mark = page.locator(marks).first();
	const key = (await mark.getAttribute('data-key'))!;
	const paperId = key.slice(0, key.lastIndexOf('#'));
	await mark.click();
	await expect(page).toHaveURL(new RegExp(`/paper/${encodeURIComponent(paperId).replace(/\./g, '\\.')}#claim-`));
	const paperClaims = claims.filter((c) => c.paper_id === paperId);
	await expect(page.getByTestId('paper-title')).toHaveText(paperClaims[0].title);
	await expect(page.getByTestId('paper-claim')).toHaveCount(paperClaims.length);
	const highlighted = await page.getByTestId('quote-highlight').evaluateAll((els) => els.flatMap((e) => (e.getAttribute('data-claims') ?? '').split(' ')));
	expect(new Set(highlighted)).toEqual(new Set(paperClaims.map((c) => String(c.claim))));
	// Every quote is highlighted as written.
	const abstractText = await page.getByTestId('abstract').textContent();
	for (const c of paperClaims) expect(abstractText).toContain(c.quote);

	// Hovering a highlight marks its row.
	const first = page.getByTestId('quote-highlight').first();
	const n = (await first.getAttribute('data-claims'))!.split(' ')[0];
	await first.hover();
	await expect(page.locator(`#claim-${n}`)).toHaveClass(/hovered/);
	// And back: hovering a claim's row marks its quote in the abstract.
	const last = paperClaims[paperClaims.length - 1];
	await page.locator(`#claim-${last.claim}`).hover();
	await expect(page.locator(`[data-testid=quote-highlight][data-claims~="${last.claim}"]`).first()).toHaveClass(/hovered/);

	await page.reload();
	await expect(page.getByTestId('paper-title')).toHaveText(paperClaims[0].title);
	await expect(page.getByTestId('paper-claim')).toHaveCount(paperClaims.length);
});

test('an unknown paper says so', async ({ page }) => {
	await page.goto('/paper/no-such-paper');
	await expect(page.getByTestId('paper-not-found')).toContainText('no-such-paper');
});

test('no claims match: an empty state with a way out', async ({ page }) => {
	await open(page, '/?q=zzzz-no-such-claim-zzzz');
	await expect(page.getByTestId('empty-state')).toBeVisible();
	await expect(page.locator(marks)).toHaveCount(0);
	await expect(page.locator(rows)).toHaveAttribute('data-row-count', '0');
	await page.getByTestId('empty-state').getByRole('button', { name: 'Clear filters' }).click();
	await expect(page.locator(rows)).toHaveAttribute('data-row-count', String(claims.length));
	await expect(page).not.toHaveURL(/q=/);
});

test('search filters titles and quotes and lands in the URL', async ({ page }) => {
	await open(page);
	const word = claims[0].title.split(/\W+/).find((w) => w.length > 4)!.toLowerCase();
	await page.getByLabel('Search titles and quotes').fill(word);
	await expect(page).toHaveURL(new RegExp(`q=${word}`));
	const expected = claims.filter((c) => `${c.title}\n${c.quote}`.toLowerCase().includes(word));
	await expect(page.locator(rows)).toHaveAttribute('data-row-count', String(expected.length));
});

test('sorting the table by a column writes the URL', async ({ page }) => {
	await open(page);
	await page.getByRole('button', { name: /^Normalized/ }).click();
	await expect(page).toHaveURL(/sort=value/);
	await expect(page.locator('th[aria-sort=ascending]')).toContainText('Normalized');
	await page.getByRole('button', { name: /^Normalized/ }).click();
	await expect(page).toHaveURL(/dir=desc/);
});

test('fits a 375 px phone without sideways scrolling of the page', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await open(page);
	await expect(page.locator(marks).first()).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('on a touch screen the first tap shows the tooltip and the second opens the paper', async ({ browser }) => {
	const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });
	const page = await context.newPage();
	await open(page);
	const mark = page.locator(marks).first();
	await mark.tap();
	await expect(page.getByTestId('chart-tooltip')).toBeVisible();
	await expect(page).toHaveURL(/\/$/);
	await mark.tap();
	await expect(page).toHaveURL(/\/paper\//);
	await expect(page.getByTestId('paper-title')).toBeVisible();
	await context.close();
});

test('a view change shows at once and reaches the history after its frame: two changes in one frame are one entry', async ({ page }) => {
	await open(page);
	const entries = await page.evaluate(() => history.length);
	const factors = claims.filter((c) => c.norm_kind === 'factor');
	const metric = factors[0].metric;
	// Two clicks before the next frame (the page's updates, run as microtasks, in between): the
	// second builds on the first before either is in the URL.
	const pressedBeforeWrite = await page.evaluate(async (metric) => {
		document.querySelector<HTMLElement>('[data-testid=filter-kind-factor]')!.click();
		await Promise.resolve();
		document.querySelector<HTMLElement>(`[data-testid=filter-metric-${metric}]`)!.click();
		await Promise.resolve();
		const pressed = (id: string) => document.querySelector(`[data-testid=${id}]`)!.getAttribute('aria-pressed');
		return { kind: pressed('filter-kind-factor'), metric: pressed(`filter-metric-${metric}`), search: location.search };
	}, metric);
	expect(pressedBeforeWrite).toEqual({ kind: 'true', metric: 'true', search: '' });
	await expect(page).toHaveURL(new RegExp(`kind=factor.*metric=${metric}|metric=${metric}.*kind=factor`));
	expect(await page.evaluate(() => history.length)).toBe(entries + 1);
	await expect(page.locator(marks)).toHaveCount(factors.filter((c) => c.metric === metric).length);

	await page.goBack();
	await expect(page).not.toHaveURL(/kind=|metric=/);
	await expect(page.locator(marks)).toHaveCount(claims.filter(isCharted).length);
	await expect(page.getByTestId('filter-kind-factor')).toHaveAttribute('aria-pressed', 'false');
});

test('back right after a view change lands on the view before it, whether or not the change was written yet', async ({ page }) => {
	await open(page);
	await page.getByTestId('filter-kind-delta').click();
	await expect(page).toHaveURL(/kind=delta/);
	await page.evaluate(() => {
		document.querySelector<HTMLElement>('[data-testid=filter-kind-factor]')!.click();
		history.back();
	});
	// Back from kind=delta(+factor, written or not) reaches the first view: no filter at all.
	await expect(page).not.toHaveURL(/kind=/);
	await expect(page.getByTestId('filter-kind-factor')).toHaveAttribute('aria-pressed', 'false');
	await expect(page.getByTestId('filter-kind-delta')).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator(marks)).toHaveCount(claims.filter(isCharted).length);
	await page.waitForTimeout(100);
	await expect(page).not.toHaveURL(/kind=/);
});
