import { describe, expect, it } from 'vitest';
import { generateClaims } from '../../../bench/synthetic-claims.ts';
import { parseClaimsCsv, writeClaimsCsv } from '../claims/csv.ts';
import { CsvRecordSplitter } from './csv-records.ts';
import { parseClaimsPieces, textPieces } from './stream-claims.ts';

/** Cuts `text` into pieces of pseudo-random sizes (1 to `max` characters). */
function cut(text: string, max: number, seed = 1): string[] {
	const pieces: string[] = [];
	let s = seed;
	for (let i = 0; i < text.length; ) {
		s = (s * 1103515245 + 12345) & 0x7fffffff;
		const n = 1 + (s % max);
		pieces.push(text.slice(i, i + n));
		i += n;
	}
	return pieces;
}

const tricky = [
	'paper_id,title,quote,metric,value_low,unit,change,qualifier',
	'p1,"A title, with a comma","a quote\nover two lines with ""quotes""",latency,29,%,decrease,up_to',
	'p1,Second,"2x faster",speed,2,x,increase,exact',
	'p2,Bad metric,"3x",speedz,3,x,increase,exact',
	'p3,"Quoted\r\nCRLF title","""5x"" faster",speed,5,x,increase,exact',
	'p4,Too few cells',
	'p5,Last without newline,"40% less memory",memory,40,%,decrease,exact'
].join('\n');

describe('CsvRecordSplitter', () => {
	it('splitter.push(piece) returns only whole records, never cutting a quoted field', () => {
		const splitter = new CsvRecordSplitter();
		const runs = cut(tricky, 7).map((p) => splitter.push(p));
		runs.push(splitter.end());
		expect(runs.join('')).toBe(tricky);
		for (const run of runs.slice(0, -1)) if (run) expect(run.endsWith('\n')).toBe(true);
		// The quoted two-line field stays in one run.
		expect(runs.some((r) => r.includes('a quote\nover two lines'))).toBe(true);
	});
});

describe('parseClaimsPieces', () => {
	it('parseClaimsPieces(pieces) equals parseClaimsCsv(whole text), issues and row numbers included', async () => {
		const whole = parseClaimsCsv(tricky, 'x.csv');
		expect(whole.issues.length).toBeGreaterThan(0);
		for (const max of [1, 5, 40, 1000]) expect(await parseClaimsPieces(cut(tricky, max, max), 'x.csv')).toEqual(whole);
	});

	it('gives the same claims as a whole-file parse for a generated file with a BOM and CRLF', async () => {
		const text = '\ufeff' + writeClaimsCsv(generateClaims(700, 3)).replace(/\n/g, '\r\n');
		expect(await parseClaimsPieces(cut(text, 4096), 'g.csv')).toEqual(parseClaimsCsv(text, 'g.csv'));
	});

	it('reports a header without the required columns once, like the whole-file parse', async () => {
		const text = 'paper_id,title\np1,t\np2,u\n';
		expect(await parseClaimsPieces(cut(text, 3), 'h.csv')).toEqual(parseClaimsCsv(text, 'h.csv'));
	});

	it('handles an empty file and a header-only file', async () => {
		expect(await parseClaimsPieces([], 'e.csv')).toEqual(parseClaimsCsv('', 'e.csv'));
		const header = writeClaimsCsv([]);
		expect(await parseClaimsPieces([header], 'e.csv')).toEqual(parseClaimsCsv(header, 'e.csv'));
	});

	it('reads a byte stream through textPieces, multi-byte characters split across chunks', async () => {
		const text = writeClaimsCsv(generateClaims(50, 9)).replace('Fast', 'Fäst — “quoted”');
		const bytes = new TextEncoder().encode(text);
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				for (let i = 0; i < bytes.length; i += 97) controller.enqueue(bytes.slice(i, i + 97));
				controller.close();
			}
		});
		expect(await parseClaimsPieces(textPieces(stream), 's.csv')).toEqual(parseClaimsCsv(text, 's.csv'));
	});
});
