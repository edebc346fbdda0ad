import { describe, expect, it } from 'vitest';
import { readPapers } from './index.ts';
import { readText } from './text.ts';

describe('readText', () => {
	it('splits papers at blank lines: first line title, rest abstract as it stands, trimmed', () => {
		const text = 'First Paper: Fast Things\nWe make things 2x faster.\nSecond line of it.  \n\n\n  \nSecond Paper\n  It is 10% better.\n';
		const r = readText(text, 'in.txt');
		expect(r.format).toBe('text');
		expect(r.issues).toEqual([]);
		expect(r.papers).toEqual([
			{ paper_id: 'first-paper-fast-things', title: 'First Paper: Fast Things', date: '', abstract: 'We make things 2x faster.\nSecond line of it.', source: 'in.txt', line: 1 },
			{ paper_id: 'second-paper', title: 'Second Paper', date: '', abstract: 'It is 10% better.', source: 'in.txt', line: 7 }
		]);
	});

	it('skips a title without an abstract with its line, and keeps the rest', () => {
		const r = readText('Lonely Title\n\nReal Paper\nAbstract here.', 'in.txt');
		expect(r.papers.map((p) => p.title)).toEqual(['Real Paper']);
		expect(r.issues).toHaveLength(1);
		expect(r.issues[0]).toMatchObject({ source: 'in.txt', line: 1, severity: 'skipped' });
		expect(r.issues[0].reason).toContain('no abstract');
	});

	it('reads a title line, a blank line, then the abstract as one paper (as people paste)', () => {
		const text = 'FooNet: Fast Things\n\nWe make things 2x faster than\nbefore.\n\nBarNet\n\nBarNet is 10% better.\n\nBaz Paper\nIt is 3x smaller.\n';
		const r = readText(text, 'in.txt');
		expect(r.issues).toEqual([]);
		expect(r.papers.map((p) => [p.title, p.abstract, p.line])).toEqual([
			['FooNet: Fast Things', 'We make things 2x faster than\nbefore.', 1],
			['BarNet', 'BarNet is 10% better.', 6],
			['Baz Paper', 'It is 3x smaller.', 10]
		]);
	});

	it('keeps a lone title followed by a titled paper as a title without abstract', () => {
		const r = readText('Lonely Title\n\nReal Paper\nAbstract here.\n\nLast Title\n', 'in.txt');
		expect(r.papers.map((p) => p.title)).toEqual(['Real Paper']);
		expect(r.issues.map((i) => i.line)).toEqual([1, 6]);
	});

	it('skips a block whose title has no letters or digits', () => {
		const r = readText('***\nSome abstract.', 'in.txt');
		expect(r.papers).toEqual([]);
		expect(r.issues[0].reason).toContain('no letters or digits');
	});

	it('reads CRLF and BOM input through readPapers like LF input', () => {
		const lf = readPapers('Title A\nAbstract one.\nMore.\n\nTitle B\nAbstract two.', { source: 's', format: 'text' });
		const crlf = readPapers('\uFEFFTitle A\r\nAbstract one.\r\nMore.\r\n\r\nTitle B\r\nAbstract two.', { source: 's', format: 'text' });
		expect(crlf).toEqual(lf);
		expect(lf.papers[0].abstract).toBe('Abstract one.\nMore.');
	});

	it('keeps unicode as is and slugs the title', () => {
		const r = readText('Ünïcode × Models — 2×\nLatency drops by 30 % (≈ 2×) 🚀.', 'u');
		expect(r.papers[0].paper_id).toBe('n-code-models-2');
		expect(r.papers[0].abstract).toBe('Latency drops by 30 % (≈ 2×) 🚀.');
	});

	it('reads empty input as no papers and no issues', () => {
		expect(readText('', 'e')).toEqual({ papers: [], issues: [], format: 'text' });
		expect(readText('\n\n  \n', 'e').papers).toEqual([]);
	});
});
