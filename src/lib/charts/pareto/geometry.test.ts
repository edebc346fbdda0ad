import { describe, expect, it } from 'vitest';
import { paretoFrontier } from './frontier.ts';
import { createParetoGeometry, MARGIN, zoomedDomains } from './geometry.ts';
import { DEFAULT_PAIRING, pairClaims } from './pairing.ts';
import { makeClaim as C } from '../../testing/claims.ts';

const fac = (paper: string, v: number) => C({ paper_id: paper, title: `${paper.toUpperCase()}: a paper`, metric: 'speed', higher_is_better: true, norm_kind: 'factor', norm_low: v, norm_high: v });
const del = (paper: string, v: number) => C({ paper_id: paper, title: `${paper.toUpperCase()}: a paper`, metric: 'accuracy', higher_is_better: true, unit: '%', norm_kind: 'delta', norm_low: v, norm_high: v, norm_unit: 'pp' });

const CLAIMS = [fac('a', 1.4), del('a', -3.8), fac('b', 1.1), del('b', 0.5), fac('c', 1.2), del('c', -0.2), fac('d', 1.3), del('d', -5), fac('e', 18.7), del('e', -10), fac('f', 3)];
const DIMS = { width: 800, height: 500 };
const OPTS = { xScale: 'log', yScale: 'linear' } as const;
const close = (a: number, b: number, eps = 1e-6) => Math.abs(a - b) < eps;

describe('createParetoGeometry(pairing, dims, options)', () => {
	const pairing = pairClaims(CLAIMS);
	const g = createParetoGeometry(pairing, DIMS, OPTS);

	it('places every paired point inside the plot area, in the right order on each axis', () => {
		expect(g.points).toHaveLength(pairing.points.length);
		for (const p of g.points) {
			expect(p.px).toBeGreaterThanOrEqual(MARGIN.left);
			expect(p.px).toBeLessThanOrEqual(DIMS.width - MARGIN.right);
			expect(p.py).toBeGreaterThanOrEqual(MARGIN.top);
			expect(p.py).toBeLessThanOrEqual(DIMS.height - MARGIN.bottom);
		}
		const byId = Object.fromEntries(g.points.map((p) => [p.id, p]));
		expect(byId.e.px).toBeGreaterThan(byId.a.px); // 18.7× right of 1.4×
		expect(byId.b.py).toBeLessThan(byId.a.py); // +0.5 above −3.8
	});

	it('uses a log x scale: equal ratios take equal distances', () => {
		const g2 = createParetoGeometry(pairClaims([fac('a', 1), del('a', 0), fac('b', 2), del('b', 0), fac('c', 4), del('c', 0)]), DIMS, OPTS);
		const [a, b, c] = ['a', 'b', 'c'].map((id) => g2.points.find((p) => p.id === id)!.px);
		expect(close(b - a, c - b)).toBe(true);
	});

	it('flags exactly the frontier the frontier module computes and labels those points', () => {
		const expected = paretoFrontier(pairing.points, { x: 'higher', y: 'higher' }).map((p) => p.id).sort();
		expect(g.points.filter((p) => p.onFrontier).map((p) => p.id).sort()).toEqual(expected);
		expect(g.frontier.map((p) => p.id)).toEqual(['b', 'c', 'a', 'e']);
		for (const p of g.points) expect(p.label !== null).toBe(p.onFrontier);
		expect(g.frontier[0].label!.text).toBe('B');
	});

	it('draws the frontier as a staircase path starting at the leftmost frontier point', () => {
		expect(g.frontierPath).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
		const [mx, my] = g.frontierPath!.slice(1).split('L')[0].split(',').map(Number);
		expect(close(mx, g.frontier[0].px, 1e-3) && close(my, g.frontier[0].py, 1e-3)).toBe(true);
		// 4 frontier points → 4 vertices + 3 corners.
		expect(g.frontierPath!.split('L')).toHaveLength(7);
		expect(createParetoGeometry(pairClaims([]), DIMS, OPTS).frontierPath).toBeNull();
	});

	it('gives ticks inside the plot, × on factor ticks, and a reference line at 1× and at 0 points', () => {
		expect(g.xTicks.length).toBeGreaterThanOrEqual(2);
		for (const t of g.xTicks) {
			expect(t.pos).toBeGreaterThanOrEqual(MARGIN.left - 1e-6);
			expect(t.label.endsWith('×')).toBe(true);
		}
		expect(g.xTicks.map((t) => t.label)).toContain('1×');
		expect(g.refLines.map((r) => r.label)).toEqual(['1× (no change)', '0 (no change)']);
	});

	it('titles the axes with the pairing and says which way is better', () => {
		expect(g.xTitle.text).toBe('Best latency, speed-up or throughput factor (×), log scale');
		expect(g.yTitle.text).toBe('Best quality delta (points)');
		expect(g.betterX.text).toBe('better →');
		expect(g.betterY.text).toBe('↑ better');
		const lat = (paper: string, v: number) => C({ paper_id: paper, metric: 'latency', change: 'level', unit: 'ms', norm_kind: 'level', norm_low: v, norm_high: v, norm_unit: 'ms' });
		const levels = pairClaims([lat('a', 12), del('a', 1)], { ...DEFAULT_PAIRING, x: { families: ['latency'], kind: 'level', aggregate: 'best' } });
		const g2 = createParetoGeometry(levels, DIMS, { xScale: 'linear', yScale: 'linear' });
		expect(g2.xTitle.text).toBe('Best latency level (ms)');
		expect(g2.betterX.text).toBe('← better');
	});

	it('falls back to linear with a note when a log axis would get values ≤ 0', () => {
		const g2 = createParetoGeometry(pairing, DIMS, { xScale: 'log', yScale: 'log' });
		expect(g2.yScaleKind).toBe('linear');
		expect(g2.notes).toEqual(['y: a log scale needs values above 0, so it is shown linear.']);
	});

	it('zooms to the given domains and keeps the fitted domains as the reset target', () => {
		const zoomed = createParetoGeometry(pairing, DIMS, { ...OPTS, xDomain: [1, 2], yDomain: [-1, 1] });
		expect(zoomed.baseXDomain).toEqual(g.baseXDomain);
		const b = zoomed.points.find((p) => p.id === 'b')!;
		expect(b.px).toBeGreaterThan(MARGIN.left);
		const e = zoomed.points.find((p) => p.id === 'e')!;
		expect(e.px).toBeGreaterThan(DIMS.width); // out of view: clipped by the component, not labelled
		expect(e.label).toBeNull();
	});

	it('does not change the pairing', () => {
		const copy = structuredClone(pairing);
		createParetoGeometry(pairing, DIMS, OPTS);
		expect(pairing).toEqual(copy);
	});

	it('zoomedDomains(geometry, zoom) is the identity at k=1 and halves the visible span at k=2', () => {
		const same = zoomedDomains(g, { k: 1, x: 0, y: 0 });
		expect(same.xDomain.map((v, i) => close(v, g.baseXDomain[i]))).toEqual([true, true]);
		expect(same.yDomain.map((v, i) => close(v, g.baseYDomain[i]))).toEqual([true, true]);
		// Zoom 2× about the plot's top-left corner: the left/top edges stay, the spans halve.
		const z = zoomedDomains(g, { k: 2, x: -g.plot.left, y: -g.plot.top });
		expect(close(z.xDomain[0], g.baseXDomain[0])).toBe(true);
		expect(close(Math.log(z.xDomain[1] / z.xDomain[0]), Math.log(g.baseXDomain[1] / g.baseXDomain[0]) / 2)).toBe(true);
		expect(close(z.yDomain[1], g.baseYDomain[1])).toBe(true);
		expect(close(z.yDomain[1] - z.yDomain[0], (g.baseYDomain[1] - g.baseYDomain[0]) / 2)).toBe(true);
	});
});
