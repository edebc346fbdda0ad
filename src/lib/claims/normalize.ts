/**
 * Normalization of a claim to something comparable across papers, exactly as the contract says:
 * a `factor` (times better than the baseline, > 1 better), a `delta` (points, > 0 better) or a
 * `level` (an absolute value in a canonical unit). Where no norm exists the result says why.
 */
import {
	type ClaimFacts,
	type NormKind,
	isEfficiencyMetric,
	isQualityMetric,
	SIZE_UNITS_GB,
	TIME_UNITS_MS
} from './schema.ts';

export type NormEmptyReason =
	/** A decrease of 100% or more of a lower-is-better quantity has no finite factor. */
	| 'DecreaseOf100PercentHasNoFactor'
	/** A decrease of 100% or more of a higher-is-better quantity leaves nothing: factor <= 0. */
	| 'FactorNotPositive'
	/** An absolute change (e.g. "500 fewer tokens") cannot become a factor without the baseline. */
	| 'AbsoluteChangeWithoutBaseline'
	/** A level with a baseline value of 0 (or a level of 0 against a lower-is-better baseline). */
	| 'RatioWithZero';

export type Normalized =
	| { ok: true; kind: NormKind; low: number; high: number; unit: string; formula: string }
	| { ok: false; reason: NormEmptyReason; message: string };

/** Rounded to 4 significant digits, as the contract's gold file; keeps CSVs readable. */
export function round4(x: number): number {
	if (!Number.isFinite(x) || x === 0) return x;
	// Integers below 10^4 already have at most 4 significant digits (a common case, and exact).
	if (Number.isInteger(x) && x < 1e4 && x > -1e4) return x;
	// Claims repeat their values (1.5x, 29%, 1/(1-0.29)): a bounded memo of toPrecision's result,
	// which was ~3% of extracting a corpus. Cleared when full, so memory stays bounded.
	let r = ROUNDED.get(x);
	if (r === undefined) {
		if (ROUNDED.size >= MAX_ROUNDED) ROUNDED.clear();
		r = Number(x.toPrecision(4));
		ROUNDED.set(x, r);
	}
	return r;
}

const ROUNDED = new Map<number, number>();
const MAX_ROUNDED = 1 << 14;

function fmt(x: number): string {
	return String(round4(x));
}

/** `0.29` or `0.28..0.71`, for formulas. */
function span(low: number, high: number): string {
	return low === high ? fmt(low) : `${fmt(low)}..${fmt(high)}`;
}

function ordered(a: number, b: number): [number, number] {
	return a <= b ? [a, b] : [b, a];
}

/**
 * A norm whose `formula` is written only when read: the finder normalizes every claim but only
 * describeNormalization (tooltips, exports) reads the formula, and formatting numbers is costly.
 */
function ok(kind: NormKind, low: number, high: number, unit: string, formula: () => string): Normalized {
	return new OkNorm(kind, low, high, unit, formula);
}

/** A class, not an object literal with a getter: V8 keeps one fast shape for all of them. */
class OkNorm {
	readonly ok = true as const;
	constructor(
		readonly kind: NormKind,
		readonly low: number,
		readonly high: number,
		readonly unit: string,
		private readonly write: () => string
	) {}
	get formula(): string {
		return this.write();
	}
}

function factor(low: number, high: number, formula: () => string): Normalized {
	const [lo, hi] = ordered(round4(low), round4(high));
	return ok('factor', lo, hi, 'x', formula);
}

function empty(reason: NormEmptyReason, message: string): Normalized {
	return { ok: false, reason, message };
}

/** `true` when the claim's change goes the better way for its quantity. */
export function isImprovement(facts: Pick<ClaimFacts, 'change' | 'higher_is_better'>): boolean {
	return facts.change === 'increase' ? facts.higher_is_better : !facts.higher_is_better;
}

/** The canonical unit and multiplier of a level: time in ms, sizes in GB, others as written. */
export function canonicalLevelUnit(unit: string): { unit: string; scale: number } {
	if (unit in TIME_UNITS_MS) return { unit: 'ms', scale: TIME_UNITS_MS[unit] };
	if (unit in SIZE_UNITS_GB) return { unit: 'GB', scale: SIZE_UNITS_GB[unit] };
	return { unit, scale: 1 };
}

function percentFactor(facts: ClaimFacts): Normalized {
	const { value_low: vl, value_high: vh, change, higher_is_better: hib } = facts;
	const pl = vl / 100;
	const ph = vh / 100;
	if (change === 'increase' && hib) return factor(1 + pl, 1 + ph, () => `1 + ${span(pl, ph)}`);
	if (change === 'increase' && !hib) return factor(1 / (1 + ph), 1 / (1 + pl), () => `1/(1 + ${span(pl, ph)})`);
	if (change === 'decrease' && !hib) {
		if (ph >= 1)
			return empty('DecreaseOf100PercentHasNoFactor', `a decrease of ${vh}% leaves no finite factor`);
		return factor(1 / (1 - pl), 1 / (1 - ph), () => `1/(1 − ${span(pl, ph)})`);
	}
	// decrease of a higher-is-better quantity
	if (ph >= 1) return empty('FactorNotPositive', `a decrease of ${vh}% leaves a factor of 0 or less`);
	return factor(1 - ph, 1 - pl, () => `1 − ${span(pl, ph)}`);
}

function timesFactor(facts: ClaimFacts): Normalized {
	const { value_low: vl, value_high: vh } = facts;
	// A bare "3x decoding speed" (change level) reads as the improvement it names.
	if (facts.change === 'level' || isImprovement(facts)) return factor(vl, vh, () => span(vl, vh));
	if (vl <= 0) return empty('RatioWithZero', 'a factor of 0 cannot be inverted');
	return factor(1 / vh, 1 / vl, () => `1/${span(vl, vh)}`);
}

function levelAgainstBaseline(facts: ClaimFacts, baseline: number): Normalized {
	const { value_low: vl, value_high: vh, higher_is_better: hib } = facts;
	if (isQualityMetric(facts.metric)) {
		// Points, positive when better.
		const dl = hib ? vl - baseline : baseline - vh;
		const dh = hib ? vh - baseline : baseline - vl;
		const [lo, hi] = ordered(round4(dl), round4(dh));
		return ok('delta', lo, hi, 'pp', () => (hib ? `${fmt(vl)} − ${fmt(baseline)}` : `${fmt(baseline)} − ${fmt(vl)}`));
	}
	if (baseline === 0 || (!hib && vl === 0)) return empty('RatioWithZero', 'a ratio with 0 has no factor');
	if (hib) return factor(vl / baseline, vh / baseline, () => `${fmt(vl)} / ${fmt(baseline)}`);
	return factor(baseline / vh, baseline / vl, () => `${fmt(baseline)} / ${fmt(vl)}`);
}

function level(facts: ClaimFacts): Normalized {
	const { unit, scale } = canonicalLevelUnit(facts.unit);
	const written = facts.unit;
	return ok('level', round4(facts.value_low * scale), round4(facts.value_high * scale), unit, () =>
		scale === 1 ? 'as written' : `× ${scale} ${unit}/${written}`
	);
}

/**
 * Normalizes a claim by the contract's rules. Pure: the input is not changed.
 * `formula` writes out how the value was computed (for tooltips and exports); it is built when read.
 */
export function normalizeClaim(facts: ClaimFacts): Normalized {
	const { unit, change, metric } = facts;
	// `overhead is 1.9x, down from 3.5x`: two times values are a level and its baseline's (a ratio).
	if (unit === 'x' && change === 'level' && facts.baseline_value !== null && Number.isFinite(facts.baseline_value) && !isQualityMetric(metric))
		return levelAgainstBaseline(facts, facts.baseline_value);
	if (unit === 'x') return timesFactor(facts);
	if (change === 'level') {
		if (facts.baseline_value !== null && Number.isFinite(facts.baseline_value))
			return levelAgainstBaseline(facts, facts.baseline_value);
		return level(facts);
	}
	if (unit === '%' || unit === 'pp') {
		if (isQualityMetric(metric)) {
			const sign = isImprovement(facts) ? 1 : -1;
			const [lo, hi] = ordered(sign * facts.value_low, sign * facts.value_high);
			return ok('delta', round4(lo), round4(hi), 'pp', () => (sign > 0 ? '+ points' : '− points'));
		}
		if (unit === '%' && (isEfficiencyMetric(metric) || metric === 'other')) return percentFactor(facts);
		return level(facts);
	}
	return empty(
		'AbsoluteChangeWithoutBaseline',
		`a change of ${facts.value_low}${facts.unit ? ' ' + facts.unit : ''} has no factor without the baseline's value`
	);
}

/** Writes the normalization out for people: `29% lower latency → 1/(1 − 0.29) = 1.41×`. */
export function describeNormalization(facts: ClaimFacts, n: Normalized = normalizeClaim(facts)): string {
	if (!n.ok) return `not normalized: ${n.message}`;
	const value = n.low === n.high ? `${n.low}` : `${n.low}–${n.high}`;
	switch (n.kind) {
		case 'factor':
			return `${n.formula} = ${value}×`;
		case 'delta':
			return n.formula.endsWith('points') ? `${value} pp` : `${n.formula} = ${value} pp`;
		case 'level':
			return `level ${value}${n.unit ? ' ' + n.unit : ''}`;
	}
}
