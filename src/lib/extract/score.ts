/**
 * Scoring predicted claims against gold claims (the rule), pure so tests, benches and
 * CLIs share it. A prediction matches a gold claim of the same paper (titles compared by
 * `titleKey`) when value_low, value_high and the unit class are equal; among candidates the one
 * with an overlapping span is preferred; matching is one-to-one. Gold rows marked optional count
 * neither way: a prediction matching only an optional row is neither a true nor a false positive.
 */
import Papa from 'papaparse';
import { titleKey } from '../claims/slug.ts';
import type { Claim } from '../claims/schema.ts';

/** A gold row: the contract's columns, a metric that may name two families (`speed|latency`), and `optional`. */
export interface GoldClaim extends Omit<Claim, 'metric'> {
	metric: string;
	optional: boolean;
}

function num(raw: string | undefined): number | null {
	const s = (raw ?? '').trim();
	if (s === '') return null;
	const n = Number(s);
	return Number.isFinite(n) ? n : null;
}

/** Reads a gold CSV (contract columns + `optional`). Rows without a number value are skipped. */
export function parseGoldCsv(text: string): GoldClaim[] {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const rows = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: 'greedy' }).data;
	const out: GoldClaim[] = [];
	for (const r of rows) {
		const low = num(r.value_low);
		if (low === null) continue;
		out.push({
			paper_id: r.paper_id ?? '',
			title: r.title ?? '',
			date: r.date ?? '',
			claim: num(r.claim) ?? 0,
			quote: r.quote ?? '',
			start: num(r.start) ?? -1,
			end: num(r.end) ?? -1,
			metric: (r.metric ?? '').trim(),
			higher_is_better: (r.higher_is_better ?? '').trim() === 'true',
			value_low: low,
			value_high: num(r.value_high) ?? low,
			unit: (r.unit ?? '').trim(),
			qualifier: (r.qualifier ?? 'exact').trim() as Claim['qualifier'],
			change: (r.change ?? '').trim() as Claim['change'],
			baseline: r.baseline ?? '',
			baseline_value: num(r.baseline_value),
			context: r.context ?? '',
			norm_kind: (r.norm_kind ?? '').trim() as Claim['norm_kind'],
			norm_low: num(r.norm_low),
			norm_high: num(r.norm_high),
			norm_unit: r.norm_unit ?? '',
			optional: (r.optional ?? '').trim() === '1'
		});
	}
	return out;
}

export interface FieldShares {
	metric: number;
	change: number;
	qualifier: number;
	norm: number;
	baseline: number;
	context: number;
}

export interface MatchPair {
	predicted: Claim;
	gold: GoldClaim;
	/** Which fields agree, for the shares and for debugging. */
	agree: Record<keyof FieldShares, boolean>;
}

export interface ScoreReport {
	truePositives: number;
	falsePositives: Claim[];
	misses: GoldClaim[];
	matched: MatchPair[];
	precision: number;
	recall: number;
	f1: number;
	/** Over required matched claims; 1 when nothing matched. */
	shares: FieldShares;
}

/** `x`; `%` and `pp` together; other units as written. */
export function unitClass(unit: string): string {
	return unit === 'pp' ? '%' : unit;
}

function sameText(a: string, b: string): boolean {
	return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function within1Percent(a: number | null, b: number | null): boolean {
	if (a === null || b === null) return a === b;
	if (a === b) return true;
	return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
}

export function fieldAgreement(p: Claim, g: GoldClaim): Record<keyof FieldShares, boolean> {
	return {
		metric: String(g.metric)
			.split('|')
			.some((m) => m === p.metric),
		change: p.change === g.change,
		qualifier: p.qualifier === g.qualifier,
		norm: p.norm_kind === g.norm_kind && within1Percent(p.norm_low, g.norm_low) && within1Percent(p.norm_high, g.norm_high),
		baseline: sameText(p.baseline, g.baseline),
		context: sameText(p.context, g.context)
	};
}

function valuesMatch(p: Claim, g: GoldClaim): boolean {
	return p.value_low === g.value_low && p.value_high === g.value_high && unitClass(p.unit) === unitClass(g.unit);
}

function overlaps(p: Claim, g: GoldClaim): boolean {
	return p.start < g.end && g.start < p.end;
}

/** Scores predictions against gold rows (all papers at once). */
export function scoreClaims(predicted: readonly Claim[], gold: readonly GoldClaim[]): ScoreReport {
	const goldByPaper = new Map<string, GoldClaim[]>();
	for (const g of gold) {
		const key = titleKey(g.title);
		const list = goldByPaper.get(key) ?? [];
		list.push(g);
		goldByPaper.set(key, list);
	}
	const predByPaper = new Map<string, Claim[]>();
	for (const p of predicted) {
		const key = titleKey(p.title);
		const list = predByPaper.get(key) ?? [];
		list.push(p);
		predByPaper.set(key, list);
	}
	const matched: MatchPair[] = [];
	const falsePositives: Claim[] = [];
	const misses: GoldClaim[] = [];
	const keys = new Set([...goldByPaper.keys(), ...predByPaper.keys()]);
	for (const key of keys) {
		const golds = goldByPaper.get(key) ?? [];
		const preds = predByPaper.get(key) ?? [];
		const used = new Set<number>();
		const predMatched = new Array<boolean>(preds.length).fill(false);
		// Two passes: overlapping spans first, then any value match; required gold before optional.
		for (const requireOverlap of [true, false])
			for (const wantOptional of [false, true])
				preds.forEach((p, pi) => {
					if (predMatched[pi]) return;
					const gi = golds.findIndex(
						(g, k) => !used.has(k) && g.optional === wantOptional && valuesMatch(p, g) && (!requireOverlap || overlaps(p, g))
					);
					if (gi < 0) return;
					used.add(gi);
					predMatched[pi] = true;
					if (!golds[gi].optional) matched.push({ predicted: p, gold: golds[gi], agree: fieldAgreement(p, golds[gi]) });
				});
		preds.forEach((p, pi) => {
			if (!predMatched[pi]) falsePositives.push(p);
		});
		golds.forEach((g, gi) => {
			if (!used.has(gi) && !g.optional) misses.push(g);
		});
	}
	const tp = matched.length;
	const precision = tp + falsePositives.length === 0 ? 1 : tp / (tp + falsePositives.length);
	const recall = tp + misses.length === 0 ? 1 : tp / (tp + misses.length);
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	const share = (field: keyof FieldShares) => (tp === 0 ? 1 : matched.filter((m) => m.agree[field]).length / tp);
	return {
		truePositives: tp,
		falsePositives,
		misses,
		matched,
		precision,
		recall,
		f1,
		shares: {
			metric: share('metric'),
			change: share('change'),
			qualifier: share('qualifier'),
			norm: share('norm'),
			baseline: share('baseline'),
			context: share('context')
		}
	};
}

/** Human-readable summary lines (figures, then misses and false positives). */
export function formatScore(report: ScoreReport): string {
	const pct = (x: number) => (100 * x).toFixed(1) + '%';
	const lines = [
		`precision ${pct(report.precision)}  recall ${pct(report.recall)}  F1 ${pct(report.f1)}  (TP ${report.truePositives}, FP ${report.falsePositives.length}, FN ${report.misses.length})`,
		`over matched: metric ${pct(report.shares.metric)}  change ${pct(report.shares.change)}  qualifier ${pct(report.shares.qualifier)}  norm ${pct(report.shares.norm)}  baseline ${pct(report.shares.baseline)}  context ${pct(report.shares.context)}`
	];
	for (const g of report.misses) lines.push(`MISS  ${g.paper_id}: "${g.quote}" ${g.value_low}..${g.value_high} ${g.unit}`);
	for (const p of report.falsePositives) lines.push(`FP    ${p.paper_id}: "${p.quote}" ${p.value_low}..${p.value_high} ${p.unit}`);
	for (const m of report.matched) {
		const wrong = (Object.keys(m.agree) as (keyof FieldShares)[]).filter((f) => !m.agree[f]);
		if (wrong.length === 0) continue;
		const show = (c: Claim | GoldClaim, f: keyof FieldShares) =>
			f === 'norm' ? `${c.norm_kind} ${c.norm_low}..${c.norm_high}` : String(c[f]);
		lines.push(`DIFF  ${m.gold.paper_id}: "${m.gold.quote}" ` + wrong.map((f) => `${f}: got ${show(m.predicted, f)}, gold ${show(m.gold, f)}`).join('; '));
	}
	return lines.join('\n');
}
