import { describe, expect, it } from 'vitest';
import { coverSegments, locateQuotes, numberSegments } from './highlight.ts';

const marked = (quote: string, values?: number[]) => numberSegments(quote, values).filter((s) => s.mark).map((s) => s.text);

describe('numberSegments', () => {
	const cases: [string, string[]][] = [
		['up to 29% latency gains', ['29%']],
		['reduces latency by 28-71%', ['28-71%']],
		['2.8x-5.8x wall-clock speedup', ['2.8x-5.8x']],
		['18.7× higher throughput', ['18.7×']],
		['a factor of 5', ['5']],
		['1,000x cheaper', ['1,000x']],
		['four times faster', []]
	];
	for (const [quote, expected] of cases)
		it(`numberSegments(${JSON.stringify(quote)}) marks ${JSON.stringify(expected)}`, () => {
			expect(marked(quote)).toEqual(expected);
			expect(numberSegments(quote).map((s) => s.text).join('')).toBe(quote);
		});
	it('marks only the claimed number when the values are given', () => {
		expect(marked('compared to a 16-bit baseline of 25.48%', [25.48])).toEqual(['25.48%']);
		expect(marked('at 4k context, 2x faster', [7])).toEqual(['4', '2x']);
	});
	it('keeps markup in the text as plain text', () => {
		const segs = numberSegments('<img src=x onerror=alert(1)> 2x');
		expect(segs.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)> 2x');
	});
});

describe('locateQuotes / coverSegments', () => {
	const text = 'We get up to 29% latency gains and 2x throughput.';
	it('uses the offsets when they match, else the first occurrence, else reports the quote missing', () => {
		const items = [
			{ quote: 'up to 29% latency gains', start: 7, end: 30 },
			{ quote: '2x throughput', start: 0, end: 5 },
			{ quote: 'not there', start: 0, end: 9 }
		];
		const { located, missing } = locateQuotes(text, items);
		expect(located.map((l) => text.slice(l.start, l.end))).toEqual(['up to 29% latency gains', '2x throughput']);
		expect(missing).toEqual([items[2]]);
	});
	it('cuts the text at every span boundary, overlapping spans sharing a piece', () => {
		const segs = coverSegments('abcdef', [
			{ start: 1, end: 4, item: 'A' },
			{ start: 3, end: 5, item: 'B' }
		]);
		expect(segs.map((s) => [s.text, s.items.join('')])).toEqual([
			['a', ''],
			['bc', 'A'],
			['d', 'AB'],
			['e', 'B'],
			['f', '']
		]);
	});
});
