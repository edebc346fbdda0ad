import { describe, expect, it } from 'vitest';
import { createRandom } from '../../testing/random.ts';
import { makeClaim as C } from '../../testing/claims.ts';
import { createParetoIndex, densePointsPath, drawDensePoints, type DotContext, isDensePareto, PARETO_DENSE_ABOVE, POINT_RADIUS } from './dense.ts';
import { createParetoGeometry, type PlottedPoint } from './geometry.ts';
import { pairClaims } from './pairing.ts';

/** `n` papers, each with a speed-up and an accuracy change: `n` points. */
function geometryOf(n: number, seed = 1) {
	const rand = createRandom(seed);
	const claims = [];
	for (let i = 0; i < n; i++) {
		const f = 1 + rand() * 20;
		const d = (rand() - 0.5) * 10;
		claims.push(
			C({ paper_id: `p${i}`, title: `P${i}`, metric: 'speed', higher_is_better: true, norm_kind: 'factor', norm_low: f, norm_high: f }),
			C({ paper_id: `p${i}`, title: `P${i}`, metric: 'accuracy', higher_is_better: true, unit: '%', norm_kind: 'delta', norm_low: d, norm_high: d, norm_unit: 'pp' })
		);
	}
	return createParetoGeometry(pairClaims(claims), { width: 800, height: 500 }, { xScale: 'log', yScale: 'linear' });
}

/** A canvas context that records the arcs it is asked to fill. */
function recordingContext() {
	const arcs: [number, number][] = [];
	const ctx = {
		arcs,
		setTransform() {},
		clearRect() {},
		save() {},
		restore() {},
		beginPath() {},
		rect() {},
		clip() {},
		moveTo() {},
		arc(x: number, y: number) {
			arcs.push([x, y]);
		},
		fill() {},
		stroke() {},
		fillStyle: '',
		strokeStyle: '',
		lineWidth: 1,
		globalAlpha: 1
	};
	return ctx as DotContext & { arcs: [number, number][] };
}

describe('dense trade-off view', () => {
	it('switches past PARETO_DENSE_ABOVE points', () => {
		expect(isDensePareto(new Array(PARETO_DENSE_ABOVE))).toBe(false);
		expect(isDensePareto(new Array(PARETO_DENSE_ABOVE + 1))).toBe(true);
	});

	it('the canvas draws every point off the frontier, at its place, and no frontier point', () => {
		const g = geometryOf(300);
		const ctx = recordingContext();
		const drawn = drawDensePoints(ctx, g, 2, '#4477aa');
		const off = g.points.filter((p) => !p.onFrontier);
		expect(g.frontier.length).toBeGreaterThan(0);
		expect(drawn).toBe(off.length);
		expect(ctx.arcs).toEqual(off.map((p) => [p.px, p.py]));
	});

	it('the export path has one circle per point off the frontier, centred on it', () => {
		const g = geometryOf(300);
		const path = densePointsPath(g);
		const starts = [...path.matchAll(/M(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]) + POINT_RADIUS, Number(m[2])]);
		const off = g.points.filter((p) => !p.onFrontier);
		expect(starts).toHaveLength(off.length);
		starts.forEach(([x, y], i) => {
			expect(Math.abs(x - off[i].px)).toBeLessThan(0.06);
			expect(Math.abs(y - off[i].py)).toBeLessThan(0.06);
		});
		expect(path.match(/a/g)).toHaveLength(2 * off.length);
	});

	it('the export path leaves out points zoomed out of the plot', () => {
		const g = geometryOf(50);
		const moved = { ...g, points: g.points.map((p, i): PlottedPoint => (i % 2 ? { ...p, px: g.plot.right + 100 } : p)) };
		const inside = moved.points.filter((p) => !p.onFrontier && p.px <= g.plot.right).length;
		expect(densePointsPath(moved).match(/M/g)?.length ?? 0).toBe(inside);
	});

	it('the index finds the nearest point within the radius, as a scan of every point does', () => {
		const g = geometryOf(2000, 7);
		const index = createParetoIndex(g.points);
		const rand = createRandom(3);
		for (let k = 0; k < 300; k++) {
			const x = g.plot.left + rand() * (g.plot.right - g.plot.left);
			const y = g.plot.top + rand() * (g.plot.bottom - g.plot.top);
			let best: PlottedPoint | null = null;
			let bestD = 8;
			for (const p of g.points) {
				const d = Math.hypot(p.px - x, p.py - y);
				if (d < bestD) [best, bestD] = [p, d];
			}
			const found = index.find(x, y, 8);
			if (best === null) expect(found).toBeNull();
			else expect(Math.hypot(found!.px - x, found!.py - y)).toBeCloseTo(bestD, 6);
		}
	});
});
