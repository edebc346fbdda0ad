/**
 * The claims CSV contract, typed once. Mirrors docs/claims-csv.md (copied from the shared
 * claims-schema.md). Column order, metric families, units, qualifiers and changes are defined
 * here and nowhere else; every switch over them must be exhaustive (see `assertNever`).
 */

/** The contract's columns, in CSV order. */
export const CLAIM_COLUMNS = [
	'paper_id',
	'title',
	'date',
	'claim',
	'quote',
	'start',
	'end',
	'metric',
	'higher_is_better',
	'value_low',
	'value_high',
	'unit',
	'qualifier',
	'change',
	'baseline',
	'baseline_value',
	'context',
	'norm_kind',
	'norm_low',
	'norm_high',
	'norm_unit'
] as const;
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

/** Curation status: an extension of the contract, written as an extra `status` column. */
export const CLAIM_STATUSES = ['extracted', 'edited', 'added', 'rejected'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
/** Extension columns the app writes after the contract's 21 (documented in docs/claims-csv.md). */
export const EXTENSION_COLUMNS = ['status', 'verified'] as const;

export const METRICS = [
	'latency',
	'speed',
	'throughput',
	'memory',
	'compute',
	'cost',
	'energy',
	'tokens',
	'bandwidth',
	'capacity',
	'accuracy',
	'error',
	'other'
] as const;
export type Metric = (typeof METRICS)[number];

export type MetricGroup = 'efficiency' | 'quality' | 'other';

export interface MetricInfo {
	/** Efficiency families normalize to factors, quality families to point deltas. */
	group: MetricGroup;
	/** The default direction; a quote can flip it (`energy efficiency` is higher-is-better). */
	higherIsBetter: boolean;
	label: string;
}

export const METRIC_INFO: Record<Metric, MetricInfo> = {
	latency: { group: 'efficiency', higherIsBetter: false, label: 'Latency' },
	speed: { group: 'efficiency', higherIsBetter: true, label: 'Speed-up' },
	throughput: { group: 'efficiency', higherIsBetter: true, label: 'Throughput' },
	memory: { group: 'efficiency', higherIsBetter: false, label: 'Memory' },
	compute: { group: 'efficiency', higherIsBetter: false, label: 'Compute' },
	cost: { group: 'efficiency', higherIsBetter: false, label: 'Cost' },
	energy: { group: 'efficiency', higherIsBetter: false, label: 'Energy' },
	tokens: { group: 'efficiency', higherIsBetter: false, label: 'Tokens' },
	bandwidth: { group: 'efficiency', higherIsBetter: false, label: 'Bandwidth' },
	capacity: { group: 'efficiency', higherIsBetter: true, label: 'Capacity' },
	accuracy: { group: 'quality', higherIsBetter: true, label: 'Accuracy' },
	error: { group: 'quality', higherIsBetter: false, label: 'Error' },
	other: { group: 'other', higherIsBetter: true, label: 'Other' }
};

export const QUALIFIERS = ['up_to', 'average', 'about', 'at_least', 'at_most', 'exact'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
export const QUALIFIER_LABELS: Record<Qualifier, string> = {
	up_to: 'up to',
	average: 'average',
	about: 'about',
	at_least: 'at least',
	at_most: 'at most',
	exact: 'exact'
};

export const CHANGES = ['increase', 'decrease', 'level'] as const;
export type Change = (typeof CHANGES)[number];

export const NORM_KINDS = ['factor', 'delta', 'level'] as const;
export type NormKind = (typeof NORM_KINDS)[number];

/** Time units and their size in milliseconds (levels are normalized to ms). */
export const TIME_UNITS_MS: Record<string, number> = {
	ns: 1e-6,
	us: 1e-3,
	ms: 1,
	s: 1000,
	min: 60_000,
	h: 3_600_000,
	day: 86_400_000
};
/** Size units and their size in gigabytes (levels are normalized to GB). `bits` is kept as written:
 * it is almost always bits per weight, where GB would mislead. */
export const SIZE_UNITS_GB: Record<string, number> = {
	B: 1e-9,
	KB: 1e-6,
	MB: 1e-3,
	GB: 1,
	TB: 1e3
};

/** One row of the claims CSV. Field names are the contract's column names. */
export interface Claim {
	paper_id: string;
	title: string;
	/** `YYYY-MM-DD`, or '' when unknown. */
	date: string;
	/** 1-based order of the claim within its paper, by `start`. */
	claim: number;
	/** Exact substring of the abstract: `abstract.slice(start, end) === quote` (UTF-16 indices). */
	quote: string;
	start: number;
	end: number;
	metric: Metric;
	higher_is_better: boolean;
	/** As written, without sign; `value_low <= value_high`. */
	value_low: number;
	value_high: number;
	unit: string;
	qualifier: Qualifier;
	change: Change;
	baseline: string;
	baseline_value: number | null;
	context: string;
	/** '' when the claim cannot be normalized (see `normalizeClaim` for the reason). */
	norm_kind: NormKind | '';
	norm_low: number | null;
	norm_high: number | null;
	norm_unit: string;
	/** Extension: curation status; absent means `extracted`. */
	status?: ClaimStatus;
	/** Extension: a user checked this claim against its source. */
	verified?: boolean;
}

/** The fields of a claim that extraction or a user decides; normalization derives the rest. */
export type ClaimFacts = Pick<
	Claim,
	'metric' | 'higher_is_better' | 'value_low' | 'value_high' | 'unit' | 'change' | 'baseline_value'
>;

export function isMetric(value: string): value is Metric {
	return (METRICS as readonly string[]).includes(value);
}
export function isQualifier(value: string): value is Qualifier {
	return (QUALIFIERS as readonly string[]).includes(value);
}
export function isChange(value: string): value is Change {
	return (CHANGES as readonly string[]).includes(value);
}
export function isNormKind(value: string): value is NormKind {
	return (NORM_KINDS as readonly string[]).includes(value);
}
export function isClaimStatus(value: string): value is ClaimStatus {
	return (CLAIM_STATUSES as readonly string[]).includes(value);
}

/** Efficiency families are the first ten; they normalize `%` changes to factors. */
export function isEfficiencyMetric(metric: Metric): boolean {
	return METRIC_INFO[metric].group === 'efficiency';
}
export function isQualityMetric(metric: Metric): boolean {
	return METRIC_INFO[metric].group === 'quality';
}

/** Compile-time exhaustiveness for switches over the contract's unions. */
export function assertNever(value: never): never {
	throw new Error(`Unexpected value: ${String(value)}`);
}
