import { describe, expect, it } from 'vitest';
import { exportFilename } from '../export/filename.ts';
import { describeFilters, paretoFileSubject } from './describe.ts';
import { DEFAULT_FILTERS } from './filters.ts';
import { DEFAULT_PARETO_VIEW } from './pareto-view.ts';

describe('describeFilters(filters)', () => {
	it('says "All claims" for the unfiltered view', () => {
		expect(describeFilters({ ...DEFAULT_FILTERS, sort: 'date', chart: 'tradeoff' })).toBe('All claims');
	});
	it('writes every filter in words, a paper by its title', () => {
		const text = describeFilters(
			{ ...DEFAULT_FILTERS, metrics: ['latency', 'speed'], normKinds: ['factor', 'none'], hideQualifiers: ['up_to'], baseline: 'vLLM', paper: 'p1', dateFrom: '2024-01-01', q: ' spec ' },
			(id) => (id === 'p1' ? 'Paper One' : id)
		);
		expect(text).toBe('Claims filtered to: Latency, Speed-up · factor, not normalized · without “up to” claims · vs vLLM · paper: Paper One · from 2024-01-01 · matching “spec”');
	});
});

describe('paretoFileSubject(view)', () => {
	it('names both axes, short names for whole groups', () => {
		expect(paretoFileSubject(DEFAULT_PARETO_VIEW)).toBe('tradeoff latency speed throughput factor vs quality delta');
		expect(exportFilename(paretoFileSubject(DEFAULT_PARETO_VIEW), 'all', 'png')).toBe('claimscope-tradeoff-latency-speed-throughput-factor-vs-quality-delta-all.png');
	});
	it('adds the unit of a level, worst, and per context', () => {
		const view = { ...DEFAULT_PARETO_VIEW, x: { families: ['latency'] as const, kind: 'level' as const, unit: 'ms', aggregate: 'worst' as const }, per: 'context' as const };
		expect(paretoFileSubject(view)).toBe('tradeoff worst latency level ms vs quality delta per context');
	});
});
