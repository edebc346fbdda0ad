/**
 * How claims become Pareto points: each paper (or each paper and context) gives one point whose x
 * and y are read from its claims by an axis spec (which metric families, which normalized kind,
 * the best or the worst value). Pure; claims are only read. The rule is also written out in words,
 * because a chart that pairs numbers from different sentences must say how it did it.
 */
import type { Claim, Metric, NormKind } from '../../claims/schema.ts';
import { METRIC_INFO, METRICS } from '../../claims/schema.ts';
import type { Better } from './frontier.ts';

/** Which claim value stands for a paper when it makes several claims on one axis. */
export type Aggregate = 'best' | 'worst';
export type PointGrouping = 'paper' | 'context';

/** One axis of the Pareto chart, as the user chose it. */
export interface AxisSpec {
	/** Metric families whose claims count on this axis (at least one). */
	families: readonly Metric[];
	/** Normalized kind: factors (×), deltas (points) or levels (a canonical unit). */
	kind: NormKind;
	/** Levels only: the canonical unit (`ms`, `%`, `GB`...). Absent: the most common in the data. */
	unit?: string;
	aggregate: Aggregate;
}

export interface PairingOptions {
	x: AxisSpec;
	y: AxisSpec;
	/** One point per paper, or per paper and context (context-free claims join every context). */
	per: PointGrouping;
}

/** The efficiency families that say "how much faster": the default x axis. */
export const DEFAULT_PAIRING: PairingOptions = {
	x: { families: ['latency', 'speed', 'throughput'], kind: 'factor', aggregate: 'best' },
	y: { families: ['accuracy', 'error'], kind: 'delta', aggregate: 'best' },
	per: 'paper'
};

/** An axis spec resolved against the data: its unit, better direction and titles are known. */
export interface ResolvedAxis extends AxisSpec {
	unit: string;
	better: Better;
	/** Axis title, e.g. `Best latency, speed-up or throughput factor (×)`. */
	title: string;
}

export interface ParetoPoint {
	/** Unique per point: the paper id, plus `#context` when points are per context. */
	id: string;
	paperId: string;
	title: string;
	date: string;
	/** The context of the point ('' for per-paper points or claims without context). */
	context: string;
	x: number;
	y: number;
	/** The claims that gave x and y (for tooltips and exports). */
	xClaim: Claim;
	yClaim: Claim;
	/** How many claims were candidates on each axis. */
	xCount: number;
	yCount: number;
}

export interface NotPlotted {
	id: string;
	paperId: string;
	title: string;
	context: string;
	missing: 'x' | 'y' | 'both';
	/** For people: `no latency, speed-up or throughput factor`. */
	reason: string;
}

export interface Pairing {
	x: ResolvedAxis;
	y: ResolvedAxis;
	per: PointGrouping;
	points: ParetoPoint[];
	notPlotted: NotPlotted[];
	/** The pairing rule in words, shown under the chart and in exports. */
	rule: string;
}

const EFFICIENCY = METRICS.filter((m) => METRIC_INFO[m].group === 'efficiency');
const QUALITY = METRICS.filter((m) => METRIC_INFO[m].group === 'quality');

function familyName(m: Metric): string {
	return METRIC_INFO[m].label.toLowerCase();
}

/** `latency, speed-up or throughput`; `efficiency` and `quality` for whole groups. */
export function describeFamilies(families: readonly Metric[]): string {
	const set = new Set(families);
	if (EFFICIENCY.every((m) => set.has(m)) && set.size === EFFICIENCY.length) return 'efficiency';
	if (QUALITY.every((m) => set.has(m)) && set.size === QUALITY.length) return 'quality';
	const names = METRICS.filter((m) => set.has(m)).map(familyName);
	if (names.length <= 1) return names[0] ?? 'no';
	return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function kindNoun(axis: { kind: NormKind; unit: string }): string {
	switch (axis.kind) {
		case 'factor':
			return 'factor';
		case 'delta':
			return 'delta';
		case 'level':
			return 'level';
	}
}

function unitLabel(axis: { kind: NormKind; unit: string }): string {
	switch (axis.kind) {
		case 'factor':
			return '×';
		case 'delta':
			return 'points';
		case 'level':
			return axis.unit || 'count';
	}
}

/** Factors and deltas are better when higher; a level is better the way its first family says. */
export function axisBetter(spec: AxisSpec): Better {
	if (spec.kind !== 'level') return 'higher';
	const first = spec.families[0];
	return first === undefined || METRIC_INFO[first].higherIsBetter ? 'higher' : 'lower';
}

/** `true` when a claim can give a value on this axis (family, kind, unit, direction). */
function fits(c: Claim, spec: AxisSpec, unit: string | undefined, better: Better): boolean {
	if (c.status === 'rejected' || c.norm_kind !== spec.kind || c.norm_low === null) return false;
	if (!spec.families.includes(c.metric)) return false;
	if (spec.kind !== 'level') return true;
	// Levels are only comparable in one unit and one direction (`energy` vs `energy efficiency`).
	if (c.higher_is_better !== (better === 'higher')) return false;
	return unit === undefined || c.norm_unit === unit;
}

/** Resolves the unit (levels: most common among fitting claims), direction and title of an axis. */
export function resolveAxis(spec: AxisSpec, claims: readonly Claim[]): ResolvedAxis {
	const better = axisBetter(spec);
	let unit = spec.kind === 'factor' ? 'x' : spec.kind === 'delta' ? 'pp' : (spec.unit ?? '');
	if (spec.kind === 'level' && spec.unit === undefined) {
		const counts = new Map<string, number>();
		for (const c of claims) if (fits(c, spec, undefined, better)) counts.set(c.norm_unit, (counts.get(c.norm_unit) ?? 0) + 1);
		let top = -1;
		for (const [u, n] of counts) if (n > top) [unit, top] = [u, n];
	}
	const partial = { kind: spec.kind, unit };
	const agg = spec.aggregate === 'best' ? 'Best' : 'Worst';
	const fam = describeFamilies(spec.families);
	const title = `${agg} ${fam} ${kindNoun(partial)} (${unitLabel(partial)})`;
	return { ...spec, unit, better, title };
}

/** The value a claim gives: its best end for `best`, its worst end for `worst`. */
function claimValue(c: Claim, better: Better, aggregate: Aggregate): number {
	const lo = c.norm_low as number;
	const hi = c.norm_high ?? lo;
	const bestEnd = better === 'higher' ? hi : lo;
	const worstEnd = better === 'higher' ? lo : hi;
	return aggregate === 'best' ? bestEnd : worstEnd;
}

/** `a` is preferable to `b` under the axis' direction and aggregate. */
function preferable(a: number, b: number, better: Better, aggregate: Aggregate): boolean {
	const higherWins = (better === 'higher') === (aggregate === 'best');
	return higherWins ? a > b : a < b;
}

function pick(claims: readonly Claim[], axis: ResolvedAxis): { value: number; claim: Claim } | null {
	let chosen: { value: number; claim: Claim } | null = null;
	for (const c of claims) {
		if (!fits(c, axis, axis.kind === 'level' ? axis.unit : undefined, axis.better)) continue;
		const value = claimValue(c, axis.better, axis.aggregate);
		if (!Number.isFinite(value)) continue;
		if (chosen === null || preferable(value, chosen.value, axis.better, axis.aggregate)) chosen = { value, claim: c };
	}
	return chosen;
}

function countFitting(claims: readonly Claim[], axis: ResolvedAxis): number {
	let n = 0;
	for (const c of claims) if (fits(c, axis, axis.kind === 'level' ? axis.unit : undefined, axis.better)) n++;
	return n;
}

function axisPhrase(axis: ResolvedAxis): string {
	const kind = axis.kind === 'level' ? `level in ${unitLabel(axis)}` : axis.kind === 'factor' ? 'factor (×)' : 'delta in points';
	return `${axis.aggregate} ${describeFamilies(axis.families)} ${kind}`;
}

/** The pairing rule in words: what a point is and where its x and y come from. */
export function describePairing(x: ResolvedAxis, y: ResolvedAxis, per: PointGrouping): string {
	const unit =
		per === 'paper'
			? 'One point per paper'
			: 'One point per paper and context (claims without a context count for every context of their paper)';
	const ends = (a: ResolvedAxis) => (a.aggregate === 'best' ? 'best' : 'worst');
	const rangeNote =
		ends(x) === ends(y) ? `ranges count by their ${ends(x)} end` : `ranges count by the end the axis names`;
	return `${unit}: x = its ${axisPhrase(x)}, y = its ${axisPhrase(y)}, each from its own claim; ${rangeNote}.`;
}

interface Group {
	id: string;
	paperId: string;
	context: string;
	claims: Claim[];
}

/** Groups claims by paper, or by paper and context (context-free claims join every context). */
function groupClaims(claims: readonly Claim[], per: PointGrouping): Group[] {
	const byPaper = new Map<string, Claim[]>();
	for (const c of claims) {
		const list = byPaper.get(c.paper_id);
		if (list) list.push(c);
		else byPaper.set(c.paper_id, [c]);
	}
	const groups: Group[] = [];
	for (const [paperId, list] of byPaper) {
		if (per === 'paper') {
			groups.push({ id: paperId, paperId, context: '', claims: list });
			continue;
		}
		const contexts = [...new Set(list.map((c) => c.context).filter((ctx) => ctx !== ''))];
		if (contexts.length === 0) groups.push({ id: paperId, paperId, context: '', claims: list });
		for (const ctx of contexts)
			groups.push({
				id: `${paperId}#${ctx}`,
				paperId,
				context: ctx,
				claims: list.filter((c) => c.context === ctx || c.context === '')
			});
	}
	return groups;
}

function missingReason(missing: 'x' | 'y' | 'both', x: ResolvedAxis, y: ResolvedAxis): string {
	const what = (a: ResolvedAxis) => `no ${describeFamilies(a.families)} ${a.kind}${a.kind === 'level' ? ` in ${unitLabel(a)}` : ''}`;
	if (missing === 'x') return what(x);
	if (missing === 'y') return what(y);
	return `${what(x)} and ${what(y)}`;
}

/**
 * Pairs claims into Pareto points by `options`. Papers (or paper-contexts) missing a value on an
 * axis are returned in `notPlotted` with the reason. Order follows the claims' paper order.
 */
export function pairClaims(claims: readonly Claim[], options: PairingOptions = DEFAULT_PAIRING): Pairing {
	const x = resolveAxis(options.x, claims);
	const y = resolveAxis(options.y, claims);
	const points: ParetoPoint[] = [];
	const notPlotted: NotPlotted[] = [];
	for (const g of groupClaims(claims, options.per)) {
		const px = pick(g.claims, x);
		const py = pick(g.claims, y);
		const title = g.claims[0].title;
		if (px && py) {
			points.push({
				id: g.id,
				paperId: g.paperId,
				title,
				date: g.claims[0].date,
				context: g.context,
				x: px.value,
				y: py.value,
				xClaim: px.claim,
				yClaim: py.claim,
				xCount: countFitting(g.claims, x),
				yCount: countFitting(g.claims, y)
			});
		} else {
			const missing = !px && !py ? 'both' : !px ? 'x' : 'y';
			notPlotted.push({ id: g.id, paperId: g.paperId, title, context: g.context, missing, reason: missingReason(missing, x, y) });
		}
	}
	return { x, y, per: options.per, points, notPlotted, rule: describePairing(x, y, options.per) };
}
