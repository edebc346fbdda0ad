/**
 * Extraction in chunks of papers, so that a caller (the worker) can report progress and stop
 * between chunks. Pure apart from the injected `pause`, which lets pending messages (a cancel)
 * arrive; it knows nothing about workers.
 */
import { parseClaimsCsv } from '../claims/csv.ts';
import type { InputIssue } from '../claims/issues.ts';
import type { Claim } from '../claims/schema.ts';
import { claimsOfPaper } from './pipeline.ts';
import { readPapers as defaultReadPapers, type ReadOptions } from './readers/index.ts';
import type { InputFormat, Paper, ReadResult } from './types.ts';

/** What a user file turned out to be: one of the paper formats, or a claims CSV loaded as is. */
export type ExtractFormat = InputFormat | 'claims';

export interface ExtractOutcome {
	papers: Paper[];
	claims: Claim[];
	issues: InputIssue[];
	format: ExtractFormat;
}

export interface ChunkedOptions {
	format?: InputFormat;
	source: string;
	/** Papers per chunk between progress reports and cancel checks. Default 25. */
	chunkSize?: number;
	onProgress?: (done: number, total: number) => void;
	/** Asked between chunks; true stops the run and the result is `null`. */
	isCancelled?: () => boolean;
	/** Awaited between chunks (a macrotask in the worker, so a cancel message can be handled). */
	pause?: () => Promise<void>;
	/** File name, for format detection by extension; defaults to `source`. */
	fileName?: string;
	readPapers?: (text: string, options: ReadOptions) => ReadResult;
	/** Claims of one paper; problems go to `issues`. Default: the checked finder of pipeline.ts. */
	findClaims?: (paper: Paper, issues: InputIssue[]) => Claim[];
}

/** Columns that only a claims CSV has; a header with all of them is loaded as claims. */
const CLAIMS_HEADER = ['quote', 'metric', 'value_low'];

/** True when the first line of `text` is the header of a claims CSV (contract columns). */
export function isClaimsCsv(text: string): boolean {
	const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
	const cells = firstLine.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
	return CLAIMS_HEADER.every((c) => cells.includes(c));
}

/** The papers a claims CSV names (no abstracts: the file carries only quotes). */
export function papersOfClaims(claims: readonly Claim[], source: string): Paper[] {
	const byId = new Map<string, Paper>();
	for (const c of claims) {
		if (!byId.has(c.paper_id))
			byId.set(c.paper_id, { paper_id: c.paper_id, title: c.title, date: c.date, abstract: '', source, line: 0 });
	}
	return [...byId.values()];
}

/** The same warning as `extractText` gives for a `paper_id` used twice (both papers are kept). */
function warnDuplicateId(paper: Paper, firstLine: Map<string, number>, issues: InputIssue[]): void {
	const first = firstLine.get(paper.paper_id);
	if (first === undefined) {
		firstLine.set(paper.paper_id, paper.line);
		return;
	}
	issues.push({
		source: paper.source,
		line: paper.line,
		column: 'paper_id',
		reason: `paper_id "${paper.paper_id}" was already used by the paper at line ${first}; both are kept and share the id`,
		severity: 'warning'
	});
}

/**
 * Reads `text`, then finds the claims of its papers chunk by chunk; `null` when cancelled. The
 * same readers and checked finder as `extractText`, so the app and the CLI agree; a claims CSV
 * (detected by its header) is loaded as claims instead.
 */
export async function extractInChunks(text: string, options: ChunkedOptions): Promise<ExtractOutcome | null> {
	const { source, onProgress, isCancelled = () => false, pause = async () => {} } = options;
	if ((options.format === undefined || options.format === 'csv') && isClaimsCsv(text)) {
		const parsed = parseClaimsCsv(text, source);
		onProgress?.(1, 1);
		return { papers: papersOfClaims(parsed.claims, source), claims: parsed.claims, issues: parsed.issues, format: 'claims' };
	}
	const read = (options.readPapers ?? defaultReadPapers)(text, { format: options.format, source, fileName: options.fileName });
	const find = options.findClaims ?? claimsOfPaper;
	const issues = [...read.issues];
	const chunkSize = Math.max(1, options.chunkSize ?? 25);
	const total = read.papers.length;
	const claims: Claim[] = [];
	const firstLine = new Map<string, number>();
	onProgress?.(0, total);
	for (let i = 0; i < total; i += chunkSize) {
		await pause();
		if (isCancelled()) return null;
		const end = Math.min(total, i + chunkSize);
		for (let j = i; j < end; j++) {
			const paper = read.papers[j];
			warnDuplicateId(paper, firstLine, issues);
			for (const c of find(paper, issues)) claims.push(c);
		}
		onProgress?.(end, total);
	}
	return { papers: read.papers, claims, issues, format: read.format };
}
