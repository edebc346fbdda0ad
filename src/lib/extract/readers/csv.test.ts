import { describe, expect, it } from 'vitest';
import { writePapersCsv } from '../papers-csv.ts';
import { readPapers } from './index.ts';
import { readCsv } from './csv.ts';

describe('readCsv', () => {
	it('reads title and abstract, optional id and date, with quoted cells over several lines', () => {
		const text = 'ID,Title,Abstract,Date,extra\n2401.1,"Fast, Small","It is 2x faster.\nAnd ""small"".",2024-01-02,z\n,Untitled Id,Works 10% better.,"May 16, 2025",\n';
		const r = readCsv(text, 'p.csv');
		expect(r.issues).toEqual([]);
		expect(r.papers).toEqual([
			{ paper_id: '2401.1', title: 'Fast, Small', date: '2024-01-02', abstract: 'It is 2x faster.\nAnd "small".', source: 'p.csv', line: 2 },
			{ paper_id: 'untitled-id', title: 'Untitled Id', date: '2025-05-16', abstract: 'Works 10% better.', source: 'p.csv', line: 4 }
		]);
	});

	it('skips a row without an abstract with its row and line, and keeps the rest', () => {
		const text = 'title,abstract\n"A\nwrapped title",First abstract.\nNo Abstract,\nC,Third.\n';
		const r = readCsv(text, 'p.csv');
		expect(r.papers.map((p) => [p.title, p.line])).toEqual([['A wrapped title', 2], ['C', 5]]);
		expect(r.issues).toEqual([
			{ source: 'p.csv', line: 4, row: 2, column: 'abstract', reason: '"No Abstract" has no abstract', severity: 'skipped' }
		]);
	});

	it('reports rows with too many cells, unterminated quotes and bad dates', () => {
		const text = 'title,abstract,date\nA,one, two,2024-01-01\nB,fine,31/31/2020\nC,"never closed\n';
		const r = readCsv(text, 'p.csv');
		expect(r.papers.map((p) => [p.title, p.date])).toEqual([['B', '']]);
		expect(r.issues.map((i) => [i.row, i.column, i.severity])).toEqual([
			[1, undefined, 'skipped'],
			[2, 'date', 'warning'],
			[3, undefined, 'skipped']
		]);
		expect(r.issues[0].reason).toContain('4 cells but the header has 3');
		expect(r.issues[2].reason).toContain('double quotes');
	});

	it('is fatal, with one clear issue, when the header lacks title or abstract', () => {
		const r = readCsv('name,text\na,b\n', 'p.csv');
		expect(r.papers).toEqual([]);
		expect(r.issues).toHaveLength(1);
		expect(r.issues[0]).toMatchObject({ line: 1, column: 'title, abstract', severity: 'fatal' });
		expect(readCsv('', 'p.csv').issues[0].severity).toBe('fatal');
	});

	it('reads CRLF and BOM input through readPapers like LF input, and the papers table round-trips', () => {
		const lf = 'title,abstract\nA,"x\ny"\nB,z\n';
		const a = readPapers(lf, { source: 's' });
		const b = readPapers('\uFEFF' + lf.replace(/\n/g, '\r\n'), { source: 's' });
		expect(a.format).toBe('csv');
		expect(b).toEqual(a);
		const again = readPapers(writePapersCsv(a.papers), { source: 's' });
		expect(again.papers.map((p) => [p.paper_id, p.title, p.abstract])).toEqual(a.papers.map((p) => [p.paper_id, p.title, p.abstract]));
	});

	it('keeps unicode cells', () => {
		const r = readCsv('title,abstract\nÜber × 2,"≈2× faster, 🚀"\n', 'u');
		expect(r.papers[0]).toMatchObject({ title: 'Über × 2', abstract: '≈2× faster, 🚀', paper_id: 'ber-2' });
	});
});
