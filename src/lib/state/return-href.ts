/**
 * The explorer address that "All claims" links lead back to, kept in sessionStorage so that a
 * paper page reloaded (or opened by link in the same tab) still returns to the view it came from.
 * Losing it is harmless (the link falls back to `/`), so storage failures are ignored here.
 */
import type { StorageLike } from './storage.ts';

export const RETURN_HREF_KEY = 'claimscope:explorer-href';

/** Only the explorer's own address with a query: never another origin (`//host`) or page. */
export function isExplorerHref(href: string): boolean {
	return href === '/' || (href.startsWith('/?') && !/[\s\\]/.test(href));
}

function sessionStore(): StorageLike | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		return null; // storage blocked by the browser's settings
	}
}

export function readReturnHref(storage: StorageLike | null = sessionStore()): string | null {
	try {
		const href = storage?.getItem(RETURN_HREF_KEY) ?? null;
		return href !== null && isExplorerHref(href) ? href : null;
	} catch {
		return null;
	}
}

export function saveReturnHref(href: string, storage: StorageLike | null = sessionStore()): void {
	if (!isExplorerHref(href)) return;
	try {
		storage?.setItem(RETURN_HREF_KEY, href);
	} catch {
		// a full or blocked session storage only costs the way back to the same filters
	}
}
