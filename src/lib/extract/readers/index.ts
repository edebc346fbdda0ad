/**
 * Readers of the four input formats. Each turns a text into papers plus issues for the records it
 * had to skip or repair; none throws on bad input and none stops at a bad record.
 */
import type { InputFormat, Paper, ReadResult } from '../types.ts';
import { assertNever } from '../../claims/schema.ts';
import { readCsv } from './csv.ts';
import { readDaily } from './daily.ts';
import { detectFormat } from './detect.ts';
import { readJsonl } from './jsonl.ts';
import { clip, readText } from './text.ts';

export { readCsv } from './csv.ts';
export { readDaily } from './daily.ts';
export { detectFormat, DETECT_WINDOW } from './detect.ts';
export { paperFromArxivRecord, paperFromJsonLine, readJsonl, type RecordResult } from './jsonl.ts';
export { readText } from './text.ts';
export { parseDate } from './dates.ts';

export interface ReadOptions {
	/** Force a format; detected from the content (and `fileName`'s extension) when absent. */
	format?: InputFormat;
	/** File name or label used in messages and in each paper's `source`. */
	source: string;
	/** Extension hint for detection; defaults to `source`. */
	fileName?: string;
}

/**
 * The text every reader sees: no BOM, LF line endings (a CRLF or CR file is the same text, and
 * abstracts, hence claim offsets, must not depend on how the file's lines end).
 */
export function prepareText(text: string): string {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	return body.indexOf('\r') === -1 ? body : body.replace(/\r\n?/g, '\n');
}

function readFormat(body: string, format: InputFormat, source: string): ReadResult {
	switch (format) {
		case 'daily':
			return readDaily(body, source);
		case 'text':
			return readText(body, source);
		case 'jsonl':
			return readJsonl(body, source);
		case 'csv':
			return readCsv(body, source);
		default:
			return assertNever(format);
	}
}

/** Why a paper cannot be used (no id to name it by, no abstract to find claims in), or null. */
function paperProblem(p: Paper): string | null {
	if (p.paper_id === '') return `"${clip(p.title)}" has no letters or digits to name the paper by (paper_id)`;
	if (p.abstract === '') return `"${clip(p.title)}" has no abstract`;
	return null;
}

/**
 * Reads `text` in the given or detected format. Every returned paper has a paper_id and an
 * abstract, whichever reader made it: one that does not is skipped with an issue.
 */
export function readPapers(text: string, options: ReadOptions): ReadResult {
	const body = prepareText(text);
	const format = options.format ?? detectFormat(body, options.fileName ?? options.source);
	const result = readFormat(body, format, options.source);
	if (result.papers.every((p) => paperProblem(p) === null)) return result;
	const papers: Paper[] = [];
	const issues = [...result.issues];
	for (const p of result.papers) {
		const problem = paperProblem(p);
		if (problem === null) papers.push(p);
		else issues.push({ source: p.source, line: p.line, reason: problem, severity: 'skipped' });
	}
	return { ...result, papers, issues };
}
