import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/schema.ts';
import { compareText } from '../text/compare.ts';
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

describe('sortOrder', () => {
	it('orders as sorting with the claim comparators does, for every key and direction', () => {
		let seed = 11;
		const rand = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
		const titles = ['Alpha', 'alpha', 'Beta 10', 'Beta 2', 'gamma', 'Älpha'];
		const metrics = ['latency', 'speed', 'accuracy'] as const;
		const many = Array.from({ length: 300 }, () => {
			const metric = metrics[rand(3)];
			return makeClaim({
				paper_id: `p${rand(8)}`,
				title: titles[rand(titles.length)],
				claim: rand(5) + 1,
				date: rand(4) ? `2025-0${rand(9) + 1}-01` : '',
				metric,
				higher_is_better: metric !== 'latency',
				change: metric === 'latency' ? 'decrease' : 'increase',
				unit: metric === 'accuracy' ? 'pp' : 'x',
				value_low: rand(50) / 10 + 1.1,
				value_high: rand(50) / 10 + 6.2
			});
		});
		const byPaper = (a: Claim, b: Claim) => compareText(a.title, b.title) || compareText(a.paper_id, b.paper_id) || a.claim - b.claim;
		const kinds = ['factor', 'delta', 'level', ''];
		const reference: Record<string, (a: Claim, b: Claim) => number> = {
			paper: byPaper,
			date: (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
			metric: (a, b) => metrics.indexOf(a.metric as (typeof metrics)[number]) - metrics.indexOf(b.metric as (typeof metrics)[number]),
			value: (a, b) => kinds.indexOf(a.norm_kind) - kinds.indexOf(b.norm_kind) || (a.norm_high ?? -Infinity) - (b.norm_high ?? -Infinity),
			qualifier: () => 0
		};
		for (const key of ['paper', 'date', 'metric', 'value', 'qualifier'] as const)
			for (const dir of ['asc', 'desc'] as const) {
				const sign = dir === 'asc' ? 1 : -1;
				const expected = many.map((_, i) => i).sort((i, j) => sign * reference[key](many[i], many[j]) || byPaper(many[i], many[j]) || i - j);
				expect([...sortOrder(many, key, dir)], `${key} ${dir}`).toEqual(expected);
			}
	});
});
