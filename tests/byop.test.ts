/**
 * Bring your own papers: extraction in the worker with progress, file inputs good and bad, and
 * curation that survives reloads and travels in the CSV. Expected counts come from the same pure
 * pipeline the worker runs (imported here in Node), never hard-coded.
 */
import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseClaimsCsv } from '../src/lib/claims/csv.ts';
import { formatIssue, type InputIssue } from '../src/lib/claims/issues.ts';
import { extractText } from '../src/lib/extract/pipeline.ts';

const fixture = (name: string) => `tests/fixtures/${name}`;
const read = (name: string) => readFileSync(fixture(name), 'utf8');

const TWO_ABSTRACTS = `HyperBatch: Serving LLMs with Adaptive Batching
HyperBatch achieves up to 3.5x higher throughput than vLLM and reduces p99 latency by 42% on ShareGPT.

LeanAttention: Memory-Efficient Attention Kernels
LeanAttention cuts attention memory by 60% and runs 1.8x faster than FlashAttention-2, with accuracy within 0.2 points.
`;

/** The issue as formatted, up to the first parenthesis: JSON error details differ between Node and Chromium. */
const issueStart = (issue: InputIssue) => formatIssue(issue).split('(')[0];
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const summary = (papers: number, claims: number) => `${plural(papers, 'paper')}, ${plural(claims, 'claim')}`;

/** Records whether the progress bar was ever shown (it can be brief for small inputs). */
async function watchProgress(page: Page) {
	await page.evaluate(() => {
		const w = window as unknown as { sawProgress: boolean };
		w.sawProgress = false;
		new MutationObserver(() => {
			if (document.querySelector('[data-testid=progress]')) w.sawProgress = true;
		}).observe(document.body, { childList: true, subtree: true });
	});
}
const sawProgress = (page: Page) => page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress);

test.beforeEach(async ({ page }) => {
	// Every test starts from an empty browser store and checks that no request carries user text.
	await page.goto('/add');
	await page.evaluate(() => localStorage.clear());
	await page.reload();
});

test('the add page says nothing leaves the browser, and extraction makes no network request', async ({ page }) => {
	await expect(page.getByTestId('privacy-note')).toContainText('Nothing leaves your browser');
	const requests: string[] = [];
	page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
	await page.getByTestId('paste-input').fill(TWO_ABSTRACTS);
	await page.getByTestId('extract-button').click();
	await expect(page.getByTestId('report')).toHaveCount(1);
	// The worker script itself may be fetched; nothing else, and nothing is posted.
	expect(requests.filter((r) => !/extract\.worker/.test(r))).toEqual([]);
});

test('paste two abstracts: progress, then their papers and claims', async ({ page }) => {
	const expected = extractText(TWO_ABSTRACTS, { source: 'pasted text' });
	expect(expected.papers).toHaveLength(2);
	await watchProgress(page);
	await page.getByTestId('paste-input').fill(TWO_ABSTRACTS);
	await page.getByTestId('extract-button').click();
	await expect(page.getByTestId('report-summary')).toHaveText(summary(2, expected.claims.length));
	expect(await sawProgress(page)).toBe(true);
	await expect(page.getByTestId('your-counts')).toContainText(`2 papers, ${expected.claims.length} claims`);
});

for (const name of ['daily-page.txt', 'plain.txt', 'arxiv.jsonl', 'papers.csv']) {
	test(`add ${name}: the counts and messages of the pure pipeline`, async ({ page }) => {
		const expected = extractText(read(name), { source: name });
		await page.getByTestId('file-input').setInputFiles(fixture(name));
		await expect(page.getByTestId('report-summary')).toHaveText(summary(expected.papers.length, expected.claims.length));
		const items = page.getByTestId('report-issues').locator('li');
		await expect(items).toHaveCount(expected.issues.length);
		for (const [i, issue] of expected.issues.entries()) await expect(items.nth(i)).toContainText(issueStart(issue));
	});
}

test('add a claims CSV with an unknown metric and a ragged row: the good rows load, the bad ones are named', async ({ page }) => {
	const expected = parseClaimsCsv(read('claims-bad.csv'), 'claims-bad.csv');
	expect(expected.issues.map((i) => i.column ?? '')).toEqual(['metric', '']);
	await page.getByTestId('file-input').setInputFiles(fixture('claims-bad.csv'));
	const papers = new Set(expected.claims.map((c) => c.paper_id)).size;
	await expect(page.getByTestId('report-summary')).toHaveText(summary(papers, expected.claims.length));
	await expect(page.getByTestId('report')).toContainText('claims CSV');
	await expect(page.getByTestId('report-issues').locator('li')).toHaveText(expected.issues.map(formatIssue));
	await expect(page.getByTestId('report-issues')).toContainText('row 3 column metric: unknown metric "happiness"');
});

test('a file that is not UTF-8 is refused with its name, line and what to do', async ({ page }) => {
	await page.getByTestId('file-input').setInputFiles(fixture('latin1.txt'));
	const issue = page.getByTestId('report-issues');
	await expect(issue).toContainText('latin1.txt:1: the file is not UTF-8 text');
	await expect(issue).toContainText('Save it as UTF-8');
	await expect(page.getByTestId('report-summary')).toHaveCount(0);
});

test('several files at once: each reported, and all papers kept across a reload', async ({ page }) => {
	const names = ['plain.txt', 'arxiv.jsonl', 'latin1.txt', 'papers.csv'];
	const good = names.filter((n) => n !== 'latin1.txt').map((n) => extractText(read(n), { source: n }));
	await page.getByTestId('file-input').setInputFiles(names.map(fixture));
	await expect(page.getByTestId('report')).toHaveCount(names.length);
	const papers = good.reduce((n, r) => n + r.papers.length, 0);
	const claims = good.reduce((n, r) => n + r.claims.length, 0);
	await expect(page.getByTestId('your-counts')).toContainText(`${papers} papers, ${claims} claims`);
	await page.reload();
	await expect(page.getByTestId('your-counts')).toContainText(`${papers} papers, ${claims} claims`);
});

test('pasted text is kept across a reload before it is extracted', async ({ page }) => {
	await page.getByTestId('paste-input').fill(TWO_ABSTRACTS);
	await page.waitForTimeout(400); // the draft is saved 300 ms after the last keystroke
	await page.reload();
	await expect(page.getByTestId('paste-input')).toHaveValue(TWO_ABSTRACTS);
});
