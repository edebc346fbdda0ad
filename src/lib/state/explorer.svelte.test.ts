import { describe, expect, it } from 'vitest';
import { makeClaim } from '../testing/claims.ts';
import { BACKGROUND_SORT_ABOVE, Explorer } from './explorer.svelte.ts';
import { orderOfColumns, sortClaims, type SortColumns } from './sort.ts';
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

	it('past BACKGROUND_SORT_ABOVE claims the table order comes from sortInBackground, for the current sort only', async () => {
		const e = new Explorer();
		const many = Array.from({ length: BACKGROUND_SORT_ABOVE + 1 }, (_, i) => makeClaim({ paper_id: `p${(i * 7919) % 1000}`, title: `Paper ${(i * 7919) % 1000}`, claim: i }));
		e.setClaims(many, []);
		expect(e.sorting).toBe(true);
		// Meanwhile the rows are in file order.
		expect(e.sorted).toBe(e.filtered);

		const inProcess = async (columns: SortColumns) => orderOfColumns(columns);
		await e.sortInBackground(inProcess);
		expect(e.sorting).toBe(false);
		expect(e.sorted.map((c) => c.claim)).toEqual(sortClaims(many, 'paper', 'asc').map((c) => c.claim));

		// A new sort: pending again, the previous order shown meanwhile; a filter keeps the order.
		const before = e.sorted;
		e.filters = { ...DEFAULT_FILTERS, sort: 'paper', dir: 'desc' };
		expect(e.sorting).toBe(true);
		expect(e.sorted).toEqual(before);
		await e.sortInBackground(inProcess);
		expect(e.sorted.map((c) => c.claim)).toEqual(sortClaims(many, 'paper', 'desc').map((c) => c.claim));
		e.filters = { ...DEFAULT_FILTERS, sort: 'paper', dir: 'desc', paper: 'p7' };
		expect(e.sorted.map((c) => c.claim)).toEqual(sortClaims(many, 'paper', 'desc').filter((c) => c.paper_id === 'p7').map((c) => c.claim));

		// An order for claims that were replaced meanwhile is dropped.
		const pending = e.sortInBackground(inProcess);
		e.setClaims([...many].reverse(), []);
		await pending;
		expect(e.sorting).toBe(true);
	});
});
