/**
 * Table order. Pure and stable: ties keep paper then claim order, so the view never jumps.
 *
 * A sort is computed from columns (`SortColumns`): numbers per claim and each paper's title and id
 * once, so the same function runs here and in a worker (typed arrays and ~40,000 distinct papers
 * clone much faster than 100,000 claim objects; the order comes back transferred). What must stay true: the order equals
 * sorting the claims by `sign * key || title || paper id || claim number || position`, where
 * titles and ids compare with `compareText` (sort.test.ts checks it against that comparator).
 */
import { METRICS, QUALIFIERS, type Claim } from '../claims/schema.ts';
import type { SortDir, SortKey } from './filters.ts';
import { compareText } from '../text/compare.ts';

const KIND_ORDER: Record<string, number> = { factor: 0, delta: 1, level: 2, '': 3 };
const metricRank = new Map<string, number>(METRICS.map((m, i) => [m, i]));
const qualifierRank = new Map<string, number>(QUALIFIERS.map((q, i) => [q, i]));

export interface SortColumns {
	/** 1 ascending, -1 descending: applies to the key (paper order itself when sorting by paper);
	 * ties are then broken in ascending paper order. */
	sign: 1 | -1;
	/** Sorting by paper: no `keys`, the paper order is the key. */
	byPaper: boolean;
	/** Each distinct (title, paper id) pair once. */
	titles: string[];
	ids: string[];
	/** Per claim: its pair, its claim number, and the sort key's values, compared in order. */
	pairOf: Uint32Array;
	claimNo: Float64Array;
	keys: Float64Array[];
}

/** The key's values per claim, as numbers compared in order (NaN differences count as ties). */
function keyColumns(claims: readonly Claim[], key: SortKey): Float64Array[] {
	const n = claims.length;
	switch (key) {
		case 'paper':
			return [];
		case 'date': {
			// Dates compare as strings (undated as '': first ascending, last descending): their rank.
			const distinct = [...new Set(claims.map((c) => c.date))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
			const rank = new Map(distinct.map((d, i) => [d, i]));
			return [Float64Array.from(claims, (c) => rank.get(c.date)!)];
		}
		case 'metric':
			return [Float64Array.from(claims, (c) => metricRank.get(c.metric)!)];
		case 'value': {
			// Normalized values sort within their kind (factors, then deltas, levels, unnormalized).
			const kind = new Float64Array(n);
			const value = new Float64Array(n);
			for (let i = 0; i < n; i++) {
				kind[i] = KIND_ORDER[claims[i].norm_kind];
				value[i] = claims[i].norm_high ?? -Infinity;
			}
			return [kind, value];
		}
		case 'qualifier':
			return [Float64Array.from(claims, (c) => qualifierRank.get(c.qualifier)!)];
	}
}

export function sortColumns(claims: readonly Claim[], key: SortKey, dir: SortDir): SortColumns {
	const byTitle = new Map<string, Map<string, number>>();
	const titles: string[] = [];
	const ids: string[] = [];
	const pairOf = new Uint32Array(claims.length);
	const claimNo = new Float64Array(claims.length);
	for (let i = 0; i < claims.length; i++) {
		const { title, paper_id } = claims[i];
		let byId = byTitle.get(title);
		if (!byId) byTitle.set(title, (byId = new Map()));
		let pair = byId.get(paper_id);
		if (pair === undefined) {
			byId.set(paper_id, (pair = titles.length));
			titles.push(title);
			ids.push(paper_id);
		}
		pairOf[i] = pair;
		claimNo[i] = claims[i].claim;
	}
	return { sign: dir === 'asc' ? 1 : -1, byPaper: key === 'paper', titles, ids, pairOf, claimNo, keys: keyColumns(claims, key) };
}

/** Each pair's place in paper order; pairs `compareText` finds equal share a place. */
function pairRanks({ titles, ids }: SortColumns): Uint32Array {
	const compare = (a: number, b: number) => compareText(titles[a], titles[b]) || compareText(ids[a], ids[b]);
	const byOrder = Array.from(titles, (_, k) => k).sort(compare);
	const rank = new Uint32Array(titles.length);
	for (let r = 1, place = 0; r < byOrder.length; r++) {
		if (compare(byOrder[r - 1], byOrder[r]) !== 0) place++;
		rank[byOrder[r]] = place;
	}
	return rank;
}

/** Positions of the claims in table order. */
export function orderOfColumns(columns: SortColumns): Uint32Array {
	const { sign, byPaper, pairOf, claimNo, keys } = columns;
	const rank = pairRanks(columns);
	const paperOrder = (i: number, j: number) => rank[pairOf[i]] - rank[pairOf[j]] || claimNo[i] - claimNo[j];
	const order = new Uint32Array(pairOf.length);
	for (let i = 0; i < order.length; i++) order[i] = i;
	return order.sort((i, j) => {
		if (byPaper) return sign * paperOrder(i, j) || i - j;
		for (const key of keys) {
			const d = key[i] - key[j];
			if (d > 0 || d < 0) return sign * d;
		}
		return paperOrder(i, j) || i - j;
	});
}

/** Positions of `claims` in table order; the input is not changed. */
export function sortOrder(claims: readonly Claim[], key: SortKey, dir: SortDir): Uint32Array {
	return orderOfColumns(sortColumns(claims, key, dir));
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
