import { describe, expect, it } from 'vitest';
import { readPapers } from './index.ts';
import { paperFromArxivRecord, paperFromJsonLine, readJsonl } from './jsonl.ts';

/** A record shaped like the public arXiv metadata snapshot. */
const arxiv = {
	id: '0704.0001',
	submitter: 'Pavel Nadolsky',
	authors: "C. Bal\\'azs, E. L. Berger",
	title: 'Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies',
	comments: '37 pages, 15 figures',
	abstract: '  A fully differential calculation in perturbative quantum chromodynamics is\npresented for the production of massive photon pairs, 2x faster.\n',
	versions: [
		{ version: 'v1', created: 'Mon, 2 Apr 2007 19:18:42 GMT' },
		{ version: 'v2', created: 'Tue, 24 Jul 2007 20:10:27 GMT' }
	],
	update_date: '2008-11-13'
};

describe('paperFromArxivRecord', () => {
	it('collapses the title, keeps the abstract as it stands (trimmed), dates from the first version', () => {
		const r = paperFromArxivRecord(arxiv, 'a.jsonl', 3, 2);
		expect(r.issue).toBeUndefined();
		expect(r.paper).toEqual({
			paper_id: '0704.0001',
			title: 'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
			date: '2007-04-02',
			abstract: 'A fully differential calculation in perturbative quantum chromodynamics is\npresented for the production of massive photon pairs, 2x faster.',
			source: 'a.jsonl',
			line: 3
		});
	});

	it('falls back to update_date, then to no date; a bad date is a warning, the paper is kept', () => {
		expect(paperFromArxivRecord({ ...arxiv, versions: [] }, 's', 1).paper?.date).toBe('2008-11-13');
		expect(paperFromArxivRecord({ ...arxiv, versions: undefined, update_date: undefined }, 's', 1).paper?.date).toBe('');
		const bad = paperFromArxivRecord({ ...arxiv, versions: undefined, update_date: 'someday' }, 's', 4, 4);
		expect(bad.paper?.date).toBe('');
		expect(bad.issue).toMatchObject({ line: 4, column: 'update_date', severity: 'warning' });
	});

	it('slugs the title when there is no id', () => {
		expect(paperFromArxivRecord({ title: 'Fast  LLM\n Serving', abstract: 'x' }, 's', 1).paper?.paper_id).toBe('fast-llm-serving');
	});

	it('skips records without title or abstract, or that are not objects, saying which', () => {
		expect(paperFromArxivRecord({ ...arxiv, abstract: '  ' }, 's', 7, 7).issue).toMatchObject({ line: 7, row: 7, column: 'abstract', severity: 'skipped' });
		expect(paperFromArxivRecord({ ...arxiv, title: 3 }, 's', 1).issue?.column).toBe('title');
		expect(paperFromArxivRecord([1, 2], 's', 1).issue?.reason).toContain('an array');
		expect(paperFromArxivRecord(null, 's', 1).paper).toBeUndefined();
	});
});

describe('paperFromJsonLine', () => {
	it('returns null for blank lines, tolerates a trailing CR and a BOM', () => {
		expect(paperFromJsonLine('   ', 's', 1)).toBeNull();
		expect(paperFromJsonLine(`\uFEFF${JSON.stringify(arxiv)}\r`, 's', 1)?.paper?.paper_id).toBe('0704.0001');
	});

	it('reports malformed JSON with its line', () => {
		const r = paperFromJsonLine('{"id": "1", "title": "T", "abstract": ', 'f.jsonl', 12, 5);
		expect(r?.issue).toMatchObject({ source: 'f.jsonl', line: 12, row: 5, severity: 'skipped' });
		expect(r?.issue?.reason).toMatch(/^malformed JSON/);
	});
});

describe('readJsonl', () => {
	it('keeps the good records around bad ones, with file lines and record rows', () => {
		const good = (id: string) => JSON.stringify({ ...arxiv, id });
		const text = [good('1'), '', '{broken', good('2'), '"just a string"', good('3')].join('\n');
		const r = readJsonl(text, 'x.jsonl');
		expect(r.papers.map((p) => [p.paper_id, p.line])).toEqual([['1', 1], ['2', 4], ['3', 6]]);
		expect(r.issues.map((i) => [i.line, i.row])).toEqual([[3, 2], [5, 4]]);
	});

	it('reads the same papers from CRLF input through readPapers', () => {
		const lines = [JSON.stringify(arxiv), JSON.stringify({ ...arxiv, id: '2' })];
		const lf = readPapers(lines.join('\n') + '\n', { source: 's' });
		const crlf = readPapers('\uFEFF' + lines.join('\r\n') + '\r\n', { source: 's' });
		expect(lf.format).toBe('jsonl');
		expect(crlf).toEqual(lf);
		expect(lf.papers).toHaveLength(2);
	});

	it('keeps unicode and escaped characters of the abstract', () => {
		const r = readJsonl(JSON.stringify({ id: 'u', title: 'Ünï', abstract: ' 2× faster — “quoted” \u00e9 🚀 ' }), 's');
		expect(r.papers[0].abstract).toBe('2× faster — “quoted” é 🚀');
	});
});
