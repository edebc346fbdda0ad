import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findClaims } from './find.ts';
import { readDaily } from './readers/daily.ts';
import { formatScore, type GoldClaim, parseGoldCsv, scoreClaims } from './score.ts';

function loadGold(): GoldClaim[] {
	return parseGoldCsv(readFileSync('src/lib/extract/fixtures/seed-claims.gold.csv', 'utf8'));
}

describe('claim finder on the seed page (gold)', () => {
	const { papers } = readDaily(readFileSync('data/daily-papers-latency.txt', 'utf8'), 'data/daily-papers-latency.txt');
	const predicted = papers.flatMap((p) => findClaims(p));
	const gold = loadGold();

	it('reads the 89 gold rows, 8 of them optional', () => {
		expect(gold).toHaveLength(89);
		expect(gold.filter((g) => g.optional)).toHaveLength(8);
	});

	it('scores at least F1 0.95 and a norm share of 0.95', () => {
		const report = scoreClaims(predicted, gold);
		console.log(formatScore(report));
		expect(report.f1).toBeGreaterThanOrEqual(0.95);
		expect(report.shares.norm).toBeGreaterThanOrEqual(0.95);
	});

	it('yields only rows that keep the contract invariants', () => {
		for (const p of papers) {
			const claims = findClaims(p);
			claims.forEach((c, i) => {
				expect(p.abstract.slice(c.start, c.end)).toBe(c.quote);
				expect(c.claim).toBe(i + 1);
				expect(c.value_low).toBeLessThanOrEqual(c.value_high);
				if (c.norm_low !== null && c.norm_high !== null) expect(c.norm_low).toBeLessThanOrEqual(c.norm_high);
				expect([c.paper_id, c.title, c.date]).toEqual([p.paper_id, p.title, p.date]);
			});
		}
	});
});
