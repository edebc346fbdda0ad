/** Sentences every exported figure carries, so a chart taken into a slide still says what it shows. */

/** How values were made comparable (the contract's normalization, in one paragraph). */
export const NORMALIZATION_NOTE =
	'Normalization: a factor is how many times better than the baseline (above 1× is better; a p% cut of a lower-is-better quantity such as latency is 1/(1−p), a p% gain of a higher-is-better one 1+p); a delta is the change in quality points, positive when better. Values are as the abstracts claim them, not re-measured.';

/** `Source: Claimscope, 89 claims from 28 papers` (singular where it applies). */
export function sourceLine(claims: number, papers: number, dataset = ''): string {
	const c = `${claims} claim${claims === 1 ? '' : 's'}`;
	const p = `${papers} paper${papers === 1 ? '' : 's'}`;
	return `Source: Claimscope${dataset ? ` (${dataset})` : ''}, ${c} from ${p}`;
}

/** Today's date as `YYYY-MM-DD` in UTC (figures are dated by export day). */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
