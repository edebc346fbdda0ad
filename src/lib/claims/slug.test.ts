import { describe, expect, it } from 'vitest';
import { slugify, titleKey } from './slug.ts';

describe('slugify', () => {
	it('lowercases and turns runs of other characters into one dash', () => {
		expect(slugify('MC-MoE: Mixture Compressor for Mixture-of-Experts LLMs Gains More')).toBe(
			'mc-moe-mixture-compressor-for-mixture-of-experts-llms-gains'
		);
	});
	it('cuts at a dash to at most 60 characters', () => {
		const s = slugify('TokenWeave: Efficient Compute-Communication Overlap for Distributed LLM Inference');
		expect(s).toBe('tokenweave-efficient-compute-communication-overlap-for');
		expect(s.length).toBeLessThanOrEqual(60);
	});
	it('keeps a cut that lands exactly on a word end', () => {
		const title = 'a'.repeat(30) + ' ' + 'b'.repeat(29) + ' more';
		expect(slugify(title)).toBe('a'.repeat(30) + '-' + 'b'.repeat(29));
	});
	it('cuts hard a title without dashes, and trims dashes', () => {
		expect(slugify('x'.repeat(80))).toHaveLength(60);
		expect(slugify('  ¿Qué?  ')).toBe('qu');
	});
});

describe('titleKey', () => {
	it('keeps letters and digits only, lowercased', () => {
		expect(titleKey('RePaViT: Scalable ViT-2')).toBe('repavitscalablevit2');
	});
});
