/**
 * Extraction in chunks of papers, so that a caller (the worker) can report progress and stop
 * between chunks. Pure apart from the injected `pause`, which lets pending messages (a cancel)
 * arrive; it knows nothing about workers.
 */
import { parseClaimsCsv } from '../claims/csv.ts';
import type { InputIssue } from '../claims/issues.ts';
import type { Claim } from '../claims/schema.ts';
import { findClaims as defaultFindClaims } from './find.ts';
import { readPapers as defaultReadPapers } from './read-papers.ts';
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
	readPapers?: (text: string, options: { format?: InputFormat; source: string }) => ReadResult;
	findClaims?: (paper: Paper) => Claim[];
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

/** Reads `text`, then finds the claims of its papers chunk by chunk; `null` when cancelled. */
export async function extractInChunks(text: string, options: ChunkedOptions): Promise<ExtractOutcome | null> {
	const { source, onProgress, isCancelled = () => false, pause = async () => {} } = options;
	if (options.format === undefined && isClaimsCsv(text)) {
		const parsed = parseClaimsCsv(text, source);
		onProgress?.(1, 1);
		return { papers: papersOfClaims(parsed.claims, source), claims: parsed.claims, issues: parsed.issues, format: 'claims' };
	}
	const read = (options.readPapers ?? defaultReadPapers)(text, { format: options.format, source });
	const find = options.findClaims ?? defaultFindClaims;
	const chunkSize = Math.max(1, options.chunkSize ?? 25);
	const total = read.papers.length;
	const claims: Claim[] = [];
	onProgress?.(0, total);
	for (let i = 0; i < total; i += chunkSize) {
		await pause();
		if (isCancelled()) return null;
		const end = Math.min(total, i + chunkSize);
		for (let j = i; j < end; j++) claims.push(...find(read.papers[j]));
		onProgress?.(end, total);
	}
	return { papers: read.papers, claims, issues: read.issues, format: read.format };
}
