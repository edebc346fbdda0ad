import { describe, expect, it } from 'vitest';
import { parseClaimsCsv, writeClaimsCsv } from '../src/lib/claims/csv.ts';
import { generateClaims } from './synthetic-claims.ts';

describe('generateClaims', () => {
	it('is deterministic for a seed and gives exactly n valid claims', () => {
		const a = generateClaims(2000, 7);
		expect(a).toHaveLength(2000);
		expect(generateClaims(2000, 7)).toEqual(a);
		expect(generateClaims(2000, 8)).not.toEqual(a);
		const back = parseClaimsCsv(writeClaimsCsv(a));
		expect(back.issues).toEqual([]);
		expect(back.claims).toHaveLength(2000);
		for (const c of a) {
			expect(c.value_low).toBeLessThanOrEqual(c.value_high);
			if (c.norm_low !== null) expect(c.norm_low).toBeLessThanOrEqual(c.norm_high!);
		}
	});
	it('spreads over families, kinds and qualifiers like real corpora', () => {
		const claims = generateClaims(5000);
		const kinds = new Set(claims.map((c) => c.norm_kind));
		expect(kinds).toEqual(new Set(['factor', 'delta', 'level']));
		expect(new Set(claims.map((c) => c.metric)).size).toBeGreaterThanOrEqual(12);
		expect(new Set(claims.map((c) => c.qualifier)).size).toBe(6);
		const papers = new Set(claims.map((c) => c.paper_id));
		expect(papers.size).toBeGreaterThan(claims.length / 8);
		expect(papers.size).toBeLessThan(claims.length / 1.5);
	});
});
