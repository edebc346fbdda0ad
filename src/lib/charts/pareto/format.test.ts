import { describe, expect, it } from 'vitest';
import { formatAxisValue, formatNumber, formatTick, shortTitle } from './format.ts';

describe('format', () => {
	it('formatNumber(v) keeps 3 significant digits (4 from 10) and uses a real minus sign', () => {
		expect([1.408, 18.7, -3.8, 0.6897, 12345, 0].map(formatNumber)).toEqual(['1.41', '18.7', '−3.8', '0.69', '12,345', '0']);
	});
	it('formatAxisValue(v, axis) writes the unit of the axis', () => {
		expect(formatAxisValue(5.8, { kind: 'factor', unit: 'x' })).toBe('5.8×');
		expect(formatAxisValue(1.7, { kind: 'delta', unit: 'pp' })).toBe('+1.7 pts');
		expect(formatAxisValue(-3.8, { kind: 'delta', unit: 'pp' })).toBe('−3.8 pts');
		expect(formatAxisValue(93.05, { kind: 'level', unit: '%' })).toBe('93.05 %');
		expect(formatAxisValue(4, { kind: 'level', unit: '' })).toBe('4');
	});
	it('formatTick(v, kind) puts × on factor ticks only', () => {
		expect([formatTick(2, 'factor'), formatTick(2, 'delta')]).toEqual(['2×', '2']);
	});
	it('shortTitle(title) keeps the name before the colon, else cuts at a word', () => {
		expect(shortTitle('TokenWeave: Efficient Compute-Communication Overlap')).toBe('TokenWeave');
		expect(shortTitle('Fast and accurate decoding for everyone in the world')).toBe('Fast and accurate…');
	});
});
