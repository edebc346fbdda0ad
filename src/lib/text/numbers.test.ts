import { describe, expect, it } from 'vitest';
import { formatNumber } from './numbers.ts';

describe('formatNumber', () => {
	it('formats as toLocaleString("en-US") does', () => {
		for (const n of [0, 1, 12.5, 1234, 1234567.891, -0.0004, 99999.9999])
			expect(formatNumber(n)).toBe(n.toLocaleString('en-US'));
		expect(formatNumber(2.345, 1)).toBe((2.345).toLocaleString('en-US', { maximumFractionDigits: 1 }));
	});
});
