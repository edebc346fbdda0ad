import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDate } from './dates.ts';
import { detectFormat } from './detect.ts';

describe('detectFormat', () => {
	it('detects each format from content', () => {
		expect(detectFormat('\n{"id": "1", "title": "t", "abstract": "a"}\n')).toBe('jsonl');
		expect(detectFormat('{broken json')).toBe('jsonl');
		expect(detectFormat('\uFEFFid,"Title",abstract,date\r\n1,t,a,\r\n')).toBe('csv');
		expect(detectFormat('A title\nAn abstract with 2x gains, and, commas.\n\nB\nC\n')).toBe('text');
		expect(detectFormat(readFileSync('data/daily-papers-latency.txt', 'utf8'))).toBe('daily');
	});

	it('detects a daily page without the page chrome', () => {
		const page = 'Some Title\n\nAn abstract of words that goes on.\n\n  • 3 authors\n·\nMay 16, 2025\n';
		expect(detectFormat(page)).toBe('daily');
	});

	it('uses the extension only when the content gives no sign', () => {
		expect(detectFormat('name,text\n1,2\n', 'papers.csv')).toBe('csv');
		expect(detectFormat('', 'x.jsonl')).toBe('jsonl');
		expect(detectFormat('A title\nabstract', 'x.csv')).toBe('csv');
		expect(detectFormat('{"id":1}', 'x.txt')).toBe('jsonl');
		expect(detectFormat('')).toBe('text');
	});
});

describe('parseDate', () => {
	it('reads the date forms inputs use, without time zone effects', () => {
		expect(parseDate('Mon, 2 Apr 2007 19:18:42 GMT')).toBe('2007-04-02');
		expect(parseDate('Sun, 31 Dec 2023 23:59:59 GMT')).toBe('2023-12-31');
		expect(parseDate('2008-11-13')).toBe('2008-11-13');
		expect(parseDate('2024-02-29T23:00:00-05:00')).toBe('2024-02-29');
		expect(parseDate('May 16, 2025')).toBe('2025-05-16');
		expect(parseDate('September 3 2024')).toBe('2024-09-03');
		expect(parseDate('2 April 2007')).toBe('2007-04-02');
	});

	it('rejects what is not a date', () => {
		for (const s of ['', 'someday', '2023-02-29', '2024-13-01', 'Mayday 5, 2020', '31/12/2020', '20240101']) expect(parseDate(s)).toBeNull();
	});
});
