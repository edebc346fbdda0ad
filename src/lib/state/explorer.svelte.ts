/**
 * The explorer's state, shared by the main page and the paper view through context.
 * The claims array is large and immutable: it sits in `$state.raw` and is replaced whole by
 * `setClaims` (the bundled file, the user's own papers, or both); everything shown derives from it.
 */
import { getContext, setContext } from 'svelte';
import type { InputIssue } from '../claims/issues.ts';
import type { Claim } from '../claims/schema.ts';
import type { PaperRecord } from '../data/papers.ts';
import { DEFAULT_FILTERS, filterClaims, type Filters } from './filters.ts';
import { keepPassed, sortOrder } from './sort.ts';

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export class Explorer {
	/** All claims of the current dataset, in file order. Replace, never mutate. */
	claims = $state.raw<Claim[]>([]);
	papers = $state.raw<PaperRecord[]>([]);
	/** Problems with the current dataset's files (rows skipped, files missing). */
	issues = $state.raw<InputIssue[]>([]);
	status = $state<LoadStatus>('idle');
	/** Name of the dataset shown, for file names and captions (e.g. `bundled`). */
	datasetName = $state('bundled');
	/** Set from the URL by the main page; never written directly by controls (they navigate). */
	filters = $state.raw<Filters>({ ...DEFAULT_FILTERS });
	/** The explorer's last address (dataset, filters, chart): where links back to "all claims"
	 * lead, so that opening a paper and coming back keeps the view. Set by the root layout. */
	returnHref = $state('/');

	/** One pass: the filtered claims and the facet counts. */
	readonly result = $derived(filterClaims(this.claims, this.filters));
	readonly filtered = $derived(this.result.claims);
	readonly counts = $derived(this.result.counts);
	/** Every claim in table order: sorted once per dataset and sort, not on every filter change. */
	// Through primitives: every navigation brings a new `filters` object, and a filter change must
	// not re-sort 100,000 claims (derived primitives that come out equal stop the update here).
	private readonly sortKey = $derived(this.filters.sort);
	private readonly sortDir = $derived(this.filters.dir);
	private readonly sortedOrder = $derived(sortOrder(this.claims, this.sortKey, this.sortDir));
	readonly sortedAll = $derived(Array.from(this.sortedOrder, (i) => this.claims[i]));
	/** The filtered claims in table order (filtering keeps order, so this is a pass, not a sort). */
	readonly sorted = $derived(
		this.filtered === this.claims ? this.sortedAll : keepPassed(this.claims, this.sortedOrder, this.result.passed)
	);

	readonly papersById = $derived(new Map(this.papers.map((p) => [p.paper_id, p])));
	/** Claims of each paper in claim order (all claims, not just the filtered ones). */
	readonly claimsByPaper = $derived.by(() => {
		const map = new Map<string, Claim[]>();
		for (const c of this.claims) {
			const list = map.get(c.paper_id);
			if (list) list.push(c);
			else map.set(c.paper_id, [c]);
		}
		for (const list of map.values()) list.sort((a, b) => a.claim - b.claim || a.start - b.start);
		return map;
	});

	/** Swaps the dataset (bundled, the user's, or both); filters stay as they are. */
	setClaims(claims: Claim[], papers: PaperRecord[], issues: InputIssue[] = [], name = this.datasetName): void {
		// The same claims again (e.g. only the papers file arrived): keep the array, so the filtered
		// view, the sort and the chart are not recomputed for nothing.
		if (!sameItems(claims, this.claims)) this.claims = claims;
		this.papers = papers;
		this.issues = issues;
		this.datasetName = name;
		this.status = claims.length === 0 && issues.some((i) => i.severity === 'fatal') ? 'error' : 'ready';
	}

	/** Loads a dataset once: later calls while loading or loaded do nothing. */
	async loadOnce(load: () => Promise<{ claims: Claim[]; papers: PaperRecord[]; issues: InputIssue[] }>, name: string) {
		if (this.status !== 'idle') return;
		this.status = 'loading';
		const data = await load();
		this.setClaims(data.claims, data.papers, data.issues, name);
	}
}

const KEY = Symbol('explorer');

export function setExplorer(explorer: Explorer): Explorer {
	return setContext(KEY, explorer);
}

export function getExplorer(): Explorer {
	const explorer = getContext<Explorer | undefined>(KEY);
	if (!explorer) throw new Error('getExplorer() found no explorer: call setExplorer() in +layout.svelte first');
	return explorer;
}
