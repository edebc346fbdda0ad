import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePapersCsv } from './papers.ts';
import { parseClaimsCsv } from '../claims/csv.ts';

describe('parsePapersCsv', () => {
	it('reads paper_id, title, date and abstract, keeping quotes and newlines', () => {
		const { papers, issues } = parsePapersCsv('paper_id,title,date,abstract\np1,"A, B",2025-01-01,"Line one\n""quoted"" 2x"\n');
		expect(issues).toEqual([]);
		expect(papers).toEqual([{ paper_id: 'p1', title: 'A, B', date: '2025-01-01', abstract: 'Line one\n"quoted" 2x' }]);
	});
	it('reports a missing column as fatal and a row without id as skipped', () => {
		expect(parsePapersCsv('paper_id,title\nx,y\n').issues[0]).toMatchObject({ severity: 'fatal', column: 'abstract' });
		const r = parsePapersCsv('paper_id,title,date,abstract\n,No id,,text\np2,Two,,text\n');
		expect(r.papers.map((p) => p.paper_id)).toEqual(['p2']);
		expect(r.issues[0]).toMatchObject({ row: 1, column: 'paper_id', severity: 'skipped' });
	});
	it('the bundled papers hold every bundled quote at its offsets', () => {
		const { papers } = parsePapersCsv(readFileSync('data/papers.csv', 'utf8'));
		const byId = new Map(papers.map((p) => [p.paper_id, p]));
		const { claims } = parseClaimsCsv(readFileSync('data/claims.csv', 'utf8'));
		const misplaced = claims.filter((c) => byId.get(c.paper_id)?.abstract.slice(c.start, c.end) !== c.quote);
		expect(misplaced.map((c) => `${c.paper_id}#${c.claim}`)).toEqual([]);
	});
});
