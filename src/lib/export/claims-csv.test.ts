// The CSV a user downloads: contract columns, formula-like cells neutralized, and read back equal.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { parseClaimsCsv, writeClaimsCsv } from '../claims/csv.ts';
import { CLAIM_COLUMNS } from '../claims/schema.ts';
import { makeClaim } from '../testing/claims.ts';

const dangerous = ['=HYPERLINK("http://x","y")', '+1+2', '-3.8% accuracy', '@SUM(A1)', '\tx', '\rx', "'=already quoted"];

describe('writeClaimsCsv for downloads', () => {
	it('writes the contract columns in order', () => {
		const header = writeClaimsCsv([makeClaim()]).split('\n')[0];
		expect(header).toBe(CLAIM_COLUMNS.join(','));
	});

	it('neutralizes cells a spreadsheet would run as formulas, in every text column', () => {
		const claims = dangerous.map((text, i) =>
			makeClaim({ claim: i + 1, title: text, quote: text, baseline: text, context: text, paper_id: `p${i}` })
		);
		const rows = Papa.parse<string[]>(writeClaimsCsv(claims).trim(), { header: false }).data.slice(1);
		const col = (name: string) => CLAIM_COLUMNS.indexOf(name as (typeof CLAIM_COLUMNS)[number]);
		for (const row of rows)
			for (const name of ['title', 'quote', 'baseline', 'context'])
				expect(row[col(name)], `${name}: ${JSON.stringify(row[col(name)])}`).toMatch(/^'/);
	});

	it('reads back the same claims (neutralization undone), numbers and text unchanged', () => {
		const claims = [
			...dangerous.map((text, i) => makeClaim({ claim: i + 1, title: text, quote: text, context: text })),
			makeClaim({ claim: 9, title: 'Commas, "quotes"\nand newlines', quote: 'ünïcödé − 1.3×', baseline: '<script>alert(1)</script>' }),
			makeClaim({ claim: 10, quote: '83.4% vs. 60.0%', metric: 'accuracy', higher_is_better: true, value_low: 83.4, value_high: 83.4, change: 'level', baseline_value: 60 })
		];
		const back = parseClaimsCsv(writeClaimsCsv(claims));
		expect(back.issues).toEqual([]);
		// Even a leading tab or carriage return survives: the neutralizing quote keeps it from being trimmed.
		expect(back.claims).toEqual(claims);
	});

	it('round-trips the bundled data/claims.csv', () => {
		const text = readFileSync('data/claims.csv', 'utf8');
		const first = parseClaimsCsv(text);
		expect(first.claims.length).toBeGreaterThan(0);
		expect(parseClaimsCsv(writeClaimsCsv(first.claims)).claims).toEqual(first.claims);
	});
});
