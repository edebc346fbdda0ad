/** Test helpers: a valid claim with sensible defaults, overridden field by field. */
import { applyNormalization } from '../claims/csv.ts';
import type { Claim } from '../claims/schema.ts';

export function makeClaim(fields: Partial<Claim> = {}): Claim {
	const claim: Claim = {
		paper_id: 'p1',
		title: 'Paper One: Fast Things',
		date: '2025-01-15',
		claim: 1,
		quote: 'up to 29% latency gains',
		start: 0,
		end: 23,
		metric: 'latency',
		higher_is_better: false,
		value_low: 29,
		value_high: 29,
		unit: '%',
		qualifier: 'up_to',
		change: 'decrease',
		baseline: '',
		baseline_value: null,
		context: '',
		norm_kind: '',
		norm_low: null,
		norm_high: null,
		norm_unit: '',
		...fields
	};
	// Norms follow the facts unless the test sets them explicitly.
	return 'norm_kind' in fields ? claim : applyNormalization(claim);
}
