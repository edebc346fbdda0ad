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
	baselines: Map<string, number>;
	papers: Map<string, number>;
}

export interface FilterResult {
	claims: Claim[];
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

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
	return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}
function bump(map: Map<string, number>, key: string): void {
	map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Filters claims and counts facets in one pass over `claims` (kept in input order). Pure: neither
 * `claims` nor `filters` is changed. View options (rowUnit, groupBy, sort) do not filter.
 */
export function filterClaims(claims: readonly Claim[], filters: Filters): FilterResult {
	const metrics = filters.metrics.length ? new Set<string>(filters.metrics) : null;
	const kinds = filters.normKinds.length ? new Set<string>(filters.normKinds) : null;
	const hidden = new Set<string>(filters.hideQualifiers);
	const words = filters.q.toLowerCase().split(/\s+/).filter(Boolean);
	const { baseline, paper, dateFrom, dateTo } = filters;
	const counts: FacetCounts = {
		metrics: zeroCounts(METRICS),
		normKinds: zeroCounts(NORM_KIND_FILTERS),
		qualifiers: zeroCounts(QUALIFIERS),
		baselines: new Map(),
		papers: new Map()
	};
	const shown: Claim[] = [];
	for (const c of claims) {
		let fails = 0;
		if (metrics && !metrics.has(c.metric)) fails |= METRIC;
		if (kinds && !kinds.has(normKindOf(c))) fails |= KIND;
		if (hidden.has(c.qualifier)) fails |= QUALIFIER;
		if (baseline && c.baseline !== baseline) fails |= BASELINE;
		if (paper && c.paper_id !== paper) fails |= PAPER;
		if ((dateFrom || dateTo) && (!c.date || (dateFrom && c.date < dateFrom) || (dateTo && c.date > dateTo)))
			fails |= DATE_BIT;
		if (words.length) {
			const h = haystack(c);
			if (!words.every((w) => h.includes(w))) fails |= SEARCH;
		}
		if (fails === 0) shown.push(c);
		// Count towards a facet when every *other* facet passes: fails is 0 or that facet's bit alone.
		if ((fails & ~METRIC) === 0) counts.metrics[c.metric]++;
		if ((fails & ~KIND) === 0) counts.normKinds[normKindOf(c)]++;
		if ((fails & ~QUALIFIER) === 0) counts.qualifiers[c.qualifier]++;
		if ((fails & ~BASELINE) === 0) bump(counts.baselines, c.baseline);
		if ((fails & ~PAPER) === 0) bump(counts.papers, c.paper_id);
	}
	return { claims: shown, counts };
}

/** The claims the filters let through, in input order. Pure. */
export function applyFilters(claims: readonly Claim[], filters: Filters): Claim[] {
	return filterClaims(claims, filters).claims;
}
