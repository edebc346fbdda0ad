/**
 * Random and hostile inputs in every format: readers never throw, and every paper they return
 * keeps the invariants the rest of the pipeline relies on.
 */
import { describe, expect, it } from 'vitest';
import { INPUT_FORMATS, type ReadResult } from '../types.ts';
import { readPapers } from './index.ts';
import { createRandom } from '../../testing/random.ts';

const ATOMS = ['\n', '\n\n', '\r\n', ' ', ',', '"', '""', '{', '}', '[', ']', ':', '\\', 'title', 'abstract', 'id', 'date',
	'"title"', '"abstract"', '·', '•', ' 3 authors', 'May 16, 2025', '2x', '18\\%', '–', '×', '🚀', '\uFEFF', '\u0000', 'é', 'null', '1e999', 'Title Words Here', 'We reduce latency by 30%.'];

function randomText(rand: () => number, length: number): string {
	let s = '';
	while (s.length < length) s += ATOMS[Math.floor(rand() * ATOMS.length)];
	return s;
}

function checkPapers(r: ReadResult) {
	for (const p of r.papers) {
		expect(p.abstract.length).toBeGreaterThan(0);
		expect(p.abstract).toBe(p.abstract.trim());
		expect(p.abstract).not.toContain('\r');
		expect(p.title.trim()).not.toBe('');
		expect(p.paper_id).not.toBe('');
		expect(p.date).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
		expect(p.line).toBeGreaterThanOrEqual(1);
	}
	for (const i of r.issues) expect(i.reason.length).toBeGreaterThan(0);
}

describe('readers on random input', () => {
	it('never throw and return only valid papers, in every format and by detection', { timeout: 60_000 }, () => {
		const rand = createRandom(42);
		for (let n = 0; n < 300; n++) {
			const text = randomText(rand, Math.floor(rand() * 600));
			for (const format of [undefined, ...INPUT_FORMATS]) {
				let r: ReadResult | undefined;
				expect(() => (r = readPapers(text, { source: 'fuzz', format })), `${format}: ${JSON.stringify(text)}`).not.toThrow();
				checkPapers(r!);
			}
		}
	});

	it('handle 100 KB of hostile text in every format', { timeout: 60_000 }, () => {
		const hostile = ['9'.repeat(100_000), '"'.repeat(100_000), '{'.repeat(100_000), '\n'.repeat(100_000), 'a,'.repeat(50_000), '·\n'.repeat(50_000)];
		for (const text of hostile)
			for (const format of INPUT_FORMATS) checkPapers(readPapers(text, { source: 'hostile', format }));
	});
});
