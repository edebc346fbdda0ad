import { describe, expect, it } from 'vitest';
import { generateClaims } from '../../../../bench/synthetic-claims.ts';
import { filterClaims } from '../../state/filters.ts';
import { DEFAULT_FILTERS } from '../../state/filters.ts';
import { makeClaim } from '../../testing/claims.ts';
import { createDenseGeometry } from './dense.ts';
import { denseGeometryOfSelection, selectionApplies } from './dense-selection.ts';

const OPTIONS = { rowUnit: 'claim', groupBy: 'metric' } as const;
const claims = generateClaims(4000, 11);

describe('denseGeometryOfSelection', () => {
	it.each([
		['every claim', {}],
		['one family', { metrics: ['latency'] }],
		['two families', { metrics: ['accuracy', 'speed'] }],
		['factors only', { normKinds: ['factor'] }],
		['a search', { q: 'x' }],
		['nothing', { metrics: ['bandwidth'], q: 'no such words at all' }]
	] as const)('equals createDenseGeometry of the selected claims: %s', (_, change) => {
		const result = filterClaims(claims, { ...DEFAULT_FILTERS, ...change } as typeof DEFAULT_FILTERS);
		const fromColumns = denseGeometryOfSelection({ all: claims, passed: result.passed }, { width: 900 });
		expect(fromColumns).toEqual(createDenseGeometry(result.claims, { width: 900 }, OPTIONS));
	});

	it('counts levels and unnormalized claims as not charted, like the claim path', () => {
		const few = [
			makeClaim({ claim: 1, norm_kind: 'level', norm_low: 3, norm_high: 3 }),
			makeClaim({ claim: 2, norm_kind: '', norm_low: null, norm_high: null }),
			makeClaim({ claim: 3, norm_kind: 'factor', norm_low: 0, norm_high: 2 }),
			makeClaim({ claim: 4 })
		];
		const g = denseGeometryOfSelection({ all: few, passed: new Uint8Array([1, 1, 1, 1]) }, { width: 700 });
		expect(g).toEqual(createDenseGeometry(few, { width: 700 }, OPTIONS));
	});

	it('applies to family strips with a row per claim only', () => {
		expect(selectionApplies(OPTIONS)).toBe(true);
		expect(selectionApplies({ rowUnit: 'paper', groupBy: 'metric' })).toBe(false);
		expect(selectionApplies({ rowUnit: 'claim', groupBy: 'baseline' })).toBe(false);
	});
});
