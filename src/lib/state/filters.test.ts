import { describe, expect, it } from 'vitest';
import { makeClaim } from '../testing/claims.ts';
import {
	applyFilters,
	clearFilters,
	DEFAULT_FILTERS,
	filterClaims,
	type Filters,
	isFiltered,
	parseFilters,
	serializeFilters
} from './filters.ts';

const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

const claims = [
	makeClaim({ paper_id: 'a', title: 'Alpha: serving', claim: 1, quote: 'up to 29% latency gains', baseline: 'vLLM', date: '2024-03-01' }),
	makeClaim({ paper_id: 'a', title: 'Alpha: serving', claim: 2, quote: '2x higher throughput', metric: 'throughput', higher_is_better: true, value_low: 2, value_high: 2, unit: 'x', change: 'increase', qualifier: 'exact', baseline: 'vLLM', date: '2024-03-01' }),
	makeClaim({ paper_id: 'b', title: 'Beta: reasoning', claim: 1, quote: '+11% on AIME 2024', metric: 'accuracy', higher_is_better: true, value_low: 11, value_high: 11, change: 'increase', qualifier: 'exact', date: '2025-06-10' }),
	makeClaim({ paper_id: 'b', title: 'Beta: reasoning', claim: 2, quote: 'top-1 accuracy of 93.05%', metric: 'accuracy', higher_is_better: true, value_low: 93.05, value_high: 93.05, change: 'level', qualifier: 'about', date: '2025-06-10' }),
	makeClaim({ paper_id: 'c', title: 'Gamma', claim: 1, quote: '500 fewer tokens', metric: 'tokens', value_low: 500, value_high: 500, unit: 'tokens', qualifier: 'average', date: '' })
];

describe('DEFAULT_FILTERS', () => {
	it('has the expected defaults: nothing filtered, one row per claim grouped by family', () => {
		expect(DEFAULT_FILTERS).toMatchObject({ metrics: [], normKinds: [], hideQualifiers: [], baseline: '', paper: '', q: '', rowUnit: 'claim', groupBy: 'metric', sort: 'paper', dir: 'asc', chart: 'comparison' });
		expect(isFiltered(DEFAULT_FILTERS)).toBe(false);
	});
});

describe('serializeFilters / parseFilters', () => {
	it('serializeFilters(DEFAULT_FILTERS) is empty: defaults are omitted from the URL', () => {
		expect(serializeFilters(DEFAULT_FILTERS).toString()).toBe('');
	});

	const cases: [string, Partial<Filters>][] = [
		['one metric', { metrics: ['latency'] }],
		['several lists', { metrics: ['latency', 'speed'], normKinds: ['factor', 'none'], hideQualifiers: ['up_to', 'about'] }],
		['text with special characters', { baseline: 'vLLM & co, v0.2', q: 'speculative "decoding" 2x', paper: '2401.09670' }],
		['dates', { dateFrom: '2024-01-01', dateTo: '2024-12-31' }],
		['view options', { rowUnit: 'paper', groupBy: 'baseline', sort: 'value', dir: 'desc' }]
	];
	for (const [name, patch] of cases) {
		it(`round-trips ${name} and writes only the changed fields`, () => {
			const filters = f(patch);
			const params = serializeFilters(filters);
			expect(parseFilters(new URLSearchParams(params.toString()))).toEqual(filters);
			const names = new Set([...params.keys()]);
			expect(names.size).toBe(Object.keys(patch).length);
		});
	}

	it('parseFilters ignores unknown and invalid values', () => {
		const parsed = parseFilters(new URLSearchParams('metric=latency&metric=bogus&kind=x&hide=nope&rows=table&from=2024-13&dir=up&chart=pie&utm=1'));
		expect(parsed).toEqual(f({ metrics: ['latency'] }));
	});

	it('parseFilters orders lists canonically so equal views give equal URLs', () => {
		const a = parseFilters(new URLSearchParams('metric=speed&metric=latency&metric=speed'));
		expect(a.metrics).toEqual(['latency', 'speed']);
		expect(serializeFilters(a).toString()).toBe('metric=latency&metric=speed');
	});
});

describe('clearFilters', () => {
	it('clearFilters(f) turns every filter off and keeps the view options', () => {
		const view = { rowUnit: 'paper', groupBy: 'baseline', sort: 'value', dir: 'desc', chart: 'tradeoff' } as const;
		const cleared = clearFilters(f({ ...view, metrics: ['latency'], normKinds: ['delta'], hideQualifiers: ['about'], baseline: 'b', paper: 'p', dateFrom: '2024-01-01', dateTo: '2024-02-01', q: 'x' }));
		expect(isFiltered(cleared)).toBe(false);
		expect(cleared).toEqual(f(view));
	});
});

describe('applyFilters', () => {
	const keys = (list: typeof claims) => list.map((c) => `${c.paper_id}#${c.claim}`);

	it('applyFilters(claims, DEFAULT_FILTERS) keeps every claim in order', () => {
		expect(applyFilters(claims, DEFAULT_FILTERS)).toEqual(claims);
	});
	it('filters by metric family', () => {
		expect(keys(applyFilters(claims, f({ metrics: ['accuracy'] })))).toEqual(['b#1', 'b#2']);
	});
	it('filters by norm kind, with none for unnormalized claims', () => {
		expect(keys(applyFilters(claims, f({ normKinds: ['factor'] })))).toEqual(['a#1', 'a#2']);
		expect(keys(applyFilters(claims, f({ normKinds: ['none'] })))).toEqual(['c#1']);
		expect(keys(applyFilters(claims, f({ normKinds: ['delta', 'level'] })))).toEqual(['b#1', 'b#2']);
	});
	it('hides qualifiers', () => {
		expect(keys(applyFilters(claims, f({ hideQualifiers: ['up_to', 'exact'] })))).toEqual(['b#2', 'c#1']);
	});
	it('filters by baseline and paper', () => {
		expect(keys(applyFilters(claims, f({ baseline: 'vLLM' })))).toEqual(['a#1', 'a#2']);
		expect(keys(applyFilters(claims, f({ paper: 'b' })))).toEqual(['b#1', 'b#2']);
	});
	it('filters by date range, inclusive, hiding undated claims once a bound is set', () => {
		expect(keys(applyFilters(claims, f({ dateFrom: '2024-03-01' })))).toEqual(['a#1', 'a#2', 'b#1', 'b#2']);
		expect(keys(applyFilters(claims, f({ dateTo: '2024-12-31' })))).toEqual(['a#1', 'a#2']);
	});
	it('searches title and quote, case-insensitively, every word', () => {
		expect(keys(applyFilters(claims, f({ q: 'ALPHA throughput' })))).toEqual(['a#2']);
		expect(keys(applyFilters(claims, f({ q: 'aime' })))).toEqual(['b#1']);
		expect(applyFilters(claims, f({ q: 'nothing-like-this' }))).toEqual([]);
	});
	it('combines filters', () => {
		expect(keys(applyFilters(claims, f({ metrics: ['latency', 'accuracy'], normKinds: ['factor', 'delta'], q: 'a' })))).toEqual(['a#1', 'b#1']);
	});
	it('does not mutate its inputs', () => {
		const before = structuredClone(claims);
		const filters = f({ metrics: ['latency'], q: 'x' });
		const filtersBefore = structuredClone(filters);
		applyFilters(claims, filters);
		expect(claims).toEqual(before);
		expect(filters).toEqual(filtersBefore);
	});
});

describe('filterClaims counts', () => {
	it('counts each facet value given every other filter', () => {
		const { claims: shown, counts } = filterClaims(claims, f({ metrics: ['accuracy'], hideQualifiers: ['about'] }));
		expect(shown.map((c) => c.quote)).toEqual(['+11% on AIME 2024']);
		// Metric counts ignore the metric filter but apply the qualifier filter.
		expect(counts.metrics).toMatchObject({ latency: 1, throughput: 1, accuracy: 1, tokens: 1 });
		// Qualifier counts ignore the qualifier filter but apply the metric filter.
		expect(counts.qualifiers).toMatchObject({ exact: 1, about: 1, up_to: 0 });
		expect(counts.normKinds).toMatchObject({ delta: 1, level: 0, factor: 0 });
		expect(counts.papers.get('b')).toBe(1);
		expect(counts.papers.has('a')).toBe(false);
	});
	it('counts baselines, with the empty baseline as its own value', () => {
		const { counts } = filterClaims(claims, DEFAULT_FILTERS);
		expect(counts.baselines.get('vLLM')).toBe(2);
		expect(counts.baselines.get('')).toBe(3);
	});
});

describe('filterClaims identity', () => {
	it('returns the input array when nothing is filtered out, a new one otherwise', () => {
		const claims = [makeClaim({ claim: 1 }), makeClaim({ claim: 2, metric: 'speed', change: 'increase', unit: 'x', value_low: 2 })];
		expect(filterClaims(claims, DEFAULT_FILTERS).claims).toBe(claims);
		const latency = filterClaims(claims, { ...DEFAULT_FILTERS, metrics: ['latency'] }).claims;
		expect(latency).not.toBe(claims);
		expect(latency).toEqual([claims[0]]);
	});
});
