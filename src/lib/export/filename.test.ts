import { describe, expect, it } from 'vitest';
import { exportFilename, fileSlug, viewSlugParts } from './filename.ts';

describe('exportFilename', () => {
	it('exportFilename(subject, "all", ext) names the unfiltered view `all`', () => {
		expect(exportFilename('claims', 'all', 'csv')).toBe('claimscope-claims-all.csv');
		expect(exportFilename('claims', {}, '.csv')).toBe('claimscope-claims-all.csv');
	});
	it('names the filters of the view, most telling first', () => {
		expect(
			exportFilename('claims', { metrics: ['latency', 'speed'], normKinds: ['factor'], hideQualifiers: ['up_to'], baseline: 'vLLM' }, 'csv')
		).toBe('claimscope-claims-latency-speed-factor-no-up-to-vs-vllm.csv');
		expect(exportFilename('comparison', { dateFrom: '2024-01-01', q: 'Speculative decoding!' }, 'png')).toBe(
			'claimscope-comparison-2024-01-01-to-now-search-speculative-decoding.png'
		);
	});
	it('keeps names short and safe for every file system', () => {
		const name = exportFilename('claims', { q: 'x'.repeat(500), baseline: '../../etc/passwd', paper: 'a/b\\c:d*e?' }, 'csv');
		expect(name.length).toBeLessThanOrEqual(124);
		expect(name).toMatch(/^[a-z0-9-]+\.csv$/);
	});
});

describe('fileSlug', () => {
	it('fileSlug(text) lowercases, strips accents and joins words with -', () => {
		expect(fileSlug('Café  Über—Fast 2×')).toBe('cafe-uber-fast-2');
		expect(fileSlug('--a--')).toBe('a');
	});
	it('cuts long slugs at a dash', () => {
		expect(fileSlug('alpha-beta-gamma', 12)).toBe('alpha-beta');
	});
	it('viewSlugParts({}) is empty', () => {
		expect(viewSlugParts({})).toEqual([]);
	});
});
