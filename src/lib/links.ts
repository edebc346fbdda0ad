/** Links inside the app, built in one place so that routes can move. */
export function paperHref(paperId: string, claim?: number): string {
	return `/paper/${encodeURIComponent(paperId)}${claim !== undefined ? `#claim-${claim}` : ''}`;
}
