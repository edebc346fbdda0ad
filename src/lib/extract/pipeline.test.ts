import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/schema.ts';
import { claimProblem, extractText } from './pipeline.ts';
import type { Paper } from './types.ts';

const paper: Paper = { paper_id: 'p', title: 'P', date: '', abstract: 'It runs 2x faster.', source: 's', line: 1 };
const claim: Claim = {
	paper_id: 'p', title: 'P', date: '', claim: 1, quote: '2x faster', start: 8, end: 17,
	metric: 'speed', higher_is_better: true, value_low: 2, value_high: 2, unit: 'x', qualifier: 'exact',
	change: 'increase', baseline: '', baseline_value: null, context: '', norm_kind: 'factor', norm_low: 2, norm_high: 2, norm_unit: 'x'
};

describe('claimProblem', () => {
	it('accepts a claim that keeps the row invariants', () => {
		expect(claimProblem(paper, claim)).toBeNull();
	});
	it('names the broken invariant', () => {
		expect(claimProblem(paper, { ...claim, start: 7 })).toContain('not at 7..17');
		expect(claimProblem(paper, { ...claim, value_low: 3 })).toContain('value_low 3 is above value_high 2');
		expect(claimProblem(paper, { ...claim, norm_low: 3 })).toContain('norm_low 3 is above norm_high 2');
	});
});

describe('extractText', () => {
	it('reads papers in the detected format and returns claims that keep the invariants', () => {
		const text = 'Fast Paper\nOur method is 3.5x faster than vLLM and cuts latency by 28-71%.\n\nSlow Paper\nNothing measured here.\n';
		const r = extractText(text, { source: 'pasted text' });
		expect(r.format).toBe('text');
		expect(r.papers.map((p) => p.paper_id)).toEqual(['fast-paper', 'slow-paper']);
		for (const c of r.claims) {
			const p = r.papers.find((q) => q.paper_id === c.paper_id)!;
			expect(claimProblem(p, c)).toBeNull();
		}
	});

	it('honours a forced format and keeps reader issues', () => {
		const r = extractText('title,abstract\nA,\nB,text', { source: 'x', format: 'csv' });
		expect(r.format).toBe('csv');
		expect(r.papers.map((p) => p.title)).toEqual(['B']);
		expect(r.issues).toHaveLength(1);
	});

	it('warns when two papers share a paper_id, keeping both', () => {
		const r = extractText('Same Title\nOne.\n\nSame title!\nTwo.', { source: 'x' });
		expect(r.papers).toHaveLength(2);
		expect(r.issues).toEqual([expect.objectContaining({ line: 4, column: 'paper_id', severity: 'warning' })]);
		expect(r.issues[0].reason).toContain('line 1');
	});

	it('never throws on hostile text', () => {
		const hostile = ['', '\uFEFF', '{', '"', 'title,abstract\n"', '\u0000\uFFFF\uD800', '9'.repeat(10000) + '%x-×', '·\nMay 1, 2020\n• 1 author'];
		for (const t of hostile) expect(() => extractText(t, { source: 'h' })).not.toThrow();
	});
});

describe('claims CSV of a paper without claims', () => {
	it('is the header line only, as the CLI streams it', async () => {
		const { writeClaimsCsv } = await import('../claims/csv.ts');
		const { CLAIM_COLUMNS } = await import('../claims/schema.ts');
		expect(writeClaimsCsv([])).toBe(CLAIM_COLUMNS.join(',') + '\n');
	});
});
