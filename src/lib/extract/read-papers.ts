/**
 * The one place the chunked extraction gets its readers from. TEMPORARY: until the readers of the
 * claims engine (readers/index.ts, branch `cli`) land, this reads plain text only (papers separated
 * by blank lines, first line the title); it is replaced by a re-export of `readPapers`.
 */
import { slugify } from '../claims/slug.ts';
import type { InputFormat, Paper, ReadResult } from './types.ts';

export function readPapers(text: string, options: { format?: InputFormat; source: string }): ReadResult {
	const { source } = options;
	const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
	const papers: Paper[] = [];
	let block: string[] = [];
	let blockLine = 0;
	const flush = () => {
		if (block.length > 1) {
			const title = block[0].trim();
			papers.push({
				paper_id: slugify(title),
				title,
				date: '',
				abstract: block.slice(1).join('\n').trim(),
				source,
				line: blockLine
			});
		}
		block = [];
	};
	lines.forEach((line, i) => {
		if (line.trim() === '') return flush();
		if (block.length === 0) blockLine = i + 1;
		block.push(line);
	});
	flush();
	return { papers, issues: [], format: 'text' };
}
