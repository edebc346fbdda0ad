import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { scanRegularCsv } from './csv-scan.ts';
import { parseClaimsCsv, writeClaimsCsv } from './csv.ts';
import type { Claim } from './schema.ts';
import { makeClaim } from '../testing/claims.ts';

/** The records papaparse reads from `text` (header included). */
function papaRecords(text: string): string[][] {
	return Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data as string[][];
}

/** What scanRegularCsv hands its visitor, or null when it returns false. */
function scan(text: string): { fields: readonly string[]; records: string[][]; rows: number[] } | null {
	let fields: readonly string[] = [];
	const records: string[][] = [];
	const rows: number[] = [];
	const regular = scanRegularCsv(text, {
		header: (f) => (fields = f),
		record: (cells, row) => {
			// The cells array is reused: copy it.
			records.push([...cells]);
			rows.push(row);
		}
	});
	return regular ? { fields, records, rows } : null;
}

describe('scanRegularCsv', () => {
	it('reads what papaparse reads from regular CSV: quotes, escaped quotes, commas, newlines, unicode, empty cells', () => {
		const text = 'A, B ,c\n"x, ""y""",,"line\nbreak"\nplain,“curly” ×,\n"","",z';
		const scanned = scan(text)!;
		expect(scanned.fields).toEqual(['a', 'b', 'c']);
		expect(scanned.rows).toEqual([1, 2, 3]);
		expect(scanned.records).toEqual(papaRecords(text).slice(1));
		expect(scan(text + '\n')!.records).toEqual(papaRecords(text).slice(1));
		expect(scan('A,b')).toEqual({ fields: ['a', 'b'], records: [], rows: [] });
	});
	it('returns false for anything papaparse must decide', () => {
		for (const text of [
			'',
			'a,b\r\n1,2\r\n', // CRLF
			'a,b\n1\n', // too few fields
			'a,b\n1,2,3\n', // too many
			'a,b\n1,2\n\n3,4\n', // blank line
			'a,b\n1,2\n,\n', // an all-empty record (greedy skip)
			'a,b\n"1,2\n', // unterminated quote
			'a,b\n"1"x,2\n', // text after a closing quote
			'a,b\n1"x,2\n', // a quote inside an unquoted field
			'a,A\n1,2\n', // duplicate header names after lowercasing
			'a,b\n1,'
		])
			expect(scan(text), JSON.stringify(text)).toBeNull();
	});
});

describe('parseClaimsCsv: the fast reader and papaparse agree', () => {
	const claims: Claim[] = [
		makeClaim({ title: 'A paper, with "quotes"' }),
		makeClaim({ claim: 2, title: '“curly” ×, −3.8%', quote: '=cmd', baseline: '@x', metric: 'accuracy', higher_is_better: true, change: 'decrease', value_low: 3.8 }),
		makeClaim({ claim: 3, baseline_value: 60, qualifier: 'up_to', value_high: 40 })
	];
	it('gives the same claims as papaparse (the same file with CRLF line ends, which only papaparse reads)', () => {
		const text = writeClaimsCsv(claims, { extensions: true });
		expect(scan(text)).not.toBeNull();
		expect(scan(text.replaceAll('\n', '\r\n'))).toBeNull();
		const fast = parseClaimsCsv(text);
		expect(fast.claims.length).toBe(3);
		expect(fast).toEqual(parseClaimsCsv(text.replaceAll('\n', '\r\n')));
	});
	it('reports bad rows with the same row, column and reason', () => {
		const plain = [1, 2, 3].map((claim) => makeClaim({ claim, title: 'Plain title' }));
		const lines = writeClaimsCsv(plain).trimEnd().split('\n');
		const header = lines[0].split(',');
		const bad = lines[2].split(',');
		bad[header.indexOf('metric')] = 'vibes';
		const worse = lines[3].split(',');
		worse[header.indexOf('value_low')] = 'abc';
		const text = [lines[0], lines[1], bad.join(','), worse.join(',')].join('\n') + '\n';
		const fast = parseClaimsCsv(text, 'f.csv');
		expect(fast.claims.length).toBe(1);
		expect(fast.issues.map((i) => [i.row, i.column])).toEqual([
			[2, 'metric'],
			[3, 'value_low']
		]);
		expect(fast).toEqual(parseClaimsCsv(text.replaceAll('\n', '\r\n'), 'f.csv'));
	});
	it('drops what it read when the text turns irregular (a short record after good ones): papaparse decides', () => {
		const plain = [1, 2, 3].map((claim) => makeClaim({ claim, title: 'Plain title' }));
		const lines = writeClaimsCsv(plain).trimEnd().split('\n');
		const text = [lines[0], lines[1], lines[2], 'only,three,cells', lines[3]].join('\n') + '\n';
		expect(scan(text)).toBeNull();
		const result = parseClaimsCsv(text, 'r.csv');
		expect(result.claims.map((c) => c.claim)).toEqual([1, 2, 3]);
		expect(result.issues.map((i) => [i.row, i.severity])).toEqual([[3, 'skipped']]);
		expect(result).toEqual(parseClaimsCsv(text.replaceAll('\n', '\r\n'), 'r.csv'));
	});
	it('reports missing columns the same way', () => {
		const text = 'quote,metric\nx,latency\n';
		expect(parseClaimsCsv(text)).toEqual(parseClaimsCsv(text.replaceAll('\n', '\r\n')));
		expect(parseClaimsCsv(text).issues[0].severity).toBe('fatal');
	});
});
