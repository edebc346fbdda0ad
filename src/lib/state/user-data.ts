/**
 * The user's own papers and claims, gathered from pasted text and files, and how they combine with
 * the bundled corpus. Pure values; `user-data.svelte.ts` persists them.
 */
import type { InputIssue } from '../claims/issues.ts';
import type { Claim } from '../claims/schema.ts';
import type { ExtractFormat, ExtractOutcome } from '../extract/chunked.ts';
import type { Paper } from '../extract/types.ts';
import { claimKey } from './curation.ts';

export interface UserFile {
	source: string;
	format: ExtractFormat;
	papers: number;
	claims: number;
	issues: number;
}

export interface UserData {
	version: 1;
	papers: Paper[];
	claims: Claim[];
	files: UserFile[];
}

export const EMPTY_USER_DATA: UserData = Object.freeze({ version: 1, papers: [], claims: [], files: [] }) as UserData;

export function isUserData(value: unknown): value is UserData {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	return v.version === 1 && Array.isArray(v.papers) && Array.isArray(v.claims) && Array.isArray(v.files);
}

/**
 * Adds an extraction outcome. A paper whose `paper_id` is already there is replaced, with its
 * claims, so that adding a corrected file again does not duplicate it.
 */
export function addOutcome(data: UserData, outcome: ExtractOutcome, source: string): UserData {
	const newIds = new Set(outcome.papers.map((p) => p.paper_id));
	for (const c of outcome.claims) newIds.add(c.paper_id);
	const file: UserFile = {
		source,
		format: outcome.format,
		papers: newIds.size,
		claims: outcome.claims.length,
		issues: outcome.issues.length
	};
	return {
		version: 1,
		papers: [...data.papers.filter((p) => !newIds.has(p.paper_id)), ...outcome.papers],
		claims: [...data.claims.filter((c) => !newIds.has(c.paper_id)), ...outcome.claims],
		files: [...data.files, file]
	};
}

/** Removes one paper and its claims. */
export function removePaper(data: UserData, paperId: string): UserData {
	return {
		...data,
		papers: data.papers.filter((p) => p.paper_id !== paperId),
		claims: data.claims.filter((c) => c.paper_id !== paperId)
	};
}

export const DATASETS = ['bundled', 'yours', 'both'] as const;
export type Dataset = (typeof DATASETS)[number];
export const DEFAULT_DATASET: Dataset = 'bundled';

export function isDataset(value: string | null): value is Dataset {
	return value !== null && (DATASETS as readonly string[]).includes(value);
}

export interface CorpusPart<P> {
	papers: readonly P[];
	claims: readonly Claim[];
}

/**
 * The corpus a view shows. `both` keeps the bundled copy of a paper or claim the user also
 * loaded (same `paper_id`, same claim key), so loading a downloaded CSV does not double it.
 */
export function combineDatasets<P extends { paper_id: string }>(
	dataset: Dataset,
	bundled: CorpusPart<P>,
	yours: CorpusPart<P>
): { papers: P[]; claims: Claim[] } {
	switch (dataset) {
		case 'bundled':
			return { papers: [...bundled.papers], claims: [...bundled.claims] };
		case 'yours':
			return { papers: [...yours.papers], claims: [...yours.claims] };
		case 'both': {
			const ids = new Set(bundled.papers.map((p) => p.paper_id));
			const keys = new Set(bundled.claims.map(claimKey));
			return {
				papers: [...bundled.papers, ...yours.papers.filter((p) => !ids.has(p.paper_id))],
				claims: [...bundled.claims, ...yours.claims.filter((c) => !keys.has(claimKey(c)))]
			};
		}
	}
}

/** Issues kept per file for the add page (the rest is counted). */
export type FileIssues = { source: string; issues: InputIssue[] };
