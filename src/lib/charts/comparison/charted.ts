/**
 * What the comparison chart will show of a set of claims, in one pass (the page's legend and its
 * "not charted" note): the families with a factor or delta, in contract order, and how many claims
 * are table-only (levels, unnormalized). One loop instead of one scan per family: at 100,000
 * claims the scans of absent families cost more than the chart.
 */
import { METRICS, type Claim, type Metric } from '../../claims/schema.ts';

export interface ChartedSummary {
	metrics: Metric[];
	notCharted: number;
}

export function summarizeCharted(claims: readonly Claim[]): ChartedSummary {
	const present = new Set<Metric>();
	let notCharted = 0;
	for (const c of claims) {
		if (c.norm_kind === 'factor' || c.norm_kind === 'delta') present.add(c.metric);
		else notCharted++;
	}
	return { metrics: METRICS.filter((m) => present.has(m)), notCharted };
}
