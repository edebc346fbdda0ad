import { describe, expect, it } from 'vitest';
import { median } from './median.ts';

function sortedMedian(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

describe('median', () => {
	it('equals the middle of the sorted values, for odd and even counts, ties, sorted and reversed input', () => {
		let seed = 3;
		const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
		const cases: number[][] = [[5], [2, 1], [1, 1, 1, 1], [3, 1, 2], Array.from({ length: 1000 }, (_, i) => i), Array.from({ length: 1001 }, (_, i) => -i)];
		for (let t = 0; t < 300; t++) {
			const n = 1 + Math.floor(rand() * 200);
			// Few distinct values in some cases, so ties are common.
			const distinct = t % 3 === 0 ? 3 : 1e6;
			cases.push(Array.from({ length: n }, () => Math.floor(rand() * distinct) / 7 - 50));
		}
		for (const values of cases) expect(median(Float64Array.from(values))).toBe(sortedMedian(values));
	});
	it('is NaN for no values', () => {
		expect(median(new Float64Array(0))).toBeNaN();
	});
});
