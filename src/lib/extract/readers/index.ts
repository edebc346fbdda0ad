/**
 * Readers of the four input formats. Each turns a text into papers plus issues for the records it
 * had to skip or repair; none throws on bad input and none stops at a bad record.
 */
import type { InputFormat, ReadResult } from '../types.ts';
import { assertNever } from '../../claims/schema.ts';
import { readCsv } from './csv.ts';
import { readDaily } from './daily.ts';
import { detectFormat } from './detect.ts';
import { readJsonl } from './jsonl.ts';
import { readText } from './text.ts';

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

export function readPapers(text: string, options: ReadOptions): ReadResult {
	const body = prepareText(text);
	const format = options.format ?? detectFormat(body, options.fileName ?? options.source);
	switch (format) {
		case 'daily':
			return readDaily(body, options.source);
		case 'text':
			return readText(body, options.source);
		case 'jsonl':
			return readJsonl(body, options.source);
		case 'csv':
			return readCsv(body, options.source);
		default:
			return assertNever(format);
	}
}
