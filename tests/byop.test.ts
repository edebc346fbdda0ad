/**
 * Bring your own papers: extraction in the worker with progress, file inputs good and bad, and
 * curation that survives reloads and travels in the CSV. Expected counts come from the same pure
 * pipeline the worker runs (imported here in Node), never hard-coded.
 */
import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseClaimsCsv } from '../src/lib/claims/csv.ts';
import { formatIssue, type InputIssue } from '../src/lib/claims/issues.ts';
import type { Claim } from '../src/lib/claims/schema.ts';
import { formatFactor } from '../src/lib/charts/comparison/geometry.ts';
import { extractText } from '../src/lib/extract/pipeline.ts';
import { addClaim, applyCuration, claimKey, editClaim, EMPTY_CURATION } from '../src/lib/state/curation.ts';

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

test('a paste of megabytes is kept aside (not in the text box), survives a reload and is extracted like a file', async ({ page }) => {
	// 1,200 distinct papers (~0.3 MB), past the size where the text box would freeze the tab.
	const text = Array.from({ length: 1200 }, (_, i) => TWO_ABSTRACTS.replace(/^(\S+)/gm, `$1 ${i} 😀`)).join('\n');
	const expected = extractText(text, { source: 'pasted text' });
	expect(expected.papers.length).toBeGreaterThan(2000);
	const paste = (content: string) =>
		page.getByTestId('paste-input').evaluate((el, content) => {
			const data = new DataTransfer();
			data.setData('text/plain', content);
			el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
		}, content);
	await paste(text);
	const kept = page.getByTestId('large-paste');
	await expect(kept).toContainText(`${text.split('\n').length.toLocaleString('en-US')} lines`);
	await expect(page.getByTestId('paste-input')).toHaveValue('');
	await page.reload();
	await expect(kept).toBeVisible();
	await kept.getByTestId('extract-large-paste').click();
	await expect(page.getByTestId('report-summary')).toHaveText(summary(expected.papers.length, expected.claims.length));
	await kept.getByTestId('discard-large-paste').click();
	await expect(kept).toHaveCount(0);
	await page.reload();
	await expect(page.getByTestId('your-counts')).toContainText(`${expected.papers.length} papers`);
	await expect(kept).toHaveCount(0);
	// A small paste still goes into the box as usual.
	await page.getByTestId('paste-input').focus();
	await page.keyboard.insertText('Title\nAbstract');
	await expect(page.getByTestId('paste-input')).toHaveValue('Title\nAbstract');
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

// ---- Curation in the explorer -------------------------------------------------------------

const bundled = parseClaimsCsv(readFileSync('data/claims.csv', 'utf8'), 'claims.csv').claims;
const byKey = (key: string) => {
	const [paperId, n] = key.split('#');
	const claim = bundled.find((c) => c.paper_id === paperId && String(c.claim) === n);
	if (!claim) throw new Error(`no bundled claim ${key}`);
	return claim;
};

async function downloadCsv(page: Page, testId: string): Promise<string> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
	return readFileSync((await download.path())!, 'utf8');
}

/** The first factor claim of the bundled data in the table, and its row. */
async function firstFactorRow(page: Page) {
	await page.goto('/?kind=factor');
	const row = page.getByTestId('claim-row').first();
	const claim = byKey((await row.getAttribute('data-key'))!);
	return { row, claim };
}

/** Opens the editor on `row` and sets both values to `value`. */
async function editValue(page: Page, row: ReturnType<Page['getByTestId']>, value: number) {
	await row.getByTestId('edit-claim').click();
	const editor = page.getByTestId('claim-editor');
	await editor.getByTestId('edit-value-low').fill(String(value));
	await editor.getByTestId('edit-value-high').fill(String(value));
	await expect(editor.getByTestId('edit-preview')).toContainText('Normalized:');
	await editor.getByTestId('edit-save').click();
	await expect(editor).toBeHidden();
}

test('edit a claim: table, chart and downloaded CSV show the new normalization; it survives a reload', async ({ page }) => {
	const { row, claim } = await firstFactorRow(page);
	const newValue = claim.value_high + 7;
	const expected = applyCuration([claim], editClaim(EMPTY_CURATION, claimKey(claim), { value_low: newValue, value_high: newValue }))[0];
	expect(expected.norm_kind).toBe('factor');
	const label = formatFactor(expected.norm_high!);

	await editValue(page, row, newValue);
	const edited = page.locator(`[data-testid=claim-row][data-key="${claim.paper_id}#${claim.claim}"]`);
	await expect(edited.getByTestId('claim-status')).toHaveText('edited');
	await expect(edited.getByTestId('claim-value')).toHaveText(label);
	const mark = page.locator(`[data-testid=claim-mark][data-key="${claim.paper_id}#${claim.claim}"]`);
	await expect(mark).toHaveAttribute('aria-label', new RegExp(`; ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

	const csv = parseClaimsCsv(await downloadCsv(page, 'download-full'), 'download.csv');
	expect(csv.hasStatus).toBe(true);
	const downloaded = csv.claims.find((c) => claimKey(c) === claimKey(claim))!;
	expect(downloaded).toMatchObject({ value_low: newValue, value_high: newValue, norm_low: expected.norm_low, norm_high: expected.norm_high, status: 'edited' });
	expect(csv.claims).toHaveLength(bundled.length);

	await page.reload();
	await expect(edited.getByTestId('claim-status')).toHaveText('edited');
	await expect(edited.getByTestId('claim-value')).toHaveText(label);
});

test('after an edit the page goes idle (the curated claims are handed over once, not in a loop)', async ({ page }) => {
	const { row, claim } = await firstFactorRow(page);
	await editValue(page, row, claim.value_high + 3);
	// An effect that depended on what it wrote re-ran about once per millisecond after any edit.
	const idle = await page.evaluate(
		() =>
			new Promise<number>((done) => {
				let best = 0;
				const until = performance.now() + 2000;
				const ask = () =>
					requestIdleCallback((d) => {
						best = Math.max(best, d.timeRemaining());
						if (best >= 30 || performance.now() > until) done(best);
						else ask();
					});
				ask();
			})
	);
	expect(idle).toBeGreaterThanOrEqual(30);
});

test('reject a claim: it leaves the chart and table, undo brings it back', async ({ page }) => {
	const { row, claim } = await firstFactorRow(page);
	const marks = await page.getByTestId('claim-mark').count();
	const rows = Number(await page.getByTestId('claims-table').getAttribute('data-row-count'));
	await row.getByTestId('edit-claim').click();
	await page.getByTestId('edit-reject').click();
	await expect(page.getByTestId('claims-table')).toHaveAttribute('data-row-count', String(rows - 1));
	await expect(page.getByTestId('claim-mark')).toHaveCount(marks - 1);
	await expect(page.getByTestId('curation-counts')).toContainText('1 rejected');
	await page.getByTestId('undo').click();
	await expect(page.getByTestId('claims-table')).toHaveAttribute('data-row-count', String(rows));
	await expect(page.locator(`[data-testid=claim-row][data-key="${claim.paper_id}#${claim.claim}"]`)).toHaveCount(1);
	await page.getByTestId('redo').click();
	await expect(page.getByTestId('claims-table')).toHaveAttribute('data-row-count', String(rows - 1));
});

/** Selects a phrase of the abstract that is not highlighted as a claim; returns it. */
async function selectUnclaimedPhrase(page: Page): Promise<string> {
	const phrase = await page.getByTestId('abstract').evaluate((el) => {
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (node.parentElement?.closest('mark')) continue;
			const text = node.textContent ?? '';
			const m = /[A-Za-z]{4,}(?: [A-Za-z]{3,}){2}/.exec(text);
			if (!m) continue;
			const range = document.createRange();
			range.setStart(node, m.index);
			range.setEnd(node, m.index + m[0].length);
			const sel = document.getSelection()!;
			sel.removeAllRanges();
			sel.addRange(range);
			return m[0];
		}
		return null;
	});
	expect(phrase).not.toBeNull();
	return phrase!;
}

/** Opens the bundled data's first paper and counts its claims once they have rendered. */
async function openFirstPaper(page: Page): Promise<number> {
	await page.goto(`/paper/${encodeURIComponent(bundled[0].paper_id)}`);
	await expect(page.getByTestId('paper-claim').first()).toBeVisible();
	return page.getByTestId('paper-claim').count();
}

test('add a missed claim by selecting its text in the paper view', async ({ page }) => {
	const before = await openFirstPaper(page);
	const phrase = await selectUnclaimedPhrase(page);
	const add = page.getByTestId('add-from-selection');
	await expect(add).toContainText(phrase);
	await add.click();
	const editor = page.getByTestId('claim-editor');
	await expect(editor).toContainText(`“${phrase}”`);
	await editor.getByTestId('edit-value-low').fill('2');
	await editor.getByTestId('edit-value-high').fill('2');
	await editor.getByTestId('edit-unit').fill('x');
	await editor.getByTestId('edit-save').click();
	await expect(page.getByTestId('paper-claim')).toHaveCount(before + 1);
	await expect(page.getByTestId('paper-claim').filter({ hasText: phrase }).getByTestId('claim-status')).toHaveText('added');
	await page.reload();
	await expect(page.getByTestId('paper-claim')).toHaveCount(before + 1);
});

test('cancelling the editor of a claim being added leaves nothing behind', async ({ page }) => {
	const before = await openFirstPaper(page);
	for (const close of ['cancel', 'escape'] as const) {
		await selectUnclaimedPhrase(page);
		await page.getByTestId('add-from-selection').click();
		const editor = page.getByTestId('claim-editor');
		await expect(editor).toBeVisible();
		await editor.getByTestId('edit-value-low').fill('3');
		if (close === 'cancel') await editor.getByTestId('edit-cancel').click();
		else await page.keyboard.press('Escape');
		await expect(editor).toBeHidden();
		await expect(page.getByTestId('paper-claim')).toHaveCount(before);
	}
	await page.reload();
	await expect(page.getByTestId('paper-claim').first()).toBeVisible();
	await expect(page.getByTestId('paper-claim')).toHaveCount(before);
	expect(await page.evaluate(() => localStorage.getItem('claimscope:curation:v1'))).toBeNull();
});

test('"All claims" from a paper view returns to the explorer as it was left: your dataset, filters and chart', async ({ page }) => {
	await page.getByTestId('paste-input').fill(TWO_ABSTRACTS);
	await page.getByTestId('extract-button').click();
	await expect(page.getByTestId('report')).toHaveCount(1);
	const view = '/?metric=memory&metric=speed&data=yours&chart=pareto';
	await page.goto(view);
	await page.getByRole('tab', { name: 'Comparison' }).click();
	// The view is written to the history after the frame that shows it: wait for it.
	await expect(page).not.toHaveURL(/chart=/);
	await expect(page).toHaveURL(/data=yours/);
	const left = new URL(page.url());
	const rows = page.getByTestId('claim-row');
	await expect(rows.first()).toBeVisible();
	const shown = await rows.count();
	await rows.first().getByRole('link').click();
	await expect(page.getByTestId('paper-title')).toBeVisible();
	await page.reload(); // a reloaded paper page still knows the way back
	await page.getByTestId('back-to-explorer').click();
	await expect(page).toHaveURL(`${left.pathname}${left.search}`);
	await expect(rows).toHaveCount(shown);
	// The header's Explorer link leads back to the same view from the add page too.
	await page.goto('/add');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Explorer' }).click();
	await expect(page).toHaveURL(`${left.pathname}${left.search}`);
});

test('edits whose claims are no longer in the data are reported with a count and kept, never deleted', async ({ page }) => {
	const gone = { ...bundled[0], start: bundled[0].start + 100000, end: bundled[0].end + 100000 };
	// An edit of a claim whose span moved when the data was rebuilt, and a claim added to a removed paper.
	const stored = addClaim(editClaim(EMPTY_CURATION, claimKey(gone), { value_low: 9, value_high: 9 }), { ...bundled[0], paper_id: 'removed-paper' });
	await page.evaluate((value) => localStorage.setItem('claimscope:curation:v1', value), JSON.stringify(stored));
	await page.goto('/');
	await expect(page.getByTestId('unmatched-edits')).toContainText('2 of your edits are for claims or papers that are no longer in the data');
	// Another edit is saved beside them: the unmatched ones stay in storage.
	const { row } = await firstFactorRow(page);
	await editValue(page, row, 42);
	const after = JSON.parse((await page.evaluate(() => localStorage.getItem('claimscope:curation:v1')))!);
	expect(after.claims[claimKey(gone)]).toEqual(stored.claims[claimKey(gone)]);
	expect(after.added).toEqual(stored.added);
	expect(Object.keys(after.claims)).toHaveLength(2);
});

test('download then load the CSV: the same claims with the same statuses', async ({ page }) => {
	const { row } = await firstFactorRow(page);
	await editValue(page, row, 42);
	await page.getByTestId('claim-row').nth(1).getByTestId('edit-claim').click();
	await page.getByTestId('edit-verified').check();
	await page.getByTestId('edit-save').click();
	await page.getByTestId('claim-row').nth(2).getByTestId('edit-claim').click();
	await page.getByTestId('edit-reject').click();
	await page.goto('/');
	const first = await downloadCsv(page, 'download-full');
	const original = parseClaimsCsv(first, 'first.csv');
	expect(original.claims.map((c) => c.status ?? 'extracted').sort()).toEqual(
		[...Array(bundled.length - 2).fill('extracted'), 'edited', 'rejected'].sort()
	);

	// Another browser: no stored edits, only the file.
	await page.evaluate(() => localStorage.clear());
	await page.goto('/add');
	await page.getByTestId('file-input').setInputFiles({ name: 'claims-curated.csv', mimeType: 'text/csv', buffer: Buffer.from(first) });
	await expect(page.getByTestId('report')).toContainText('claims CSV');
	await page.getByTestId('show-yours').click();
	await expect(page.getByTestId('claims-table')).toHaveAttribute('data-row-count', String(bundled.length - 1));
	const again = parseClaimsCsv(await downloadCsv(page, 'download-full'), 'again.csv');
	const fields = (c: Claim) => ({ ...c, status: c.status ?? 'extracted', verified: c.verified ?? false });
	expect(again.claims.map(fields)).toEqual(original.claims.map(fields));
});

test('an edit made in one tab shows in another', async ({ page, context }) => {
	const { row, claim } = await firstFactorRow(page);
	const other = await context.newPage();
	await other.goto('/?kind=factor');
	const sameRow = other.locator(`[data-testid=claim-row][data-key="${claim.paper_id}#${claim.claim}"]`);
	await expect(sameRow.getByTestId('claim-status')).toHaveText('extracted');
	await editValue(page, row, claim.value_high + 1);
	await expect(sameRow.getByTestId('claim-status')).toHaveText('edited');
});

test('the dataset choice is in the URL; "yours" without papers says how to add some', async ({ page }) => {
	await page.goto('/');
	await page.getByTestId('dataset-yours').click();
	await expect(page).toHaveURL(/[?&]data=yours/);
	await expect(page.getByTestId('no-user-papers')).toBeVisible();
	await page.getByTestId('dataset-bundled').click();
	await expect(page).not.toHaveURL(/data=/);
	await expect(page.getByTestId('claims-table')).toHaveAttribute('data-row-count', String(bundled.length));
});

test('cancel stops a large extraction: nothing of it is added, and the next input still works', async ({ page }) => {
	const big = Array.from({ length: 20_000 }, (_, i) => `Paper number ${i}\nThis system is ${(i % 9) + 2}x faster than the baseline on task ${i}.`).join('\n\n');
	await page.getByTestId('file-input').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(big) });
	await expect(page.getByTestId('progress')).toContainText(/of 20000 papers/);
	await page.getByTestId('cancel-button').click();
	await expect(page.getByTestId('report')).toContainText('big.txt: cancelled');
	await expect(page.getByTestId('progress')).toHaveCount(0);
	await expect(page.getByTestId('your-counts')).toHaveCount(0);
	await page.getByTestId('file-input').setInputFiles(fixture('plain.txt'));
	await expect(page.getByTestId('report')).toHaveCount(2);
	await expect(page.getByTestId('your-counts')).toContainText('2 papers');
});
