/**
 * The trade-off (Pareto) chart in the explorer: points and frontier match what the pure modules
 * compute from the shipped CSV, axis choices change points and URL, zoom resets, links work.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_PAIRING, pairClaims, paretoFrontier } from '../src/lib/charts/pareto/index.ts';
import { parseParetoView } from '../src/lib/state/pareto-view.ts';
import { readShippedClaims } from './helpers/export.ts';

const claims = readShippedClaims();

async function shownPoints(page: Page) {
	return page.getByTestId('pareto-point').evaluateAll((els) =>
		els.map((el) => {
			const c = el.querySelector('circle.point')!;
			return { id: el.getAttribute('data-id')!, frontier: el.getAttribute('data-frontier') === 'true', cx: c.getAttribute('cx'), cy: c.getAttribute('cy') };
		})
	);
}

/** What the pure modules say the URL's view should show. */
function expectedFor(url: string) {
	const view = parseParetoView(new URL(url).searchParams);
	const pairing = pairClaims(claims, { x: view.x, y: view.y, per: view.per });
	const frontier = paretoFrontier(pairing.points, { x: pairing.x.better, y: pairing.y.better });
	return { pairing, ids: pairing.points.map((p) => p.id).sort(), frontier: frontier.map((p) => p.id).sort() };
}

async function openTradeoff(page: Page, query = '') {
	await page.goto(`/?chart=tradeoff${query}`);
	await expect(page.getByTestId('pareto-panel')).toBeVisible();
}

test('the frontier shown equals the frontier computed from the CSV, and every paper is plotted or listed', async ({ page }) => {
	await openTradeoff(page);
	const expected = expectedFor(page.url());
	expect(expected.ids.length, 'the shipped data should pair at least one paper').toBeGreaterThan(0);
	await expect(page.getByTestId('pareto-point')).toHaveCount(expected.ids.length);
	const shown = await shownPoints(page);
	expect(shown.map((p) => p.id).sort()).toEqual(expected.ids);
	expect(shown.filter((p) => p.frontier).map((p) => p.id).sort()).toEqual(expected.frontier);
	await expect(page.getByTestId('pareto-label')).toHaveCount(expected.frontier.length);
	await expect(page.getByTestId('pareto-frontier')).toHaveAttribute('d', /^M/);
	// Not plotted: every other paper, each with a reason.
	const papers = new Set(claims.map((c) => c.paper_id)).size;
	expect(expected.pairing.notPlotted.length + expected.ids.length).toBe(papers);
	await page.getByTestId('not-plotted').locator('summary').click();
	await expect(page.getByTestId('not-plotted-item')).toHaveCount(expected.pairing.notPlotted.length);
	await expect(page.getByTestId('pareto-rule')).toHaveText(expected.pairing.rule);
});

test('choosing axes changes the plotted points and the URL; reload and back restore them', async ({ page }) => {
	await openTradeoff(page);
	const before = await shownPoints(page);
	const beforeTitle = await page.getByTestId('pareto-y-title').textContent();

	// y: quality levels instead of deltas.
	await page.getByTestId('axis-y-kind').selectOption('level');
	await expect(page).toHaveURL(/[?&]ykind=level(&|$)/);
	await expect(page.getByTestId('pareto-y-title')).not.toHaveText(beforeTitle!);
	const levelView = expectedFor(page.url());
	const afterLevel = await shownPoints(page);
	expect(afterLevel.map((p) => p.id).sort()).toEqual(levelView.ids);
	expect(afterLevel.filter((p) => p.frontier).map((p) => p.id).sort()).toEqual(levelView.frontier);
	expect(JSON.stringify(afterLevel)).not.toEqual(JSON.stringify(before));

	// x: add memory to the families.
	await page.getByTestId('axis-x-families').click();
	await page.getByTestId('axis-x-family-memory').check();
	await expect(page).toHaveURL(/[?&]x=latency%2Cspeed%2Cthroughput%2Cmemory(&|$)/);
	const memoryView = expectedFor(page.url());
	expect((await shownPoints(page)).map((p) => p.id).sort()).toEqual(memoryView.ids);

	// Points per paper and context.
	await page.getByTestId('per-context').click();
	await expect(page).toHaveURL(/[?&]per=context(&|$)/);
	const contextView = expectedFor(page.url());
	expect((await shownPoints(page)).map((p) => p.id).sort()).toEqual(contextView.ids);

	// Reload keeps the view; back goes to the previous one.
	await page.reload();
	await expect(page.getByTestId('pareto-panel')).toBeVisible();
	await expect(page.getByTestId('per-context')).toHaveAttribute('aria-pressed', 'true');
	expect((await shownPoints(page)).map((p) => p.id).sort()).toEqual(contextView.ids);
	await page.goBack();
	await expect(page).not.toHaveURL(/per=context/);
	await expect(page.getByTestId('per-paper')).toHaveAttribute('aria-pressed', 'true');
	expect((await shownPoints(page)).map((p) => p.id).sort()).toEqual(memoryView.ids);
});

test('log and linear toggles are in the URL and change the axis', async ({ page }) => {
	await openTradeoff(page);
	await expect(page.getByTestId('pareto-x-title')).toContainText('log scale');
	await page.getByTestId('axis-x-linear').click();
	await expect(page).toHaveURL(/[?&]xscale=linear(&|$)/);
	await expect(page.getByTestId('pareto-x-title')).not.toContainText('log scale');
	await page.getByTestId('axis-y-log').click();
	await expect(page).toHaveURL(/[?&]yscale=log(&|$)/);
	// Deltas can be ≤ 0: then the log request is shown as linear, with a note.
	const anyNonPositive = expectedFor(page.url()).pairing.points.some((p) => p.y <= 0);
	if (anyNonPositive) await expect(page.getByText('a log scale needs values above 0')).toBeVisible();
	else await expect(page.getByTestId('pareto-y-title')).toContainText('log scale');
	// Back to the default: the parameter leaves the URL.
	await page.getByTestId('axis-x-log').click();
	await expect(page).not.toHaveURL(/xscale=/);
});

test('zoom buttons zoom and reset brings every point back', async ({ page }) => {
	await openTradeoff(page);
	const before = await shownPoints(page);
	await expect(page.getByTestId('zoom-reset')).toBeDisabled();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(page.getByTestId('zoom-reset')).toBeEnabled();
	await expect.poll(async () => JSON.stringify(await shownPoints(page))).not.toBe(JSON.stringify(before));
	// Drag pans.
	const box = (await page.getByTestId('pareto-svg').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 30, { steps: 5 });
	await page.mouse.up();
	await page.getByTestId('zoom-reset').click();
	await expect(page.getByTestId('zoom-reset')).toBeDisabled();
	await expect.poll(async () => JSON.stringify(await shownPoints(page))).toBe(JSON.stringify(before));
});

test('a point shows a tooltip with both claims and opens its paper', async ({ page }) => {
	await openTradeoff(page);
	const { pairing } = expectedFor(page.url());
	const first = pairing.points[0];
	const point = page.locator(`[data-testid=pareto-point][data-id="${first.id}"]`);
	await point.focus();
	const tooltip = page.getByTestId('chart-tooltip');
	await expect(tooltip).toContainText(first.xClaim.quote);
	await expect(tooltip).toContainText(first.yClaim.quote);
	await point.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/paper/${encodeURIComponent(first.paperId)}`));
});

test('filters narrow the trade-off points too', async ({ page }) => {
	const pairing = pairClaims(claims, DEFAULT_PAIRING);
	test.skip(pairing.points.length < 1, 'no paired papers in the data');
	const paperId = pairing.points[0].paperId;
	await openTradeoff(page, `&paper=${encodeURIComponent(paperId)}`);
	await expect(page.getByTestId('pareto-point')).toHaveCount(1);
});
