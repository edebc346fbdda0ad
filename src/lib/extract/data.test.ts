/**
 * The committed data files must be what the extractor produces now: when the finder or a reader
 * changes, `npm run data` regenerates them (this runs the same pure pipeline as the CLI).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeClaimsCsv } from '../claims/csv.ts';
import { writePapersCsv } from './papers-csv.ts';
import { extractText } from './pipeline.ts';

const SOURCE = 'data/daily-papers-latency.txt';
const read = (path: string) => readFileSync(path, 'utf8');

describe('bundled data', () => {
	const result = extractText(read(SOURCE), { source: SOURCE });

	it('data/claims.csv is what the extractor produces from the seed page', () => {
		const same = read('data/claims.csv') === writeClaimsCsv(result.claims);
		expect(same, 'data/claims.csv is stale: run npm run data and commit it').toBe(true);
	});

	it('data/papers.csv is what the extractor reads from the seed page', () => {
		const same = read('data/papers.csv') === writePapersCsv(result.papers);
		expect(same, 'data/papers.csv is stale: run npm run data and commit it').toBe(true);
	});

	it('the seed page reads without issues', () => {
		expect(result.format).toBe('daily');
		expect(result.papers.length).toBeGreaterThan(30);
		expect(result.issues).toEqual([]);
	});
});
