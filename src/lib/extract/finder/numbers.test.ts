import { describe, expect, it } from 'vitest';
import { scanNumbers } from './numbers.ts';

/** `[text of group, kind, [low, high, unit] per item, baseline value]` for each group. */
function groups(text: string) {
	return scanNumbers(text).map((g) => [
		text.slice(g.start, g.end),
		g.kind,
		g.items.map((it) => [it.low, it.high, it.unit]),
		g.baselineValue
	]);
}

describe('scanNumbers', () => {
	it.each([
		['up to 29% latency', [['29%', 'single', [[29, 29, '%']], null]]],
		['by 18\\% overall', [['18\\%', 'single', [[18, 18, '%']], null]]],
		['a 1,250.5 ms wait', [['1,250.5 ms', 'single', [[1250.5, 1250.5, 'ms']], null]]],
		['2.8x-5.8x speedups', [['2.8x-5.8x', 'single', [[2.8, 5.8, 'x']], null]]],
		['by 28-71% overall', [['28-71%', 'single', [[28, 71, '%']], null]]],
		['by 1.4–11.2x', [['1.4–11.2x', 'single', [[1.4, 11.2, 'x']], null]]],
		['from 3.1 to 7.4 times', [['3.1 to 7.4 times', 'single', [[3.1, 7.4, 'x']], null]]],
		['between 10 and 20% less', [['10 and 20%', 'single', [[10, 20, '%']], null]]],
		['from 120 ms to 45 ms', [['120 ms to 45 ms', 'fromTo', [[45, 45, 'ms']], 120]]],
		['83.4% vs. 60.0% at', [['83.4% vs. 60.0%', 'vs', [[83.4, 83.4, '%']], 60]]],
		['1.3x/1.9x lower', [['1.3x/1.9x', 'list', [[1.3, 1.3, 'x'], [1.9, 1.9, 'x']], null]]],
		['1.3/1.9x lower', [['1.3/1.9x', 'list', [[1.3, 1.3, 'x'], [1.9, 1.9, 'x']], null]]],
		['of 93.05%, 70.15% and 67.71% on', [['93.05%, 70.15% and 67.71%', 'list', [[93.05, 93.05, '%'], [70.15, 70.15, '%'], [67.71, 67.71, '%']], null]]],
		['by 7.4% (28.7%) over', [['7.4% (28.7%)', 'paren', [[7.4, 7.4, '%'], [28.7, 28.7, '%']], null]]],
		['is 6times fewer', [['6times', 'single', [[6, 6, 'x']], null]]],
		['a 3-fold gain', [['3-fold', 'single', [[3, 3, 'x']], null]]],
		['2.1 points higher', [['2.1 points', 'single', [[2.1, 2.1, 'pp']], null]]],
		['1,250 tokens/s peak', [['1,250 tokens/s', 'single', [[1250, 1250, 'tokens/s']], null]]],
		['uses 16GB of memory', [['16GB', 'single', [[16, 16, 'GB']], null]]],
		['3.2 × lower', [['3.2 ×', 'single', [[3.2, 3.2, 'x']], null]]],
		['roughly a factor of 5', [['a factor of 5', 'single', [[5, 5, 'x']], null]]],
		['by a factor of two', [['a factor of two', 'single', [[2, 2, 'x']], null]]],
		['an order of magnitude', [['an order of magnitude', 'single', [[10, 10, 'x']], null]]],
		['two orders of magnitude fewer', [['two orders of magnitude', 'single', [[100, 100, 'x']], null]]],
		['approximately four times as fast', [['four times', 'single', [[4, 4, 'x']], null]]],
		['is twice as fast', [['twice', 'single', [[2, 2, 'x']], null]]],
		['halves the memory', [['halves', 'single', [[50, 50, '%']], null]]]
	])('%s', (text, expected) => {
		expect(groups(text)).toEqual(expected);
	});

	it.each([
		['Qwen3-1.7B/0.6B and RP@10 and T=5 and top-1 and MATH-500', 0],
		['conv2d and EAGLE3 and ResNet50', 0]
	])('skips identifiers in %s', (text, count) => {
		expect(scanNumbers(text)).toHaveLength(count);
	});

	it('marks model sizes, adjectives, powers and signs', () => {
		const [size, adjective, power, signed] = scanNumbers('8B model, 16-bit weights, 10^4 hours, -19.3% tokens').map((g) => g.items[0]);
		expect(size).toMatchObject({ low: 8e9, magnitude: 'B' });
		expect(adjective).toMatchObject({ low: 16, hyphenWord: true });
		expect(power).toMatchObject({ low: 1e4, power: true });
		expect(signed).toMatchObject({ low: 19.3, sign: '-', unit: '%' });
	});

	it('keeps a year or count out of a following list of values', () => {
		expect(groups('on AIME 2024 and +9% on AIME 2025')).toEqual([
			['2024', 'single', [[2024, 2024, '']], null],
			['+9%', 'single', [[9, 9, '%']], null],
			['2025', 'single', [[2025, 2025, '']], null]
		]);
	});

	it('reads `provide25-33X` (a lost space) as a range, marked glued', () => {
		const [g] = scanNumbers('provide25-33X higher');
		expect(g.items[0]).toMatchObject({ low: 25, high: 33, unit: 'x', glued: true });
	});

	it('does not read 1990s as seconds', () => {
		expect(groups('in the 1990s')).toEqual([['1990', 'single', [[1990, 1990, '']], null]]);
	});

	it('reads a 100 KB digit run without re-scanning it', () => {
		expect(scanNumbers('9'.repeat(100_000))).toEqual([]);
	});
});
