/**
 * What the explorer shows: the chosen dataset (bundled, the user's, or both) with the user's
 * curation applied. Pure: the layout calls it whenever the data, the curation or the choice changes.
 */
import type { InputIssue } from '../claims/issues.ts';
import type { Claim } from '../claims/schema.ts';
import { applyCuration, type Curation, type UnmatchedCuration, unmatchedCuration, visibleClaims } from './curation.ts';
import { combineDatasets, type Dataset } from './user-data.ts';

export interface PaperLike {
	paper_id: string;
	title: string;
	date: string;
	abstract: string;
}

export interface CuratedCorpus<P extends PaperLike> {
	papers: P[];
	/** Every curated claim, rejected ones included (downloads carry them with their status). */
	all: Claim[];
	/** The claims views show: all but the rejected. */
	visible: Claim[];
	issues: InputIssue[];
}

export function curatedCorpus<P extends PaperLike>(
	dataset: Dataset,
	bundled: { papers: readonly P[]; claims: readonly Claim[]; issues: readonly InputIssue[] },
	yours: { papers: readonly P[]; claims: readonly Claim[] },
	curation: Curation
): CuratedCorpus<P> {
	const combined = combineDatasets(dataset, bundled, yours);
	// The shown papers' ids, only when there are added claims to place (a set of 100,000 ids cost
	// ~40 ms on the way to the first chart).
	let ids: Set<string> | null = null;
	const shownPaper = (id: string) => {
		if (!ids) {
			ids = new Set(combined.papers.map((p) => p.paper_id));
			for (const c of combined.claims) ids.add(c.paper_id);
		}
		return ids.has(id);
	};
	const all = applyCuration(combined.claims, curation, shownPaper);
	return { papers: combined.papers, all, visible: visibleClaims(all), issues: dataset === 'yours' ? [] : [...bundled.issues] };
}

/** The curation that matches nothing in the bundled data nor the user's, whichever is shown. */
export function unmatchedInCorpus(
	bundled: { papers: readonly PaperLike[]; claims: readonly Claim[] },
	yours: { papers: readonly PaperLike[]; claims: readonly Claim[] },
	curation: Curation
): UnmatchedCuration {
	if (Object.keys(curation.claims).length === 0 && curation.added.length === 0) return { decisions: 0, added: 0 };
	const paperIds = new Set<string>();
	for (const part of [bundled, yours]) {
		for (const p of part.papers) paperIds.add(p.paper_id);
		for (const c of part.claims) paperIds.add(c.paper_id);
	}
	return unmatchedCuration(curation, [...bundled.claims, ...yours.claims], paperIds);
}
