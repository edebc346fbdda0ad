import { describe, expect, it } from 'vitest';
import { makeClaim } from '../../testing/claims.ts';
import { summarizeCharted } from './charted.ts';

describe('summarizeCharted', () => {
	it('summarizeCharted(claims) lists charted families in contract order and counts table-only claims', () => {
		const claims = [
			makeClaim({ metric: 'accuracy', norm_kind: 'delta', norm_low: 1, norm_high: 1 }),
			makeClaim({ metric: 'latency', norm_kind: 'factor', norm_low: 2, norm_high: 2 }),
			makeClaim({ metric: 'memory', norm_kind: 'level', norm_low: 3, norm_high: 3 }),
			makeClaim({ metric: 'speed', norm_kind: '', norm_low: null, norm_high: null })
		];
		expect(summarizeCharted(claims)).toEqual({ metrics: ['latency', 'accuracy'], notCharted: 2 });
	});
	it('summarizeCharted([]) has no families and nothing left out', () => {
		expect(summarizeCharted([])).toEqual({ metrics: [], notCharted: 0 });
	});
});
