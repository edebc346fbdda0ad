import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/schema.ts';
import { addOutcome, combineDatasets, DEFAULT_DATASET, EMPTY_USER_DATA, isDataset, removePaper } from './user-data.ts';

const claim = (paper_id: string, start: number): Claim => ({
	paper_id, title: paper_id, date: '', claim: 1, quote: 'q', start, end: start + 1, metric: 'speed', higher_is_better: true,
	value_low: 2, value_high: 2, unit: 'x', qualifier: 'exact', change: 'increase', baseline: '', baseline_value: null, context: '',
	norm_kind: 'factor', norm_low: 2, norm_high: 2, norm_unit: 'x'
});
const paper = (paper_id: string) => ({ paper_id, title: paper_id, date: '', abstract: 'q', source: 's', line: 1 });

describe('user data', () => {
	it('has the expected defaults', () => {
		expect(EMPTY_USER_DATA).toEqual({ version: 1, papers: [], claims: [], files: [] });
		expect(DEFAULT_DATASET).toBe('bundled');
		expect(isDataset('both')).toBe(true);
		expect(isDataset('all')).toBe(false);
	});

	it('addOutcome(data, outcome, source) appends papers and replaces a paper added again', () => {
		let d = addOutcome(EMPTY_USER_DATA, { papers: [paper('a'), paper('b')], claims: [claim('a', 0), claim('b', 0)], issues: [], format: 'text' }, 'x.txt');
		d = addOutcome(d, { papers: [paper('b')], claims: [claim('b', 5)], issues: [], format: 'text' }, 'y.txt');
		expect(d.papers.map((p) => p.paper_id)).toEqual(['a', 'b']);
		expect(d.claims.map((c) => [c.paper_id, c.start])).toEqual([['a', 0], ['b', 5]]);
		expect(d.files).toEqual([
			{ source: 'x.txt', format: 'text', papers: 2, claims: 2, issues: 0 },
			{ source: 'y.txt', format: 'text', papers: 1, claims: 1, issues: 0 }
		]);
		expect(removePaper(d, 'a').claims.map((c) => c.paper_id)).toEqual(['b']);
	});

	it('combineDatasets(dataset, bundled, yours) picks one side or both without duplicates', () => {
		const bundled = { papers: [paper('a')], claims: [claim('a', 0)] };
		const yours = { papers: [paper('a'), paper('z')], claims: [claim('a', 0), claim('z', 0)] };
		expect(combineDatasets('bundled', bundled, yours).claims).toHaveLength(1);
		expect(combineDatasets('yours', bundled, yours).claims).toHaveLength(2);
		const both = combineDatasets('both', bundled, yours);
		expect(both.papers.map((p) => p.paper_id)).toEqual(['a', 'z']);
		expect(both.claims.map((c) => c.paper_id)).toEqual(['a', 'z']);
	});
});
