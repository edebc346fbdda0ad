import { describe, expect, it } from 'vitest';
import { FacetTally, topCodes } from './facet-tally.ts';

describe('topCodes', () => {
	it('keeps the same codes as a stable sort by count then slice, in input order', () => {
		let seed = 7;
		const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 9) + 1;
		const counts = Uint32Array.from({ length: 500 }, rand);
		// Codes in a scrambled order, as first-counted order is.
		const codes = Array.from({ length: 500 }, (_, i) => (i * 211) % 500);
		for (const k of [0, 1, 10, 57, 400, 499, 500, 600]) {
			const expected = new Set([...codes].sort((a, b) => counts[b] - counts[a]).slice(0, k));
			expect(topCodes(codes, counts, k)).toEqual(codes.filter((c) => expected.has(c)));
		}
	});
});

describe('FacetTally', () => {
	const names = ['a', 'b', 'c', 'd'];
	const codeOf = new Map(names.map((n, i) => [n, i]));
	// 'a' and 'd' counted (d first), 'b' and 'c' not.
	const tally = new FacetTally(names, codeOf, Uint32Array.from([2, 0, 0, 5]), [3, 0]);

	it('reads like the Map the filter pass used to fill', () => {
		expect(tally.size).toBe(2);
		expect(tally.entries()).toEqual([
			['d', 5],
			['a', 2]
		]);
		expect(tally.get('a')).toBe(2);
		expect(tally.get('b')).toBeUndefined();
		expect(tally.has('b')).toBe(false);
		expect(tally.has('zzz')).toBe(false);
		expect(tally.top(1)).toEqual([['d', 5]]);
	});
});
