import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeClaimsCsv } from '../claims/csv.ts';
import type { Claim } from '../claims/schema.ts';
import { extractInChunks, isClaimsCsv, papersOfClaims } from './chunked.ts';
import { extractText } from './pipeline.ts';
import type { Paper } from './types.ts';

function paper(i: number): Paper {
	return { paper_id: `p${i}`, title: `Paper ${i}`, date: '', abstract: `We are ${i}x faster.`, source: 's', line: i };
}

function claimOf(p: Paper): Claim {
	return {
		paper_id: p.paper_id, title: p.title, date: p.date, claim: 1, quote: p.abstract, start: 0, end: p.abstract.length,
		metric: 'speed', higher_is_better: true, value_low: 2, value_high: 2, unit: 'x', qualifier: 'exact', change: 'increase',
		baseline: '', baseline_value: null, context: '', norm_kind: 'factor', norm_low: 2, norm_high: 2, norm_unit: 'x'
	};
}

const papers = Array.from({ length: 10 }, (_, i) => paper(i));
const readPapers = () => ({ papers, issues: [{ source: 's', line: 4, reason: 'bad', severity: 'skipped' as const }], format: 'text' as const });

describe('extractInChunks', () => {
	it('extractInChunks(text) finds the claims of every paper and reports progress per chunk', async () => {
		const progress: [number, number][] = [];
		const out = await extractInChunks('ignored', {
			source: 's', chunkSize: 4, readPapers, findClaims: (p) => [claimOf(p)],
			onProgress: (d, t) => progress.push([d, t])
		});
		expect(out?.papers).toHaveLength(10);
		expect(out?.claims.map((c) => c.paper_id)).toEqual(papers.map((p) => p.paper_id));
		expect(out?.issues).toHaveLength(1);
		expect(out?.format).toBe('text');
		expect(progress).toEqual([[0, 10], [4, 10], [8, 10], [10, 10]]);
	});

	it('extractInChunks(text) stops between chunks when cancelled and returns null', async () => {
		let found = 0;
		let chunks = 0;
		const out = await extractInChunks('ignored', {
			source: 's', chunkSize: 3, readPapers,
			findClaims: (p) => { found++; return [claimOf(p)]; },
			pause: async () => { chunks++; },
			isCancelled: () => chunks > 2
		});
		expect(out).toBeNull();
		expect(found).toBe(6);
	});

	it('extractInChunks(text) loads a claims CSV as claims, with its issues and papers', async () => {
		const good = claimOf(paper(1));
		const csv = writeClaimsCsv([good, { ...good, claim: 2 }], { extensions: true });
		const broken = csv.trimEnd() + '\n' + csv.split('\n')[1].replace('speed', 'speedz') + '\n';
		expect(isClaimsCsv(broken)).toBe(true);
		const out = await extractInChunks(broken, { source: 'mine.csv', findClaims: () => { throw new Error('not called'); } });
		expect(out?.format).toBe('claims');
		expect(out?.claims).toHaveLength(2);
		expect(out?.papers.map((p) => p.paper_id)).toEqual(['p1']);
		expect(out?.issues).toEqual([expect.objectContaining({ source: 'mine.csv', row: 3, column: 'metric' })]);
	});

	it('isClaimsCsv(text) tells a claims CSV from a papers CSV', () => {
		expect(isClaimsCsv('\uFEFF"paper_id","quote","metric","value_low"\r\n')).toBe(true);
		expect(isClaimsCsv('id,title,abstract\n1,a,b')).toBe(false);
		expect(isClaimsCsv('')).toBe(false);
	});

	it('papersOfClaims(claims) gives one paper per paper_id, in order of appearance', () => {
		const a = claimOf(paper(1));
		const b = claimOf(paper(2));
		expect(papersOfClaims([a, b, a], 'x').map((p) => p.paper_id)).toEqual(['p1', 'p2']);
	});
});

describe('extractInChunks agrees with extractText', () => {
	const inputs: [string, string][] = [
		['data/daily-papers-latency.txt', readFileSync('data/daily-papers-latency.txt', 'utf8')],
		['a.jsonl', '{"id":"2401.00001","title":"Fast","abstract":"We are 3x faster than vLLM.","update_date":"2024-01-02"}\nnot json\n{"id":"2401.00002","title":"Fast","abstract":"Up to 20% lower latency."}\n'],
		['b.csv', 'title,abstract\nA,"It cuts memory by 40%."\nB,\nA,"Again 2x."\n']
	];
	for (const [source, text] of inputs) {
		it(`extractInChunks(text) gives the same papers, claims and issues as extractText for ${source}`, async () => {
			const expected = extractText(text, { source });
			const got = await extractInChunks(text, { source, chunkSize: 3 });
			expect(got).toEqual({ papers: expected.papers, claims: expected.claims, issues: expected.issues, format: expected.format });
		});
	}
});
