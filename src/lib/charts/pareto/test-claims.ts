/** Test helper: a claim with contract defaults, overridden by `over`. Not part of the public surface. */
import type { Claim } from '../../claims/schema.ts';

export function makeClaim(over: Partial<Claim>): Claim {
	return {
		paper_id: 'p1',
		title: 'Paper one',
		date: '2025-01-01',
		claim: 1,
		quote: 'q',
		start: 0,
		end: 1,
		metric: 'latency',
		higher_is_better: false,
		value_low: 1,
		value_high: 1,
		unit: 'x',
		qualifier: 'exact',
		change: 'decrease',
		baseline: '',
		baseline_value: null,
		context: '',
		norm_kind: 'factor',
		norm_low: 1,
		norm_high: 1,
		norm_unit: 'x',
		...over
	};
}
