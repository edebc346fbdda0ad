import { describe, expect, it } from 'vitest';
import { makeClaim } from '../../testing/claims.ts';
import { bestClaimPerPaper, createComparisonGeometry, formatDelta, formatFactor, groupClaims, logTicks, truncate } from './geometry.ts';

const near = (a: number, b: number, delta = 1e-6) => expect(Math.abs(a - b)).toBeLessThan(delta);

const claims = [
	// factor 1.408 (latency, up to), baseline vLLM
	makeClaim({ paper_id: 'a', title: 'Alpha: x', claim: 1, baseline: 'vLLM' }),
	// factor 10 (speed)
	makeClaim({ paper_id: 'a', title: 'Alpha: x', claim: 2, quote: '10x faster', metric: 'speed', higher_is_better: true, value_low: 10, value_high: 10, unit: 'x', change: 'increase', qualifier: 'exact' }),
	// factor range 1.389..3.448 (latency 28-71%), baseline vLLM
	makeClaim({ paper_id: 'b', title: 'Beta', claim: 1, quote: 'reduces latency by 28-71%', value_low: 28, value_high: 71, qualifier: 'exact', baseline: 'vLLM' }),
	// a worsening: factor 0.5
	makeClaim({ paper_id: 'b', title: 'Beta', claim: 2, quote: 'a 2x slowdown', value_low: 2, value_high: 2, unit: 'x', change: 'increase', qualifier: 'about' }),
	// delta +11 and -3.8
	makeClaim({ paper_id: 'c', title: 'Gamma', claim: 1, quote: '+11% on AIME', metric: 'accuracy', higher_is_better: true, value_low: 11, value_high: 11, change: 'increase', qualifier: 'exact' }),
	makeClaim({ paper_id: 'c', title: 'Gamma', claim: 2, quote: '3.8% accuracy loss', metric: 'accuracy', higher_is_better: true, value_low: 3.8, value_high: 3.8, change: 'decrease', qualifier: 'average' }),
	// a level: not charted
	makeClaim({ paper_id: 'c', title: 'Gamma', claim: 3, quote: 'accuracy of 93%', metric: 'accuracy', higher_is_better: true, value_low: 93, value_high: 93, change: 'level', qualifier: 'exact' })
];
const options = { rowUnit: 'claim', groupBy: 'metric' } as const;

describe('createComparisonGeometry', () => {
	const g = createComparisonGeometry(claims, { width: 900 }, options);
	const factor = g.panels.find((p) => p.kind === 'factor')!;
	const delta = g.panels.find((p) => p.kind === 'delta')!;

	it('puts factors and deltas in their own panels and counts levels as not charted', () => {
		expect(g.panels.map((p) => p.kind)).toEqual(['factor', 'delta']);
		expect(factor.marks).toHaveLength(4);
		expect(delta.marks).toHaveLength(2);
		expect(g.notCharted).toEqual({ level: 1, unnormalized: 0 });
		expect(delta.top).toBeGreaterThan(factor.top + factor.height);
	});

	it('draws factors on a log axis with the reference line at 1×', () => {
		const x = (key: string) => factor.marks.find((m) => m.key === key)!;
		const one = factor.refX;
		// log scale: 0.5× and 2× would be equidistant from 1×; 10× is log10(10)/log10(1.408) times 1.408's distance.
		const d1408 = x('a#1').x2 - one;
		const d10 = x('a#2').x2 - one;
		near(d10 / d1408, Math.log(10) / Math.log(1.408), 1e-3);
		expect(x('b#2').x2).toBeLessThan(one);
		const tick1 = factor.ticks.find((t) => t.label === '1×');
		expect(tick1).toBeDefined();
		near(tick1!.x, one);
	});

	it('draws ranges from low to high with the qualifier shape at the high end', () => {
		const m = factor.marks.find((m) => m.key === 'b#1')!;
		expect(m.x1).toBeLessThan(m.x2);
		expect(m.valueLabel).toBe('1.39–3.45×');
	});

	it('gives up-to claims a tail from the reference line, others none', () => {
		expect(factor.marks.find((m) => m.key === 'a#1')!.tailX).toBe(factor.refX);
		expect(factor.marks.find((m) => m.key === 'a#2')!.tailX).toBeNull();
	});

	it('draws deltas on a linear axis with a zero line, positive to its right', () => {
		const plus = delta.marks.find((m) => m.key === 'c#1')!;
		const minus = delta.marks.find((m) => m.key === 'c#2')!;
		expect(plus.x2).toBeGreaterThan(delta.refX);
		expect(minus.x2).toBeLessThan(delta.refX);
		expect(delta.ticks.some((t) => t.label === '0')).toBe(true);
		expect(plus.valueLabel).toBe('+11 pp');
		expect(minus.valueLabel).toBe('−3.8 pp');
	});

	it('groups by metric family in contract order and sorts rows by value, highest first', () => {
		expect(factor.groups.map((g) => g.label)).toEqual(['Latency', 'Speed-up']);
		expect(factor.marks.map((m) => m.key)).toEqual(['b#1', 'a#1', 'b#2', 'a#2']);
		const ys = factor.marks.map((m) => m.y);
		expect([...ys].sort((a, b) => a - b)).toEqual(ys);
	});

	it('colours marks by metric family', () => {
		const latency = factor.marks.filter((m) => m.claim.metric === 'latency').map((m) => m.color);
		expect(new Set(latency).size).toBe(1);
		expect(factor.marks.find((m) => m.claim.metric === 'speed')!.color).not.toBe(latency[0]);
	});

	it('groups by baseline with the largest first and unnamed baselines last', () => {
		const gb = createComparisonGeometry(claims, { width: 900 }, { rowUnit: 'claim', groupBy: 'baseline' });
		expect(gb.panels[0].groups.map((g) => [g.label, g.count])).toEqual([
			['vLLM', 2],
			['No baseline named', 2]
		]);
	});

	it('keeps one row per paper, its best claim, when rowUnit is paper', () => {
		const gp = createComparisonGeometry(claims, { width: 900 }, { rowUnit: 'paper', groupBy: 'metric' });
		expect(gp.panels[0].marks.map((m) => m.key).sort()).toEqual(['a#2', 'b#1']);
		expect(gp.panels[1].marks.map((m) => m.key)).toEqual(['c#1']);
	});

	it('keeps every mark inside the plot area at phone and desktop widths', () => {
		for (const width of [375, 1440]) {
			const gw = createComparisonGeometry(claims, { width }, options);
			for (const p of gw.panels)
				for (const m of p.marks) {
					expect(m.x1).toBeGreaterThanOrEqual(gw.plotLeft);
					expect(m.x2).toBeLessThanOrEqual(gw.plotRight);
					expect(m.label.length).toBeLessThanOrEqual(gw.labelChars);
				}
		}
	});

	it('returns no panels for no claims, and does not mutate its input', () => {
		expect(createComparisonGeometry([], { width: 800 }, options).panels).toEqual([]);
		const before = structuredClone(claims);
		createComparisonGeometry(claims, { width: 800 }, { rowUnit: 'paper', groupBy: 'baseline' });
		expect(claims).toEqual(before);
	});
});

describe('helpers', () => {
	it('bestClaimPerPaper(claims) keeps the highest value of each paper', () => {
		const factors = claims.filter((c) => c.norm_kind === 'factor');
		expect(bestClaimPerPaper(factors).map((c) => `${c.paper_id}#${c.claim}`).sort()).toEqual(['a#2', 'b#1']);
	});
	it('groupClaims(claims, "metric") omits empty families', () => {
		expect(groupClaims(claims.slice(0, 2), 'metric').map((g) => g.label)).toEqual(['Latency', 'Speed-up']);
	});
	it('logTicks(domain, width) gives 1-2-5 ticks, thinned to decades when crowded', () => {
		expect(logTicks([0.8, 12], 600)).toEqual([1, 2, 5, 10]);
		expect(logTicks([0.9, 3000], 150)).toEqual([1, 10, 100, 1000]);
	});
	it('formats factors and deltas', () => {
		expect(formatFactor(1.408)).toBe('1.41×');
		expect(formatFactor(18.7)).toBe('18.7×');
		expect(formatFactor(2500)).toBe('2,500×');
		expect(formatDelta(23.4)).toBe('+23.4 pp');
		expect(formatDelta(-3.8)).toBe('−3.8 pp');
	});
	it('truncate(text, max) cuts with an ellipsis', () => {
		expect(truncate('abcdef', 10)).toBe('abcdef');
		expect(truncate('abcdef', 4)).toBe('abc…');
	});
});

describe('createComparisonGeometry with a row cap', () => {
	const many = Array.from({ length: 30 }, (_, i) =>
		makeClaim({ paper_id: `p${i}`, claim: 1, quote: `${i + 2}x faster`, metric: 'speed', higher_is_better: true, value_low: i + 2, value_high: i + 2, unit: 'x', change: 'increase', qualifier: 'exact' })
	);
	it('draws the highest maxRowsPerGroup rows of each group and counts the rest as hidden', () => {
		const g = createComparisonGeometry(many, { width: 800 }, { rowUnit: 'claim', groupBy: 'metric', maxRowsPerGroup: 5, capAbove: 10 });
		expect(g.panels[0].marks.map((m) => m.claim.value_high)).toEqual([31, 30, 29, 28, 27]);
		expect(g.panels[0].groups[0]).toMatchObject({ count: 30, hidden: 25 });
	});
	it('does not cap a panel with no more rows than capAbove', () => {
		const g = createComparisonGeometry(many, { width: 800 }, { rowUnit: 'claim', groupBy: 'metric', maxRowsPerGroup: 5, capAbove: 30 });
		expect(g.panels[0].marks).toHaveLength(30);
		expect(g.panels[0].groups[0].hidden).toBe(0);
	});
});
