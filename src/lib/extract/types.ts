/**
 * The extractor's public types. Pure data: the Node CLI, the Web Worker and the tests share them.
 */
import type { InputIssue } from '../claims/issues.ts';
import type { Claim } from '../claims/schema.ts';

/** One paper as read from any input format. */
export interface Paper {
	/** arXiv id when the input carries one, else `slugify(title)`. */
	paper_id: string;
	title: string;
	/** `YYYY-MM-DD`, or '' when unknown. */
	date: string;
	/** The paper's text as it stands in the input, trimmed; claim offsets index into it. */
	abstract: string;
	/** Where it came from, for messages: file name or `pasted text`. */
	source: string;
	/** 1-based line in the source where the record starts. */
	line: number;
}

export type InputFormat = 'daily' | 'text' | 'jsonl' | 'csv';
export const INPUT_FORMATS: readonly InputFormat[] = ['daily', 'text', 'jsonl', 'csv'];

export interface ReadResult {
	papers: Paper[];
	/** Records that were skipped or repaired, with file, line and reason. */
	issues: InputIssue[];
	format: InputFormat;
}

export interface ExtractResult extends ReadResult {
	claims: Claim[];
}
