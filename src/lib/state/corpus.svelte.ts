/**
 * The curated claims of the dataset shown, rejected ones included, for what the explorer's
 * filtered view leaves out: downloads with statuses, and rejected claims a user may restore.
 */
import { getContext, setContext } from 'svelte';
import type { Claim } from '../claims/schema.ts';
import type { UnmatchedCuration } from './curation.ts';
import type { Dataset } from './user-data.ts';

export class CorpusView {
	all: Claim[] = $state.raw([]);
	dataset: Dataset = $state('bundled');
	/** Stored decisions that match no claim of any dataset (reported, kept; see `unmatchedCuration`). */
	unmatched: UnmatchedCuration = $state.raw({ decisions: 0, added: 0 });
	/** Rejected claims by paper, for the paper view. */
	readonly rejectedByPaper = $derived.by(() => {
		const map = new Map<string, Claim[]>();
		for (const c of this.all) if (c.status === 'rejected') map.set(c.paper_id, [...(map.get(c.paper_id) ?? []), c]);
		return map;
	});
}

const CORPUS_CONTEXT = Symbol('corpus');

export function setCorpus(corpus: CorpusView): CorpusView {
	return setContext(CORPUS_CONTEXT, corpus);
}
export function getCorpus(): CorpusView {
	const corpus = getContext<CorpusView | undefined>(CORPUS_CONTEXT);
	if (!corpus) throw new Error('getCorpus() needs setCorpus() in the root layout.');
	return corpus;
}
