/**
 * Text in, claims out: read the papers of one input, then find each paper's claims. Pure (no DOM,
 * no Node APIs): the Web Worker calls `extractText` on pasted or dropped text, the CLI and the data
 * test call the same functions, so the app and the committed CSV agree.
 */
import type { InputIssue } from '../claims/issues.ts';
import type { Claim } from '../claims/schema.ts';
import { findClaims } from './find.ts';
import { readPapers, type ReadOptions } from './readers/index.ts';
import type { ExtractResult, Paper } from './types.ts';

export type ExtractOptions = ReadOptions;

/** Why a claim breaks the contract's row invariants, or null when it keeps them. */
export function claimProblem(paper: Paper, c: Claim): string | null {
	if (paper.abstract.slice(c.start, c.end) !== c.quote) return `its quote "${c.quote}" is not at ${c.start}..${c.end} of the abstract`;
	if (!(c.value_low <= c.value_high)) return `value_low ${c.value_low} is above value_high ${c.value_high}`;
	if (c.norm_low !== null && c.norm_high !== null && !(c.norm_low <= c.norm_high))
		return `norm_low ${c.norm_low} is above norm_high ${c.norm_high}`;
	return null;
}

/**
 * The claims of one paper. The finder is trusted but checked: a claim that breaks a row invariant,
 * or a finder error, becomes a warning issue instead of a bad row or a crash of the whole run.
 */
export function claimsOfPaper(paper: Paper, issues: InputIssue[]): Claim[] {
	let found: Claim[];
	try {
		found = findClaims(paper);
	} catch (err) {
		issues.push({
			source: paper.source,
			line: paper.line,
			reason: `the claim finder failed on "${paper.title}" (${err instanceof Error ? err.message : String(err)}); the paper is kept without claims, please report it`,
			severity: 'warning'
		});
		return [];
	}
	const claims = found.filter((c) => {
		const problem = claimProblem(paper, c);
		if (problem) {
			issues.push({
				source: paper.source,
				line: paper.line,
				reason: `claim ${c.claim} of "${paper.title}" was dropped: ${problem}; please report it`,
				severity: 'warning'
			});
		}
		return problem === null;
	});
	return claims;
}

/** Reads `text` in the given or detected format and finds every paper's claims. Never throws. */
export function extractText(text: string, options: ExtractOptions): ExtractResult {
	const read = readPapers(text, options);
	const issues = [...read.issues];
	const seen = new Map<string, number>();
	const claims: Claim[] = [];
	for (const paper of read.papers) {
		const first = seen.get(paper.paper_id);
		if (first !== undefined) {
			issues.push({
				source: paper.source,
				line: paper.line,
				column: 'paper_id',
				reason: `paper_id "${paper.paper_id}" was already used by the paper at line ${first}; both are kept and share the id`,
				severity: 'warning'
			});
		} else seen.set(paper.paper_id, paper.line);
		for (const c of claimsOfPaper(paper, issues)) claims.push(c);
	}
	return { ...read, issues, claims };
}
