/**
 * The explorer's view state (dataset, filters, chart, axes) lives in the query string. Changing it
 * is a shallow history entry (SvelteKit's `pushState`/`replaceState`), not a navigation: `goto`
 * re-ran the router and forced a layout of the whole page mid-update (~17 ms at 1,000 claims),
 * and the page was laid out again when the chart redrew.
 *
 * What must stay true: after a shallow entry `page.url` still holds the last real navigation's
 * address, so the query string shown is `page.state.search` when set (pushed here, restored by
 * SvelteKit on back/forward) and `page.url.search` otherwise (first load, reload, links).
 *
 * Not exported from `index.ts`: it needs SvelteKit's `$app` modules, which the unit-tested state
 * modules do not.
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';

/** The query string of the view shown (`''` or `?…`). */
export function viewSearch(): string {
	const search = page.state.search;
	return typeof search === 'string' ? search : page.url.search;
}

export function viewParams(): URLSearchParams {
	return new URLSearchParams(viewSearch());
}

/** The address of the view shown, for links and figure captions. */
export function viewHref(): string {
	return page.url.origin + page.url.pathname + viewSearch();
}

/** Shows the view `query` (without `?`) as a new history entry, or in place of this one. */
export function showView(query: string, options: { replace: boolean }): void {
	const search = query ? `?${query}` : '';
	(options.replace ? replaceState : pushState)(search || page.url.pathname, { search });
}
