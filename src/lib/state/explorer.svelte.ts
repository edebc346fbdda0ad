/**
 * The explorer's state, shared by the main page and the paper view through context.
 * The claims array is large and immutable: it sits in `$state.raw` and is replaced whole by
 * `setClaims` (the bundled file, the user's own papers, or both); everything shown derives from it.
 */
import { getContext, setContext, untrack } from 'svelte';
import type { InputIssue } from '../claims/issues.ts';
import type { Claim } from '../claims/schema.ts';
import type { PaperRecord } from '../data/papers.ts';
import { DEFAULT_FILTERS, filterClaims, type Filters } from './filters.ts';
import { keepPassed, sortColumns, sortOrder, type SortColumns } from './sort.ts';

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Past this many claims the table's order is computed in the background (see `sortInBackground`):
 * at 100,000 claims the collator's ~1.7 million comparisons froze the page for ~200 ms after its
 * first chart and on every column click. Below it a sort takes a few milliseconds here.
 */
export const BACKGROUND_SORT_ABOVE = 20_000;

/** An order computed in the background, and for which claims array and sort it is. */
interface BackgroundOrder {
	claims: readonly Claim[];
	key: Filters['sort'];
	dir: Filters['dir'];
	order: Uint32Array;
}

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
	private backgroundOrder = $state.raw<BackgroundOrder | null>(null);
	/** The table order of `claims` for the current sort; null while it is computed in the background. */
	private readonly sortedOrder = $derived.by(() => {
		const bg = this.backgroundOrder;
		if (bg && bg.claims === this.claims && bg.key === this.sortKey && bg.dir === this.sortDir) return bg.order;
		return this.claims.length > BACKGROUND_SORT_ABOVE ? null : sortOrder(this.claims, this.sortKey, this.sortDir);
	});
	/** True while the table's order for the current sort is being computed in the background. */
	readonly sorting = $derived(this.sortedOrder === null);
	/** What the table shows meanwhile: the previous order of the same claims, else file order. */
	private readonly shownOrder = $derived(this.sortedOrder ?? (this.backgroundOrder?.claims === this.claims ? this.backgroundOrder.order : null));
	/** The filtered claims in table order (filtering keeps order, so this is a pass, not a sort). */
	readonly sorted = $derived.by(() => {
		const order = this.shownOrder;
		if (!order) return this.filtered;
		if (this.filtered === this.claims) return Array.from(order, (i) => this.claims[i]);
		return keepPassed(this.claims, order, this.result.passed);
	});

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

	/**
	 * Computes the pending table order with `sort` (a worker). When it comes it is the table's order
	 * if the claims and the sort are still those it was asked for; after a sort change it is only
	 * what the table shows until the new order comes; for replaced claims it is dropped. The page
	 * calls this while `sorting`; reading the claims and sort here (before the await) makes an
	 * effect calling it run again when they change.
	 */
	async sortInBackground(sort: (columns: SortColumns) => Promise<Uint32Array>): Promise<void> {
		const claims = this.claims;
		const key = this.sortKey;
		const dir = this.sortDir;
		const order = await sort(sortColumns(claims, key, dir));
		if (claims === this.claims) this.backgroundOrder = { claims, key, dir, order };
	}

	/** Swaps the dataset (bundled, the user's, or both); filters stay as they are. */
	setClaims(claims: Claim[], papers: PaperRecord[], issues: InputIssue[] = [], name = untrack(() => this.datasetName)): void {
		// The same claims again (e.g. only the papers file arrived): keep the array, so the filtered
		// view, the sort and the chart are not recomputed for nothing. Read untracked: the effect
		// that calls this must not depend on what it writes, or it runs again after every write
		// (with curated claims, which are new objects each time, it never stopped).
		if (!untrack(() => sameItems(claims, this.claims))) this.claims = claims;
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
