/**
 * What the explorer shows: the chosen dataset (bundled, the user's, or both) with the user's
 * curation applied. Pure: the layout calls it whenever the data, the curation or the choice changes.
 */
import type { InputIssue } from '../claims/issues.ts';
import type { Claim } from '../claims/schema.ts';
import { applyCuration, type Curation, visibleClaims } from './curation.ts';
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
	const ids = new Set(combined.papers.map((p) => p.paper_id));
	for (const c of combined.claims) ids.add(c.paper_id);
	const all = applyCuration(combined.claims, curation, (id) => ids.has(id));
	return { papers: combined.papers, all, visible: visibleClaims(all), issues: dataset === 'yours' ? [] : [...bundled.issues] };
}
