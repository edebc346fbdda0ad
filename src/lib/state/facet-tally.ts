/**
 * Facet counts over a dictionary of values (papers, baselines): the counts stay in the typed
 * array the filter pass counted into, and the read-only Map-like view below reads them there.
 * At 100,000 claims there are ~40,000 papers; building a Map of them, then an array of its
 * entries for the paper list, on every filter change cost allocations the garbage collector then
 * charged to the next frame.
 *
 * What must stay true: `entries()` lists values with a count, in the order their first counted
 * claim came (the order a Map filled in the filter pass had); `get`/`has` agree with it.
 */

/** Positions (into `counts`) of the `k` highest of `codes`' counts, ties in `codes` order; all
 * of them when there are `k` or fewer. Linear: a histogram of counts finds the cut-off. */
export function topCodes(codes: readonly number[], counts: ArrayLike<number>, k: number): number[] {
	if (codes.length <= k) return codes.slice();
	let max = 0;
	for (const c of codes) if (counts[c] > max) max = counts[c];
	const histogram = new Uint32Array(max + 2);
	for (const c of codes) histogram[counts[c]]++;
	// Lowest count that still makes the cut, and how many codes at exactly that count fit.
	let above = 0;
	let threshold = max;
	while (threshold > 0 && above + histogram[threshold] < k) above += histogram[threshold--];
	let atThreshold = k - above;
	const out: number[] = [];
	for (const c of codes) {
		const n = counts[c];
		if (n > threshold) out.push(c);
		else if (n === threshold && atThreshold > 0) {
			out.push(c);
			atThreshold--;
		}
	}
	return out;
}

export class FacetTally<K> {
	/**
	 * @param names value of each code
	 * @param codeOf code of a value (undefined when the dataset has no such value)
	 * @param counts count per code
	 * @param order codes with a count, in first-counted order
	 */
	constructor(
		private readonly names: readonly K[],
		private readonly codeOf: ReadonlyMap<K, number>,
		private readonly counts: Uint32Array,
		private readonly order: readonly number[]
	) {}

	get size(): number {
		return this.order.length;
	}

	get(key: K): number | undefined {
		const code = this.codeOf.get(key);
		return code === undefined || this.counts[code] === 0 ? undefined : this.counts[code];
	}

	has(key: K): boolean {
		return this.get(key) !== undefined;
	}

	entries(): [K, number][] {
		return this.order.map((c) => [this.names[c], this.counts[c]]);
	}

	/** The `k` values with the highest counts, ties in first-counted order (see topCodes). */
	top(k: number): [K, number][] {
		return topCodes(this.order, this.counts, k).map((c) => [this.names[c], this.counts[c]]);
	}
}
