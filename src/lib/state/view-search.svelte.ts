/**
 * The explorer's view state (dataset, filters, chart, axes) lives in the query string. Changing it
 * is a shallow history entry (SvelteKit's `pushState`/`replaceState`), not a navigation: `goto`
 * re-ran the router and forced a layout of the whole page mid-update (~17 ms at 1,000 claims).
 *
 * A new view is shown at once and written to the history after the frame that shows it: the
 * history write and SvelteKit's page-state update that follows it cost ~5 ms of a filter change at
 * 1,000 claims. Writes queued within one frame become one entry (a push if any of them was).
 *
 * What must stay true: `viewSearch()` is the view shown, i.e. the queued query while a write is
 * pending, else `page.state.search` when set (pushed here, restored by SvelteKit on back/forward),
 * else `page.url.search` (first load, reload, links). It is a string, so when the queued write
 * lands and the pending query gives way to the same `page.state.search`, nothing that reads the
 * view runs again. A back/forward or a navigation to another page drops a pending write.
 *
 * Not exported from `index.ts`: it needs SvelteKit's `$app` modules, which the unit-tested state
 * modules do not.
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { afterNextFrame } from '../charts/painted.ts';

interface PendingView {
	search: string;
	replace: boolean;
	/** The page the view belongs to: the write is dropped if the user has left it. */
	pathname: string;
}

let pending = $state.raw<PendingView | null>(null);
let cancelWrite = () => {};
let listening = false;

const shownSearch = $derived.by(() => {
	if (pending) return pending.search;
	const search = page.state.search;
	return typeof search === 'string' ? search : page.url.search;
});

/** The query string of the view shown (`''` or `?…`). */
export function viewSearch(): string {
	return shownSearch;
}

export function viewParams(): URLSearchParams {
	return new URLSearchParams(viewSearch());
}

/** The address of the view shown, for links and figure captions. */
export function viewHref(): string {
	return page.url.origin + page.url.pathname + viewSearch();
}

function dropPending(): void {
	cancelWrite();
	pending = null;
}

function writePending(): void {
	const view = pending;
	if (!view) return;
	if (view.pathname === page.url.pathname) (view.replace ? replaceState : pushState)(view.search || view.pathname, { search: view.search });
	pending = null;
}

/** Shows the view `query` (without `?`) now, as a new history entry or in place of this one. */
export function showView(query: string, options: { replace: boolean }): void {
	if (!listening && typeof window !== 'undefined') {
		// Back/forward shows the entry it lands on; a write queued before it must not bury it.
		window.addEventListener('popstate', dropPending);
		listening = true;
	}
	const replace = options.replace && (pending === null || pending.replace);
	cancelWrite();
	pending = { search: query ? `?${query}` : '', replace, pathname: page.url.pathname };
	cancelWrite = afterNextFrame(writePending);
}
