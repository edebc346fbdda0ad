/**
 * The explorer's view state: which claims are shown and how. Pure: no DOM, no Svelte.
 * The URL carries only what differs from DEFAULT_FILTERS, so a shared link reproduces the view and
 * a plain `/` is the default view. `parseFilters(serializeFilters(f))` equals `f` for every valid `f`.
 */
import {
	type Claim,
	type Metric,
	type NormKind,
	type Qualifier,
	isMetric,
	isNormKind,
	isQualifier,
	METRICS,
	QUALIFIERS
} from '../claims/schema.ts';
import { type Dataset, DATASETS, DEFAULT_DATASET } from './user-data.ts';
import { FacetTally } from './facet-tally.ts';

/** `none` stands for claims without a normalization (empty `norm_kind`). */
export type NormKindFilter = NormKind | 'none';
export const NORM_KIND_FILTERS: readonly NormKindFilter[] = ['factor', 'delta', 'level', 'none'];

export const ROW_UNITS = ['claim', 'paper'] as const;
/** Chart rows: one per claim, or one per paper with its best claim. */
export type RowUnit = (typeof ROW_UNITS)[number];
export const GROUP_BYS = ['metric', 'baseline'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export const SORT_KEYS = ['paper', 'date', 'metric', 'value', 'qualifier'] as const;
/** Table sort column. `paper` sorts by title, then claim order. */
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';
/** Tabs of the chart area: the comparison chart and the trade-off (Pareto) chart. */
export const CHART_TABS = ['comparison', 'tradeoff'] as const;
export type ChartTab = (typeof CHART_TABS)[number];

export interface Filters {
	/** Metric families shown; empty means all. */
	metrics: Metric[];
	/** Norm kinds shown; empty means all. */
	normKinds: NormKindFilter[];
	/** Qualifiers hidden (e.g. hide `up_to` claims); empty hides none. */
	hideQualifiers: Qualifier[];
	/** Exact baseline name, '' for all. */
	baseline: string;
	/** A paper_id, '' for all. */
	paper: string;
	/** `YYYY-MM-DD` bounds, inclusive, '' for open. A set bound hides undated claims. */
	dateFrom: string;
	dateTo: string;
	/** Words that must all occur (case-insensitive) in the title or the quote. */
	q: string;
	rowUnit: RowUnit;
	groupBy: GroupBy;
	sort: SortKey;
	dir: SortDir;
	chart: ChartTab;
	/** Which claims: the bundled corpus, the user's own papers, or both (see `user-data.ts`). */
	dataset: Dataset;
}

export const DEFAULT_FILTERS: Readonly<Filters> = Object.freeze({
	metrics: [],
	normKinds: [],
	hideQualifiers: [],
	baseline: '',
	paper: '',
	dateFrom: '',
	dateTo: '',
	q: '',
	rowUnit: 'claim',
	groupBy: 'metric',
	sort: 'paper',
	dir: 'asc',
	chart: 'comparison',
	dataset: DEFAULT_DATASET
} satisfies Filters);

/** URL parameter names, one per field. Lists repeat the parameter: `metric=latency&metric=speed`. */
export const FILTER_PARAMS = {
	metrics: 'metric',
	normKinds: 'kind',
	hideQualifiers: 'hide',
	baseline: 'baseline',
	paper: 'paper',
	dateFrom: 'from',
	dateTo: 'to',
	q: 'q',
	rowUnit: 'rows',
	groupBy: 'group',
	sort: 'sort',
	dir: 'dir',
	chart: 'chart',
	dataset: 'data'
} as const satisfies Record<keyof Filters, string>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isNormKindFilter(v: string): v is NormKindFilter {
	return v === 'none' || isNormKind(v);
}
function oneOf<T extends string>(values: readonly T[], v: string | null, fallback: T): T {
	return v !== null && (values as readonly string[]).includes(v) ? (v as T) : fallback;
}
/** Unique valid values, in the order of `order` so that equal sets serialize equally. */
function validList<T extends string>(raw: string[], isValid: (v: string) => v is T, order: readonly T[]): T[] {
	const set = new Set(raw.filter(isValid));
	return order.filter((v) => set.has(v));
}

/** Reads filters from URL parameters; unknown or invalid values fall back to the default. */
export function parseFilters(params: URLSearchParams): Filters {
	const p = FILTER_PARAMS;
	const date = (v: string | null) => (v && DATE.test(v) ? v : '');
	return {
		metrics: validList(params.getAll(p.metrics), isMetric, METRICS),
		normKinds: validList(params.getAll(p.normKinds), isNormKindFilter, NORM_KIND_FILTERS),
		hideQualifiers: validList(params.getAll(p.hideQualifiers), isQualifier, QUALIFIERS),
		baseline: params.get(p.baseline) ?? '',
		paper: params.get(p.paper) ?? '',
		dateFrom: date(params.get(p.dateFrom)),
		dateTo: date(params.get(p.dateTo)),
		q: params.get(p.q) ?? '',
		rowUnit: oneOf(ROW_UNITS, params.get(p.rowUnit), DEFAULT_FILTERS.rowUnit),
		groupBy: oneOf(GROUP_BYS, params.get(p.groupBy), DEFAULT_FILTERS.groupBy),
		sort: oneOf(SORT_KEYS, params.get(p.sort), DEFAULT_FILTERS.sort),
		dir: oneOf(['asc', 'desc'] as const, params.get(p.dir), DEFAULT_FILTERS.dir),
		chart: oneOf(CHART_TABS, params.get(p.chart), DEFAULT_FILTERS.chart),
		dataset: oneOf(DATASETS, params.get(p.dataset), DEFAULT_FILTERS.dataset)
	};
}

/** Writes only the fields that differ from the defaults, in a fixed order. */
export function serializeFilters(filters: Filters): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of Object.keys(FILTER_PARAMS) as (keyof Filters)[]) {
		const value = filters[key];
		const name = FILTER_PARAMS[key];
		if (Array.isArray(value)) for (const v of value) params.append(name, v);
		else if (value !== DEFAULT_FILTERS[key]) params.set(name, value);
	}
	return params;
}

/** The same view with every narrowing filter off; view options (rows, grouping, sort, chart, dataset) kept. */
export function clearFilters(f: Filters): Filters {
	return { ...f, metrics: [], normKinds: [], hideQualifiers: [], baseline: '', paper: '', dateFrom: '', dateTo: '', q: '' };
}

/** `true` when a filter (not a view option such as grouping or sort) narrows the claims. */
export function isFiltered(f: Filters): boolean {
	return (
		f.metrics.length > 0 ||
		f.normKinds.length > 0 ||
		f.hideQualifiers.length > 0 ||
		f.baseline !== '' ||
		f.paper !== '' ||
		f.dateFrom !== '' ||
		f.dateTo !== '' ||
		f.q.trim() !== ''
	);
}

/** How many claims each facet value would show, given every other filter (the usual facet count). */
export interface FacetCounts {
	metrics: Record<Metric, number>;
	normKinds: Record<NormKindFilter, number>;
	qualifiers: Record<Qualifier, number>;
	baselines: FacetTally<string>;
	papers: FacetTally<string>;
}

export interface FilterResult {
	claims: Claim[];
	/** 1 at the position (in the input) of each claim shown, 0 elsewhere. */
	passed: Uint8Array;
	counts: FacetCounts;
}

// Facet bits: a claim that fails exactly one facet still counts towards that facet's values.
const METRIC = 1;
const KIND = 2;
const QUALIFIER = 4;
const BASELINE = 8;
const PAPER = 16;
const DATE_BIT = 32;
const SEARCH = 64;

/** Lowercased title and quote, computed once per claim object (claims are immutable). */
const haystacks = new WeakMap<Claim, string>();
function haystack(c: Claim): string {
	let h = haystacks.get(c);
	if (h === undefined) {
		h = `${c.title}\n${c.quote}`.toLowerCase();
		haystacks.set(c, h);
	}
	return h;
}

export function normKindOf(c: Claim): NormKindFilter {
	return c.norm_kind === '' ? 'none' : c.norm_kind;
}


/**
 * Each claim's facet values as small integers, computed once per claims array (the dataset is
 * replaced whole, never mutated): a filter change then tests bytes and counts into typed arrays
 * instead of hashing strings into Sets and Maps for every claim (at 100,000 claims, ~70 ms → ~15).
 */
interface FacetIndex {
	metric: Uint8Array;
	kind: Uint8Array;
	qualifier: Uint8Array;
	baseline: Uint32Array;
	paper: Uint32Array;
	baselines: string[];
	papers: string[];
	baselineCode: Map<string, number>;
	paperCode: Map<string, number>;
}

const indexes = new WeakMap<readonly Claim[], FacetIndex>();
const METRIC_CODE = new Map<string, number>(METRICS.map((m, i) => [m, i]));
const KIND_CODE = new Map<string, number>(NORM_KIND_FILTERS.map((k, i) => [k, i]));
const QUALIFIER_CODE = new Map<string, number>(QUALIFIERS.map((q, i) => [q, i]));

function dictionary(values: (i: number) => string, n: number): { codes: Uint32Array; names: string[]; byName: Map<string, number> } {
	const codes = new Uint32Array(n);
	const byName = new Map<string, number>();
	const names: string[] = [];
	for (let i = 0; i < n; i++) {
		const v = values(i);
		let code = byName.get(v);
		if (code === undefined) {
			code = names.length;
			byName.set(v, code);
			names.push(v);
		}
		codes[i] = code;
	}
	return { codes, names, byName };
}

function facetIndex(claims: readonly Claim[]): FacetIndex {
	let index = indexes.get(claims);
	if (index) return index;
	const n = claims.length;
	const metric = new Uint8Array(n);
	const kind = new Uint8Array(n);
	const qualifier = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const c = claims[i];
		metric[i] = METRIC_CODE.get(c.metric)!;
		kind[i] = KIND_CODE.get(normKindOf(c))!;
		qualifier[i] = QUALIFIER_CODE.get(c.qualifier)!;
	}
	const baseline = dictionary((i) => claims[i].baseline, n);
	const paper = dictionary((i) => claims[i].paper_id, n);
	index = {
		metric,
		kind,
		qualifier,
		baseline: baseline.codes,
		paper: paper.codes,
		baselines: baseline.names,
		papers: paper.names,
		baselineCode: baseline.byName,
		paperCode: paper.byName
	};
	indexes.set(claims, index);
	return index;
}

/** Codes allowed by a list filter (empty list: all), as a byte mask over `order`. */
function allowMask<T extends string>(order: readonly T[], chosen: readonly T[], invert = false): Uint8Array {
	const mask = new Uint8Array(order.length);
	const set = new Set<string>(chosen);
	for (let i = 0; i < order.length; i++) mask[i] = (chosen.length === 0 || set.has(order[i])) !== invert ? 1 : 0;
	return mask;
}

/**
 * Filters claims and counts facets in one pass over `claims` (kept in input order). Pure: neither
 * `claims` nor `filters` is changed. View options (rowUnit, groupBy, sort) do not filter.
 * Map counts list values in the order their first counted claim comes in `claims`. When every
 * claim passes, `claims` is returned as is (callers never mutate claim arrays).
 */
export function filterClaims(claims: readonly Claim[], filters: Filters): FilterResult {
	const ix = facetIndex(claims);
	const metricOk = allowMask(METRICS, filters.metrics);
	const kindOk = allowMask(NORM_KIND_FILTERS, filters.normKinds);
	const qualifierOk = filters.hideQualifiers.length ? allowMask(QUALIFIERS, filters.hideQualifiers, true) : allowMask(QUALIFIERS, []);
	const words = filters.q.toLowerCase().split(/\s+/).filter(Boolean);
	const { baseline, paper, dateFrom, dateTo } = filters;
	const baselineCode = baseline ? (ix.baselineCode.get(baseline) ?? -1) : -1;
	const paperCode = paper ? (ix.paperCode.get(paper) ?? -1) : -1;
	const metricCounts = new Uint32Array(METRICS.length);
	const kindCounts = new Uint32Array(NORM_KIND_FILTERS.length);
	const qualifierCounts = new Uint32Array(QUALIFIERS.length);
	const baselineCounts = new Uint32Array(ix.baselines.length);
	const paperCounts = new Uint32Array(ix.papers.length);
	const baselineOrder: number[] = [];
	const paperOrder: number[] = [];
	const shown: Claim[] = [];
	const n = claims.length;
	const passed = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		let fails = 0;
		if (metricOk[ix.metric[i]] === 0) fails |= METRIC;
		if (kindOk[ix.kind[i]] === 0) fails |= KIND;
		if (qualifierOk[ix.qualifier[i]] === 0) fails |= QUALIFIER;
		if (baseline && ix.baseline[i] !== baselineCode) fails |= BASELINE;
		if (paper && ix.paper[i] !== paperCode) fails |= PAPER;
		if (dateFrom || dateTo || words.length) {
			const c = claims[i];
			if ((dateFrom || dateTo) && (!c.date || (dateFrom && c.date < dateFrom) || (dateTo && c.date > dateTo))) fails |= DATE_BIT;
			if (words.length) {
				const h = haystack(c);
				if (!words.every((w) => h.includes(w))) fails |= SEARCH;
			}
		}
		if (fails === 0) {
			shown.push(claims[i]);
			passed[i] = 1;
		}
		// Count towards a facet when every *other* facet passes: fails is 0 or that facet's bit alone.
		if ((fails & ~METRIC) === 0) metricCounts[ix.metric[i]]++;
		if ((fails & ~KIND) === 0) kindCounts[ix.kind[i]]++;
		if ((fails & ~QUALIFIER) === 0) qualifierCounts[ix.qualifier[i]]++;
		if ((fails & ~BASELINE) === 0 && baselineCounts[ix.baseline[i]]++ === 0) baselineOrder.push(ix.baseline[i]);
		if ((fails & ~PAPER) === 0 && paperCounts[ix.paper[i]]++ === 0) paperOrder.push(ix.paper[i]);
	}
	const record = <K extends string>(keys: readonly K[], values: Uint32Array) => Object.fromEntries(keys.map((k, i) => [k, values[i]])) as Record<K, number>;
	const counts: FacetCounts = {
		metrics: record(METRICS, metricCounts),
		normKinds: record(NORM_KIND_FILTERS, kindCounts),
		qualifiers: record(QUALIFIERS, qualifierCounts),
		baselines: new FacetTally(ix.baselines, ix.baselineCode, baselineCounts, baselineOrder),
		papers: new FacetTally(ix.papers, ix.paperCode, paperCounts, paperOrder)
	};
	// Nothing filtered out: the input array itself, so views that cache by array (the dense
	// chart's geometry) find the unfiltered view again when a filter is switched off.
	return { claims: shown.length === n ? (claims as Claim[]) : shown, passed, counts };
}

/** The claims the filters let through, in input order. Pure. */
export function applyFilters(claims: readonly Claim[], filters: Filters): Claim[] {
	return filterClaims(claims, filters).claims;
}
