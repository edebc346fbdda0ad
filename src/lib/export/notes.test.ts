import { describe, expect, it } from 'vitest';
import { isoDate, NORMALIZATION_NOTE, sourceLine } from './notes.ts';

describe('figure notes', () => {
	it('sourceLine(claims, papers) counts with singulars', () => {
		expect(sourceLine(89, 28)).toBe('Source: Claimscope, 89 claims from 28 papers');
		expect(sourceLine(1, 1, 'bundled')).toBe('Source: Claimscope (bundled), 1 claim from 1 paper');
	});
	it('isoDate(date) is the UTC day', () => {
		expect(isoDate(new Date(Date.UTC(2026, 10, 23, 23, 59)))).toBe('2026-11-23');
	});
	it('the normalization note names both kinds and the 1/(1−p) rule', () => {
		expect(NORMALIZATION_NOTE).toContain('factor');
		expect(NORMALIZATION_NOTE).toContain('delta');
		expect(NORMALIZATION_NOTE).toContain('1/(1−p)');
	});
});
