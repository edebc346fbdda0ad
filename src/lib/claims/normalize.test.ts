import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describeNormalization, normalizeClaim } from './normalize.ts';
import type { ClaimFacts, Metric } from './schema.ts';

const facts = (f: Partial<ClaimFacts>): ClaimFacts => ({
	metric: 'latency',
	higher_is_better: false,
	value_low: 1,
	value_high: 1,
	unit: '%',
	change: 'decrease',
	baseline_value: null,
	...f
});

describe('normalizeClaim', () => {
	it('gives factor 1/(1-p) for a latency decrease (up to 29% latency gains)', () => {
		const n = normalizeClaim(facts({ value_low: 29, value_high: 29 }));
		expect(n).toMatchObject({ ok: true, kind: 'factor', low: 1.408, high: 1.408, unit: 'x' });
	});
	it('gives 1+p for a throughput increase', () => {
		const n = normalizeClaim(facts({ metric: 'throughput', higher_is_better: true, change: 'increase', value_low: 26, value_high: 26 }));
		expect(n).toMatchObject({ ok: true, kind: 'factor', low: 1.26 });
	});
	it('keeps ranges ordered (reduces latency by 28-71%)', () => {
		const n = normalizeClaim(facts({ value_low: 28, value_high: 71 }));
		expect(n).toMatchObject({ ok: true, low: 1.389, high: 3.448 });
	});
	it('inverts a worsening times value (a 2x slowdown is 0.5)', () => {
		const n = normalizeClaim(facts({ unit: 'x', change: 'increase', value_low: 2, value_high: 2 }));
		expect(n).toMatchObject({ ok: true, kind: 'factor', low: 0.5, high: 0.5 });
	});
	it('gives the ratio for two times values as a level and its baseline (overhead 1.9x, down from 3.5x)', () => {
		const lower = normalizeClaim(facts({ metric: 'other', unit: 'x', change: 'level', value_low: 1.9, value_high: 1.9, baseline_value: 3.5 }));
		expect(lower).toMatchObject({ ok: true, kind: 'factor', low: 1.842, high: 1.842 });
		const higher = normalizeClaim(facts({ metric: 'speed', higher_is_better: true, unit: 'x', change: 'level', value_low: 3.2, value_high: 3.2, baseline_value: 1.5 }));
		expect(higher).toMatchObject({ ok: true, kind: 'factor', low: 2.133 });
		// Without a baseline value a times level is the factor it names (a bare `3x decoding speed`).
		expect(normalizeClaim(facts({ metric: 'speed', higher_is_better: true, unit: 'x', change: 'level', value_low: 3, value_high: 3 }))).toMatchObject({ low: 3 });
	});
	it('gives 1/(1+p) for a slowdown (a 45% slowdown is 0.690)', () => {
		const n = normalizeClaim(facts({ change: 'increase', value_low: 45, value_high: 45 }));
		expect(n).toMatchObject({ ok: true, low: 0.6897 });
	});
	it('gives 1-p for a decrease of a higher-is-better quantity', () => {
		const n = normalizeClaim(facts({ metric: 'throughput', higher_is_better: true, value_low: 20, value_high: 20 }));
		expect(n).toMatchObject({ ok: true, low: 0.8 });
	});
	it('leaves the norm empty, with a reason, for a decrease of 100% or more', () => {
		const n = normalizeClaim(facts({ value_low: 100, value_high: 100 }));
		expect(n).toMatchObject({ ok: false, reason: 'DecreaseOf100PercentHasNoFactor' });
	});
	it('gives a negative delta for an accuracy loss', () => {
		const n = normalizeClaim(facts({ metric: 'accuracy', higher_is_better: true, value_low: 3.8, value_high: 3.8 }));
		expect(n).toMatchObject({ ok: true, kind: 'delta', low: -3.8, high: -3.8, unit: 'pp' });
	});
	it('gives the difference for a quality level with a baseline value (83.4% vs. 60.0%)', () => {
		const n = normalizeClaim(facts({ metric: 'accuracy', higher_is_better: true, change: 'level', value_low: 83.4, value_high: 83.4, baseline_value: 60 }));
		expect(n).toMatchObject({ ok: true, kind: 'delta', low: 23.4 });
	});
	it('gives the oriented ratio for an efficiency level with a baseline value', () => {
		const n = normalizeClaim(facts({ unit: 'ms', change: 'level', value_low: 50, value_high: 50, baseline_value: 100 }));
		expect(n).toMatchObject({ ok: true, kind: 'factor', low: 2 });
	});
	it('converts time levels to ms and sizes to GB', () => {
		expect(normalizeClaim(facts({ unit: 's', change: 'level', value_low: 1.5, value_high: 2 }))).toMatchObject({ kind: 'level', low: 1500, high: 2000, unit: 'ms' });
		expect(normalizeClaim(facts({ metric: 'memory', unit: 'MB', change: 'level', value_low: 512, value_high: 512 }))).toMatchObject({ kind: 'level', low: 0.512, unit: 'GB' });
	});
	it('does not mutate its input', () => {
		const f = facts({ value_low: 28, value_high: 71 });
		const copy = structuredClone(f);
		normalizeClaim(f);
		expect(f).toEqual(copy);
	});
	it('describeNormalization writes the formula out', () => {
		expect(describeNormalization(facts({ value_low: 29, value_high: 29 }))).toBe('1/(1 − 0.29) = 1.408×');
	});

	it('reproduces every norm of the gold file (within 1%)', () => {
		const text = readFileSync(new URL('../extract/fixtures/seed-claims.gold.csv', import.meta.url), 'utf8');
		const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
		expect(rows.length).toBeGreaterThan(80);
		for (const r of rows) {
			const n = normalizeClaim({
				metric: r.metric.split('|')[0] as Metric,
				higher_is_better: r.higher_is_better === 'true',
				value_low: Number(r.value_low),
				value_high: Number(r.value_high),
				unit: r.unit,
				change: r.change as ClaimFacts['change'],
				baseline_value: r.baseline_value === '' ? null : Number(r.baseline_value)
			});
			const where = `${r.paper_id} "${r.quote}"`;
			if (r.norm_kind === '') {
				expect(n.ok, where).toBe(false);
				continue;
			}
			expect(n.ok, where).toBe(true);
			if (!n.ok) continue;
			expect(n.kind, where).toBe(r.norm_kind);
			expect(n.unit, where).toBe(r.norm_unit);
			expect(Math.abs(n.low - Number(r.norm_low))).toBeLessThanOrEqual(Math.abs(Number(r.norm_low)) * 0.01 + 1e-9);
			expect(Math.abs(n.high - Number(r.norm_high))).toBeLessThanOrEqual(Math.abs(Number(r.norm_high)) * 0.01 + 1e-9);
		}
	});
});
