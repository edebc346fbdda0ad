import { describe, expect, it } from 'vitest';
import { makeClaim } from '../testing/claims.ts';
import { Explorer } from './explorer.svelte.ts';
import { DEFAULT_FILTERS } from './filters.ts';

const claims = [
	makeClaim({ paper_id: 'b', title: 'Beta', claim: 2 }),
	makeClaim({ paper_id: 'b', title: 'Beta', claim: 1, metric: 'speed', higher_is_better: true, change: 'increase', unit: 'x', value_low: 2, value_high: 2 }),
	makeClaim({ paper_id: 'a', title: 'Alpha', claim: 1 })
];
const papers = [{ paper_id: 'a', title: 'Alpha', date: '', abstract: 'text' }];

describe('Explorer', () => {
	it('has the expected defaults', () => {
		const e = new Explorer();
		expect(e.status).toBe('idle');
		expect(e.claims).toEqual([]);
		expect(e.filters).toEqual(DEFAULT_FILTERS);
	});

	it('setClaims(claims, papers) swaps the dataset and everything derived follows', () => {
		const e = new Explorer();
		e.setClaims(claims, papers, [], 'mine');
		expect(e.status).toBe('ready');
		expect(e.datasetName).toBe('mine');
		expect(e.filtered).toHaveLength(3);
		expect(e.sorted.map((c) => `${c.paper_id}#${c.claim}`)).toEqual(['a#1', 'b#1', 'b#2']);
		expect(e.claimsByPaper.get('b')!.map((c) => c.claim)).toEqual([1, 2]);
		expect(e.papersById.get('a')?.abstract).toBe('text');

		e.filters = { ...DEFAULT_FILTERS, metrics: ['speed'] };
		expect(e.filtered.map((c) => `${c.paper_id}#${c.claim}`)).toEqual(['b#1']);
		expect(e.counts.metrics.latency).toBe(2);

		e.setClaims(claims.slice(0, 1), []);
		expect(e.filtered).toEqual([]);
		expect(e.counts.metrics.latency).toBe(1);
	});

	it('keeps its claims array when given the same claims again, so only the papers change', () => {
		const e = new Explorer();
		e.setClaims(claims, []);
		const before = e.claims;
		e.setClaims([...claims], papers);
		expect(e.claims).toBe(before);
		expect(e.papersById.get('a')?.abstract).toBe('text');
		e.setClaims(claims.slice(1), papers);
		expect(e.claims).toHaveLength(claims.length - 1);
	});

	it('is in error when nothing loaded and a file was unreadable', () => {
		const e = new Explorer();
		e.setClaims([], [], [{ source: 'claims.csv', reason: 'could not be loaded', severity: 'fatal' }]);
		expect(e.status).toBe('error');
	});

	it('loadOnce(load) loads a dataset once', async () => {
		const e = new Explorer();
		let calls = 0;
		const load = async () => {
			calls++;
			return { claims, papers, issues: [] };
		};
		await Promise.all([e.loadOnce(load, 'bundled'), e.loadOnce(load, 'bundled')]);
		expect(calls).toBe(1);
		expect(e.claims).toHaveLength(3);
	});
});
