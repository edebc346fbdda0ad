import { describe, expect, it } from 'vitest';
import { makeClaim } from '../testing/claims.ts';
import { keepPassed, sortClaims, sortOrder } from './sort.ts';

const claims = [
	makeClaim({ paper_id: 'b', title: 'Beta', claim: 1, value_low: 50, value_high: 50, date: '2024-05-01' }),
	makeClaim({ paper_id: 'a', title: 'Alpha', claim: 2, value_low: 10, value_high: 10, date: '2025-01-01' }),
	makeClaim({ paper_id: 'a', title: 'Alpha', claim: 1, date: '', metric: 'accuracy', higher_is_better: true, change: 'increase', value_low: 3, value_high: 3 })
];
const keys = (list: typeof claims) => list.map((c) => `${c.paper_id}#${c.claim}`);

describe('sortClaims', () => {
	it('sortClaims(claims, "paper", "asc") orders by title then claim number', () => {
		expect(keys(sortClaims(claims, 'paper', 'asc'))).toEqual(['a#1', 'a#2', 'b#1']);
		expect(keys(sortClaims(claims, 'paper', 'desc'))).toEqual(['b#1', 'a#2', 'a#1']);
	});
	it('sortClaims(claims, "value", dir) sorts factors before deltas, by value', () => {
		expect(keys(sortClaims(claims, 'value', 'asc'))).toEqual(['a#2', 'b#1', 'a#1']);
	});
	it('sortClaims(claims, "date", "desc") puts the newest first', () => {
		expect(keys(sortClaims(claims, 'date', 'desc'))).toEqual(['a#2', 'b#1', 'a#1']);
	});
	it('returns a copy and leaves the input unchanged', () => {
		const before = keys(claims);
		const sorted = sortClaims(claims, 'date', 'asc');
		expect(sorted).not.toBe(claims);
		expect(keys(claims)).toEqual(before);
	});
});

describe('keepPassed', () => {
	it('equals sorting the filtered claims', () => {
		const passed = Uint8Array.from([1, 0, 1]);
		const order = sortOrder(claims, 'value', 'asc');
		expect(keys(keepPassed(claims, order, passed))).toEqual(keys(sortClaims([claims[0], claims[2]], 'value', 'asc')));
	});
});
