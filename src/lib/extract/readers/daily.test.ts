import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDailyDate, readDaily } from './daily.ts';

const ABSTRACT_A =
	'We present FooNet, a system that serves language models faster. Our evaluation shows 2.1x lower latency than vLLM across many workloads and models.';
const ABSTRACT_B =
	'BarCache stores key-value caches on disk and reloads them on demand. It reduces memory footprint by 40% with no loss in accuracy on six benchmarks.';

describe('parseDailyDate', () => {
	it.each([
		['May 16, 2025', '2025-05-16'],
		['Sep 26, 2025 2', '2025-09-26'],
		['Jan 5, 2024 114', '2024-01-05'],
		['September 3, 2023', '2023-09-03'],
		['Jan 5', ''],
		['Mayday 5, 2020', null],
		['Foo 5, 2020', null],
		['TokenWeave: Efficient', null],
		['May 40, 2025', null]
	])('%s -> %s', (line, expected) => {
		expect(parseDailyDate(line)).toBe(expected);
	});
});

describe('readDaily', () => {
	it('reads the seed page: 38 papers with titles, dates and trimmed abstracts', () => {
		const text = readFileSync('data/daily-papers-latency.txt', 'utf8');
		const { papers, issues, format } = readDaily(text, 'seed.txt');
		expect(format).toBe('daily');
		expect(issues).toEqual([]);
		expect(papers).toHaveLength(38);
		const lines = text.split('\n');
		for (const p of papers) {
			expect(lines[p.line - 1]).toBe(p.title);
			expect(p.abstract).toBe(p.abstract.trim());
			expect(p.abstract.length).toBeGreaterThan(1000);
			expect(p.source).toBe('seed.txt');
		}
		expect(papers[0]).toMatchObject({
			title: 'TokenWeave: Efficient Compute-Communication Overlap for Distributed LLM Inference',
			paper_id: 'tokenweave-efficient-compute-communication-overlap-for',
			date: '2025-05-16',
			line: 13
		});
		// Organisation line and an upvote count after the date.
		expect(papers[1]).toMatchObject({ title: expect.stringMatching(/^COSPADI/), date: '2025-09-26' });
		expect(papers.some((p) => /^(MTSAIR|nvidia|apple)/i.test(p.title))).toBe(false);
	});

	it('reads papers missing authors, dates or blank lines, and skips chrome and organisation lines', () => {
		const text = [
			'new',
			'',
			'Daily Papers',
			'',
			'byAK and the research community',
			'',
			'Mar 3',
			'',
			'FooNet: Fast Serving',
			'',
			`  ${ABSTRACT_A}  `,
			'',
			'fooai Foo AI',
			'·',
			'Mar 2, 2025 17',
			'',
			'BarCache: Disk-Backed KV Caches',
			ABSTRACT_B,
			'',
			'Third Paper Without Footer',
			'',
			ABSTRACT_A,
			''
		].join('\r\n');
		const { papers, issues } = readDaily(text, 'page.txt');
		expect(issues).toEqual([]);
		expect(papers.map((p) => [p.title, p.date, p.line])).toEqual([
			['FooNet: Fast Serving', '2025-03-02', 9],
			['BarCache: Disk-Backed KV Caches', '', 17],
			['Third Paper Without Footer', '', 20]
		]);
		expect(papers[0].abstract).toBe(ABSTRACT_A);
		expect(papers[1].paper_id).toBe('barcache-disk-backed-kv-caches');
	});

	it('joins an abstract wrapped over several lines', () => {
		const text = `Wrapped Title\n\n${ABSTRACT_A.slice(0, 60)}\n${ABSTRACT_A.slice(60).trim()}\n\n• 2 authors\n·\nJun 1, 2024\n`;
		const { papers } = readDaily(text, 'w.txt');
		expect(papers).toHaveLength(1);
		expect(papers[0].abstract).toBe(`${ABSTRACT_A.slice(0, 60).trim()} ${ABSTRACT_A.slice(60).trim()}`);
		expect(papers[0].date).toBe('2024-06-01');
	});

	it('reports a page without papers as a fatal issue instead of throwing', () => {
		const { papers, issues } = readDaily('new\n\nDaily Papers\n', 'empty.txt');
		expect(papers).toEqual([]);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ source: 'empty.txt', severity: 'fatal' });
	});
});
