/**
 * Table order. Pure and stable: ties keep paper then claim order, so the view never jumps.
 */
import { METRICS, QUALIFIERS, type Claim } from '../claims/schema.ts';
import type { SortDir, SortKey } from './filters.ts';
import { compareText } from '../text/compare.ts';

const KIND_ORDER: Record<string, number> = { factor: 0, delta: 1, level: 2, '': 3 };
const metricRank = new Map<string, number>(METRICS.map((m, i) => [m, i]));
const qualifierRank = new Map<string, number>(QUALIFIERS.map((q, i) => [q, i]));

function byPaper(a: Claim, b: Claim): number {
	return compareText(a.title, b.title) || compareText(a.paper_id, b.paper_id) || a.claim - b.claim;
}

/** Normalized values sort within their kind (factors, then deltas, levels, unnormalized). */
function byValue(a: Claim, b: Claim): number {
	return (
		KIND_ORDER[a.norm_kind] - KIND_ORDER[b.norm_kind] || (a.norm_high ?? -Infinity) - (b.norm_high ?? -Infinity)
	);
}

const COMPARE: Record<SortKey, (a: Claim, b: Claim) => number> = {
	paper: byPaper,
	// Undated claims sort as the empty string: first ascending, last descending.
	date: (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
	metric: (a, b) => metricRank.get(a.metric)! - metricRank.get(b.metric)!,
	value: byValue,
	qualifier: (a, b) => qualifierRank.get(a.qualifier)! - qualifierRank.get(b.qualifier)!
};

/** Positions of `claims` in table order; the input is not changed. Ties beyond paper and claim
 * number keep input order, so the order is fully determined. */
export function sortOrder(claims: readonly Claim[], key: SortKey, dir: SortDir): Uint32Array {
	const sign = dir === 'asc' ? 1 : -1;
	const compare = COMPARE[key];
	const order = new Uint32Array(claims.length);
	for (let i = 0; i < order.length; i++) order[i] = i;
	return order.sort((i, j) => sign * compare(claims[i], claims[j]) || byPaper(claims[i], claims[j]) || i - j);
}

/** A sorted copy of `claims`; the input is not changed. */
export function sortClaims(claims: readonly Claim[], key: SortKey, dir: SortDir): Claim[] {
	return Array.from(sortOrder(claims, key, dir), (i) => claims[i]);
}

/** The claims at `order`'s positions whose `passed` byte is 1, in `order`'s order: the table's rows
 * for a filter, without sorting again (filtering keeps the sort). */
export function keepPassed(claims: readonly Claim[], order: Uint32Array, passed: Uint8Array): Claim[] {
	const out: Claim[] = [];
	for (let k = 0; k < order.length; k++) if (passed[order[k]] === 1) out.push(claims[order[k]]);
	return out;
}
